"""``caexpo_entities``: typed entity spans for the six core classes.

The statistical NER of a general English model gets this domain half right: it
calls the China-ASEAN Expo a facility, "Advanced Technology Exhibition" an
organisation, and "Yu Xiangquan/People's" a person. This component keeps what it
gets right and overrides it with rules read from ``data/rules``:

* a gazetteer of stable names (ASEAN, its members, China's provinces, the expo's
  acronyms), matched with spaCy's :class:`~spacy.matcher.PhraseMatcher`;
* proper-name runs classified by their head noun ("... Forum" is an Event,
  "... Free Trade Area" an Initiative, "Ministry of ..." an Organisation);
* numbered editions ("the 12th CAEXPO", "the third China-ASEAN Expo");
* acronyms defined in the text ("China-ASEAN Expo (CAEXPO)");
* bylines ("Photo by NAME/AGENCY"), possessives ("Cambodia's Ministry of
  Commerce") and years, including "last year" and "next May".

The result is ``doc.spans["caexpo"]`` (the component's ``spans_key``; read it with
:func:`entity_spans`): spans labelled with a core class, with
``span._.caexpo_label`` (canonical name) and the other ``caexpo_*`` attributes
described in :func:`register_extensions`. Spans may nest (a possessor Place
inside an Organisation); resolution into entities happens downstream.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, SpanGroup, Token
from spacy.util import ensure_path

from ..errors import InputError
from .rules import Rules, load_rules, ordinal_value, rule_files

__all__ = ["EntityRecognizer", "entity_spans", "make_entity_recognizer", "register_extensions"]

SPANS_KEY = "caexpo"

#: NER labels → core classes. NORP, dates, numbers and works of art are not entities here.
NER_CLASSES = {
    "ORG": "Organisation",
    "PERSON": "Person",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
    "EVENT": "Event",
    "LAW": "Initiative",
}

#: Words that join the parts of one name ("Association *of* Southeast Asian Nations").
_CONNECTORS = {"of", "for", "on", "and", "&", "de", "du", "la"}
_HEAD_BREAKERS = {"of", "for", "on"}
#: Lower-case words that may continue a name ("Guangxi Zhuang autonomous region").
_TAIL_MODIFIERS = {"autonomous", "municipal", "regional", "provincial", "special", "administrative"}
_TAIL_HEADS = {"region", "government", "province", "prefecture", "municipality"}
#: Heads that never make an entity on their own ("Country of Honor", "Special Partner Country").
_NON_ENTITY_HEADS = {"country", "countries", "partner", "honor", "honour", "minister", "premier"}
#: Venue words: a "... Convention and Exhibition Center" is a Place, not an Organisation.
_VENUE_WORDS = {"convention", "exhibition", "expo", "exposition", "conference", "sports", "stadium"}
_VENUE_HEADS = {"center", "centre", "hall", "complex", "ground", "grounds"}
#: Titles in front of a person's name, which are not part of it.
_TITLES = {
    "president", "vice", "premier", "prime", "minister", "deputy", "mayor", "secretary",
    "general", "secretary-general", "chairman", "chairwoman", "chair", "director", "ambassador",
    "king", "queen", "sultan", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "governor",
    "chief", "executive", "ceo", "party", "state", "councillor", "councilor", "foreign",
    "commerce", "trade", "senior", "former", "envoy", "special", "his", "her", "majesty",
}  # fmt: skip
#: Honorifics between a title and a name ("Secretary-General Dato Lim Jock Hoi").
_HONORIFICS = {"dato", "dato'", "datuk", "tan", "sri", "haji", "hajjah", "sir", "dame", "lord",
               "h.e.", "pehin", "dr", "dr."}  # fmt: skip
#: Nouns that, after "the", refer back to an event named earlier ("the expo").
GENERIC_EVENT_NOUNS = {
    "expo", "exposition", "fair", "show", "exhibition", "summit", "forum", "conference",
    "festival", "event",
}  # fmt: skip
EXPO_FAMILY = {"expo", "exposition", "fair", "show", "exhibition"}
_DETERMINERS = {"the", "this", "that", "these", "its", "their", "this year's", "last year's"}
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan", "jan."), ("february", "feb", "feb."), ("march", "mar", "mar."),
            ("april", "apr", "apr."), ("may",), ("june", "jun", "jun."), ("july", "jul", "jul."),
            ("august", "aug", "aug."), ("september", "sept", "sept.", "sep", "sep."),
            ("october", "oct", "oct."), ("november", "nov", "nov."), ("december", "dec", "dec."),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
#: Modifiers that make "the ... fair" a different event from the one named before.
_OTHER_EVENT_WORDS = {"new", "another", "other", "overseas", "next", "previous", "last",
                      "separate", "similar", "future", "foreign", "rival"}  # fmt: skip
_NARRATIVE_STEPS = {"following": 1, "next": 1, "previous": -1, "preceding": -1}
_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_SEASONS = {"spring", "summer", "autumn", "fall", "winter"}
_YEAR_TOKEN = re.compile(r"^(1[89]|20)\d\d$")
_YEAR_PREPOSITIONS = {
    "in", "since", "by", "from", "until", "till", "to", "before", "after", "of", "during",
    "between", "and", "early", "late", "mid", "around", "through", "throughout", "year",
}  # fmt: skip
_BYLINE_BY = re.compile(
    r"\b(?:[Pp]hotos?|[Pp]icture|[Vv]ideo|[Gg]raphic|[Ii]llustration|[Tt]ext)(?: taken)?"
    r" by:?\s+(?P<person>[A-Z][^/\n()]{1,60}?)\s*/\s*(?P<org>[A-Z][^/\n()]{1,80}?)"
    r"\s*(?=\)|\n|$|\.\s|\.$)"
)
_BYLINE_PAREN = re.compile(
    r"\((?:[Pp]hoto:\s*)?(?P<org>[A-Z][\w.&'’ -]{1,40}?)\s*/\s*(?P<person>[A-Z][\w.'’ -]{1,40}?)\)"
)
_POSSESSIVE = {"'s", "’s", "'", "’"}


def register_extensions() -> None:
    """Declare the ``_.caexpo_*`` attributes once (idempotent).

    On spans of ``doc.spans["caexpo"]``:

    * ``caexpo_label``: the canonical name ("12th China-ASEAN Expo"), or None for a
      definite description ("the expo") that resolution must link;
    * ``caexpo_rule``: what found it (``ner:ORG``, ``head:Forum``, ``gazetteer`` ...);
    * ``caexpo_edition``: the edition number of a numbered edition;
    * ``caexpo_series``: the canonical name of that edition's series (None when the
      series is a definite description, "the 17th expo");
    * ``caexpo_generic``: the noun of a definite description ("expo");
    * ``caexpo_year``: the calendar year of a Year span;
    * ``caexpo_relative``: for "last year" / "next May": ``(years, month)`` relative
      to the publication date; resolved downstream;
    * ``caexpo_aliases``: other names the text gives it (a defined acronym);
    * ``caexpo_finer``: a finer class (``EventSeries``);
    * ``caexpo_container``: the place a capital lies in ("the Guangxi capital").

    On the doc: ``caexpo_bylines``, ``((start, end), (start, end))`` character offsets of
    each byline's person and organisation; ``caexpo_spans_key``, the key of
    ``doc.spans`` the component wrote its spans under (see :func:`entity_spans`);
    ``caexpo_rules_dir``, the folder of the rule data it read, for the rules downstream
    (``load_rules(doc._.caexpo_rules_dir)``).
    """
    for name, default in (
        ("caexpo_label", None),
        ("caexpo_rule", ""),
        ("caexpo_edition", None),
        ("caexpo_series", None),
        ("caexpo_generic", None),
        ("caexpo_year", None),
        ("caexpo_relative", None),
        ("caexpo_aliases", ()),
        ("caexpo_finer", None),
        ("caexpo_container", None),
    ):
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    if not Doc.has_extension("caexpo_bylines"):
        Doc.set_extension("caexpo_bylines", default=None)
    if not Doc.has_extension("caexpo_spans_key"):
        Doc.set_extension("caexpo_spans_key", default=SPANS_KEY)
    if not Doc.has_extension("caexpo_rules_dir"):
        Doc.set_extension("caexpo_rules_dir", default=None)


def entity_spans(doc: Doc) -> SpanGroup:
    """The spans ``caexpo_entities`` wrote on ``doc``, under whatever ``spans_key`` it was
    configured with: what everything downstream of the component reads."""
    register_extensions()
    key = doc._.caexpo_spans_key
    if key not in doc.spans:
        raise ValueError(
            f"the doc has no entity spans under doc.spans[{key!r}]: "
            "run it through a pipeline with the caexpo_entities component"
        )
    return doc.spans[key]


@dataclass
class _Candidate:
    """A proposed entity span, before overlaps are settled."""

    start: int
    end: int
    core_class: str
    label: str | None
    rule: str
    priority: int
    edition: int | None = None
    series: str | None = None
    generic: str | None = None
    year: int | None = None
    relative: tuple[int, int | None] | None = None
    aliases: tuple[str, ...] = ()
    finer: str | None = None
    container: str | None = None
    """For "the Guangxi capital": the place it lies in (a locatedIn for relate.py)."""
    nested: list[_Candidate] = field(default_factory=list)

    @property
    def length(self) -> int:
        return self.end - self.start


@Language.factory(
    "caexpo_entities",
    default_config={"rules_dir": None, "spans_key": SPANS_KEY},
    assigns=["doc.spans", "span._.caexpo_label"],
)
def make_entity_recognizer(
    nlp: Language, name: str, rules_dir: str | None, spans_key: str
) -> EntityRecognizer:
    """Factory of the ``caexpo_entities`` component (``nlp.add_pipe("caexpo_entities")``)."""
    return EntityRecognizer(nlp, name, rules_dir=rules_dir, spans_key=spans_key)


class EntityRecognizer:
    """Finds the entities of the six core classes; see the module docstring.

    Config: ``rules_dir``, the folder of rule data (default: the shipped
    ``data/rules``); ``spans_key``, the key of ``doc.spans`` it writes. ``nlp.to_disk``
    saves a copy of the rule data with the pipeline and ``spacy.load`` reads that copy,
    so a saved pipeline needs neither the source tree nor the folder it was built with.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "caexpo_entities",
        *,
        rules_dir: str | None = None,
        spans_key: str = SPANS_KEY,
    ) -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.rules_dir = rules_dir
        self._vocab = nlp.vocab
        self._make_doc = nlp.make_doc  # the pipeline's own tokenizer, special cases and all
        self._rules: Rules | None = None
        if rules_dir is None or Path(rules_dir).is_dir():
            self._use(load_rules(rules_dir))
        # Else a pipeline being loaded on a machine without that folder: ``from_disk``
        # gives the saved copy next; :attr:`rules` names the folder if nothing does.

    @property
    def rules(self) -> Rules:
        """The rule data the component reads."""
        if self._rules is None:
            raise InputError(f"rules folder not found: {self.rules_dir}")
        return self._rules

    def _use(self, rules: Rules) -> None:
        """Read ``rules``: the gazetteer's phrase matchers and the places it knows."""
        exact_matcher = PhraseMatcher(self._vocab, attr="ORTH")
        folded_matcher = PhraseMatcher(self._vocab, attr="LOWER")
        for index, entry in enumerate(rules.gazetteer):
            exact, folded = [], []
            for alias in (entry.label, *entry.aliases):
                # Acronyms must match case-sensitively ("US" is not "us").
                (exact if alias.isupper() or len(alias) <= 3 else folded).append(alias)
            key = f"gaz{index}"
            if exact:
                exact_matcher.add(key, [self._make_doc(text) for text in exact])
            if folded:
                folded_matcher.add(key, [self._make_doc(text) for text in folded])
        self._rules, self._exact, self._folded = rules, exact_matcher, folded_matcher
        self._known_places = {
            name.casefold()
            for entry in rules.gazetteer
            if entry.core_class == "Place"
            for name in (entry.label, *entry.aliases)
        } | {"asean"}

    # ---------------------------------------------------------- serialisation
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save a copy of the rule data (``nlp.to_disk`` calls this with its own folder)."""
        folder = ensure_path(path) / "rules"
        folder.mkdir(parents=True, exist_ok=True)
        for source in rule_files(Path(self.rules.folder)):
            shutil.copyfile(source, folder / source.name)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> EntityRecognizer:
        """Read the rule data saved by :meth:`to_disk` (``spacy.load`` calls this)."""
        self._use(load_rules(str(ensure_path(path) / "rules")))
        return self

    # ------------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        rules = self.rules  # names the rules folder if it could not be read
        candidates: list[_Candidate] = []
        # Made once and shared by the passes below: each access to ``doc.ents``, ``doc[i]``
        # or an iteration of ``doc`` builds new Span and Token objects.
        ents = doc.ents
        tokens = list(doc)
        candidates += self._gazetteer(doc)
        candidates += self._name_runs(doc, tokens, ents)
        candidates += self._ner(doc, ents, candidates)
        candidates += self._years(doc, tokens, ents)
        bylines = self._bylines(doc)
        for person, org in bylines:
            candidates += [person, org]
        chosen = [
            c
            for c in _select(candidates)
            if not _hyphen_modifier(doc, c, self._known_places) and not _currency_modifier(doc, c)
        ]
        chosen = self._capitals(doc, tokens, chosen)
        _harmonise_coordination(doc, chosen)
        chosen = self._acronyms(doc, tokens, chosen)
        chosen = self._editions(doc, tokens, chosen)
        chosen += self._definite_descriptions(doc, tokens, chosen)
        chosen.sort(key=lambda c: (c.start, c.end))
        spans: list[Span] = []
        for candidate in chosen:
            spans.append(self._to_span(doc, candidate))
            spans.extend(self._to_span(doc, inner) for inner in candidate.nested)
        doc.spans[self.spans_key] = spans
        doc._.caexpo_spans_key = self.spans_key
        doc._.caexpo_rules_dir = rules.folder
        # Character offsets, not Span objects: a Doc sent between processes (n_process > 1)
        # carries its extension values, and spaCy cannot serialise Spans there.
        kept = {id(c) for c in chosen}  # by identity: one set lookup, not a list scan
        doc._.caexpo_bylines = [
            (
                (doc[person.start].idx, doc[person.end - 1].idx + len(doc[person.end - 1])),
                (doc[org.start].idx, doc[org.end - 1].idx + len(doc[org.end - 1])),
            )
            for person, org in bylines
            if id(person) in kept and id(org) in kept
        ]
        return doc

    @staticmethod
    def _to_span(doc: Doc, candidate: _Candidate) -> Span:
        span = Span(doc, candidate.start, candidate.end, label=candidate.core_class)
        ext = span._  # each ``span._`` makes a new accessor object
        ext.caexpo_label = candidate.label
        ext.caexpo_rule = candidate.rule
        ext.caexpo_edition = candidate.edition
        ext.caexpo_series = candidate.series
        ext.caexpo_generic = candidate.generic
        ext.caexpo_year = candidate.year
        ext.caexpo_relative = candidate.relative
        ext.caexpo_aliases = candidate.aliases
        ext.caexpo_finer = candidate.finer
        ext.caexpo_container = candidate.container
        return span

    # ------------------------------------------------------------- gazetteer
    def _gazetteer(self, doc: Doc) -> list[_Candidate]:
        found = []
        for matcher in (self._exact, self._folded):
            for match_id, start, end in matcher(doc):
                entry = self.rules.gazetteer[int(doc.vocab.strings[match_id][3:])]
                found.append(
                    _Candidate(
                        start,
                        end,
                        entry.core_class,
                        entry.label,
                        "gazetteer",
                        3,
                        finer=entry.finer_class,
                    )
                )
        return found

    # ------------------------------------------------------------- name runs
    def _head_class(self, tokens: list[Token]) -> tuple[str | None, str]:
        """The class a name's head noun implies, and the head word."""
        words = [t for t in tokens if t.text not in _POSSESSIVE]
        head_part = []
        for token in words:
            if token.lower_ in _HEAD_BREAKERS and head_part:
                break
            head_part.append(token)
        head = head_part[-1]
        lowered = {t.lower_ for t in words}
        if head.lower_ == "year" or any(
            t.lower_ == "year" and i + 1 < len(words) and words[i + 1].lower_ == "of"
            for i, t in enumerate(words)
        ):
            return "Initiative", "year"
        if head.lower_ in _VENUE_HEADS and lowered & _VENUE_WORDS:
            return "Place", head.lower_
        if head.lower_ in _NON_ENTITY_HEADS:
            return None, head.lower_
        core = self.rules.heads.get(head.lower_) or self.rules.heads.get(head.lemma_.lower())
        return core, head.lower_

    def _is_name_token(self, token: Token) -> bool:
        text = token.text
        if not text[:1].isupper() or token.is_punct or token.like_num:
            return False
        if ordinal_value(text) is not None or text.lower() in _MONTHS or text in _WEEKDAYS:
            return False
        if token.pos_ in _NON_NAME_POS and not self._known(token):
            return False  # "Building the Belt and Road": a capitalised verb
        if _sentence_initial(token) and token.pos_ not in ("PROPN", "") and not self._known(token):
            return False
        return token.lower_ not in ("the", "a", "an", "this", "that", "these", "those")

    def _known(self, token: Token) -> bool:
        return token.text.casefold() in self.rules.by_name

    def _name_runs(self, doc: Doc, tokens: list[Token], ents: tuple[Span, ...]) -> list[_Candidate]:
        found: list[_Candidate] = []
        ner_bounds = {(e.start, e.end) for e in ents}
        ner_ends = {e.end for e in ents if e.label_ in NER_CLASSES}
        is_name = [self._is_name_token(token) for token in tokens]
        size = len(tokens)
        i = 0
        while i < size:
            if not is_name[i]:
                i += 1
                continue
            start = i
            end = i + 1
            while end < size:
                token = tokens[end]
                if is_name[end] and not token.is_sent_start:
                    end += 1
                    continue
                if (
                    token.text == "-"
                    and not tokens[end - 1].whitespace_
                    and not token.whitespace_
                    and end + 1 < size
                    and (is_name[end + 1] or tokens[end + 1].is_alpha)
                ):
                    # "China-ASEAN", and "E-commerce": a hyphenated word that starts capitalised
                    end += 2
                    continue
                if token.lower_ in _CONNECTORS and end + 1 < size:
                    step = 2 if tokens[end + 1].lower_ == "the" and token.lower_ != "and" else 1
                    if end + step < size and is_name[end + step]:
                        if (
                            token.lower_ in ("and", "&")
                            and end in ner_ends
                            and ((start, end) in ner_bounds or end in ner_ends)
                        ):
                            break  # "Huawei and JD.com": two names, not one
                        end += step + 1
                        continue
                if token.text in _POSSESSIVE and end + 1 < size and is_name[end + 1]:
                    end += 2
                    continue
                break
            # A lower-case tail that still belongs to the name.
            tail = end
            while tail < size and tokens[tail].lower_ in _TAIL_MODIFIERS:
                tail += 1
            if tail < size and tokens[tail].lower_ in _TAIL_HEADS:
                end = tail + 1
            # Trim connectors left dangling at the end.
            while end > start + 1 and (
                tokens[end - 1].lower_ in _CONNECTORS or tokens[end - 1].text in _POSSESSIVE
            ):
                end -= 1
            found.extend(self._classify_run(doc, start, end))
            found.extend(self._expo_list_name(doc, start, end))
            i = max(end, i + 1)
        return found

    def _expo_list_name(self, doc: Doc, start: int, end: int) -> list[_Candidate]:
        """ "China-ASEAN Auto, Engineering Machinery and Parts Expo": a list inside an expo name."""
        if end + 1 >= len(doc) or doc[end].text != ",":
            return []
        probe = end + 1
        while probe < len(doc) and (
            self._is_name_token(doc[probe]) or doc[probe].lower_ in ("and", "&")
        ):
            probe += 1
        tokens = list(doc[start:probe])
        if probe - end < 3 or not any(t.lower_ in ("and", "&") for t in doc[end:probe]):
            return []
        core, head = self._head_class(tokens)
        if core != "Event":
            return []
        return [_Candidate(start, probe, "Event", _clean(doc[start:probe]), f"head:{head}", 4)]

    def _classify_run(self, doc: Doc, start: int, end: int) -> list[_Candidate]:
        tokens = list(doc[start:end])
        possessive_at = [k for k, t in enumerate(tokens) if t.text in _POSSESSIVE]
        if possessive_at:
            return self._classify_possessive(doc, start, end, possessive_at[0])
        core, head = self._head_class(tokens)
        rule = f"head:{head}"
        if core is None and start > 0 and doc[start - 1].is_lower:
            # "Chinese e-commerce platform JD.com": the noun before the name says what it is.
            core = self.rules.descriptors.get(doc[start - 1].lower_)
            rule = f"descriptor:{doc[start - 1].lower_}"
            if core == "Person" and not 2 <= len(tokens) <= 4:
                core = None
        if core is None and 2 <= len(tokens) <= 4 and self._office_follows(doc, end):
            core, rule = "Person", "office-apposition"  # "Ng Yih Pyng, deputy president of ..."
        if core is None:
            titled = self._titled_name(doc, tokens)
            if titled is not None:
                return [titled]
        if core is None:
            # "Officials of the ASEAN-China Centre": the name may start after a connector.
            for k, token in enumerate(tokens[:-1]):
                if token.lower_ in _CONNECTORS:
                    rest = start + k + 1
                    while rest < end and doc[rest].lower_ == "the":
                        rest += 1
                    return self._classify_run(doc, rest, end) if rest < end else []
            return []
        label = _clean(doc[start:end])
        aliases: tuple[str, ...] = ()
        if core == "Organisation":
            first, _, rest = label.partition(" ")
            country = self.rules.demonyms.get(first)
            if country and rest.startswith("Ministry"):
                # "the Lao Ministry of Posts" is the Ministry of Posts of Laos
                label, aliases = _ministry_label(rest, country), (label,)
            else:
                label = _ministry_label(label, None)
        return [_Candidate(start, end, core, label, rule, 3, aliases=aliases)]

    def _titled_name(self, doc: Doc, tokens: list[Token]) -> _Candidate | None:
        """ "ASEAN Secretary-General Dato Lim Jock Hoi": the words after the last title of
        a capitalised run name a person, when the NER found none there."""
        titles = [
            k
            for k, t in enumerate(tokens)
            if t.lower_ in _TITLES or self.rules.descriptors.get(t.lower_) == "Person"
        ]
        if not titles:
            return None
        rest = tokens[titles[-1] + 1 :]
        while rest and rest[0].lower_ in _HONORIFICS:
            rest = rest[1:]
        if not 2 <= len(rest) <= 4 or any(
            t.text in ("-", "'s", "’s") or self._known(t) or t.ent_type_ in ("ORG", "GPE")
            for t in rest
        ):
            return None
        span = doc[rest[0].i : rest[-1].i + 1]
        return _Candidate(span.start, span.end, "Person", _clean(span), "titled-name", 2)

    def _classify_possessive(self, doc: Doc, start: int, end: int, offset: int) -> list[_Candidate]:
        """ "Cambodia's Ministry of Commerce", "China's Guangxi", "People's Daily Online"."""
        owner = doc[start : start + offset]
        rest_start = start + offset + 1
        rest = doc[rest_start:end]
        owner_place = self._place_name(owner)
        if not owner_place or not len(rest):
            core, head = self._head_class(list(doc[start:end]))
            if core is None:
                return []
            return [_Candidate(start, end, core, _clean(doc[start:end]), f"head:{head}", 3)]
        owner_candidate = _Candidate(owner.start, owner.end, "Place", owner_place, "possessor", 3)
        core, head = self._head_class(list(rest))
        if core == "Organisation":
            label = _ministry_label(_clean(rest), owner_place)
            org = _Candidate(start, end, core, label, f"possessive:{head}", 4)
            org.aliases = (_clean(doc[start:end]),)
            org.nested.append(owner_candidate)
            return [org]
        found = [owner_candidate]
        if core is not None:
            found.append(_Candidate(rest_start, end, core, _clean(rest), f"head:{head}", 3))
        return found

    def _place_name(self, span: Span) -> str | None:
        """The canonical name of ``span`` if it names a place (gazetteer or NER GPE)."""
        entry = self.rules.by_name.get(span.text.casefold())
        if entry is not None:
            return entry.label if entry.core_class == "Place" else None
        if len(span) and all(t.ent_type_ in ("GPE", "LOC") for t in span):
            return _clean(span)
        return None

    # ------------------------------------------------------------------- NER
    def _ner(self, doc: Doc, ents: tuple[Span, ...], earlier: list[_Candidate]) -> list[_Candidate]:
        found = []
        gazetteer_ends: dict[int, list[int]] = {}  # start token -> ends, for a lookup per span
        for c in earlier:
            if c.rule == "gazetteer":
                gazetteer_ends.setdefault(c.start, []).append(c.end)
        for ent in ents:
            core = NER_CLASSES.get(ent.label_)
            if core is None:
                continue
            start, end = ent.start, ent.end
            while start < end and doc[start].lower_ in ("the", "a", "an"):
                start += 1
            while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct):
                end -= 1
            if core == "Person":
                while start < end - 1 and (
                    doc[start].lower_ in _TITLES or doc[start].text in self.rules.demonyms
                ):
                    start += 1
                start, end = self._extend_name(doc, start, end)
            elif core == "Organisation" and end - start >= 2 and self._office_follows(doc, end):
                core = "Person"  # "Sem Phommachan, the Lao minister of ...": a person
            if start >= end or "\n" in doc[start:end].text:
                continue
            span = doc[start:end]
            if (
                len(span) == 1
                and _sentence_initial(span[0])
                and (
                    span[0].pos_ not in ("PROPN", "")
                    or (span[0].dep_ in ("amod", "compound") and span[0].head.is_lower)
                )
            ):
                continue  # "Digital economy has ...": a capitalised common word, not a name
            if span[-1].lower_ in _NON_ENTITY_HEADS:
                continue  # "Special Partner Country": a role, not an organisation
            if core == "Organisation" and end < len(doc) and doc[end].lower_ in _TITLES:
                continue  # "Commerce Minister Chen Deming": part of a title, not a body
            if len(span) == 1 and _PLURAL_ACRONYM.match(span.text):
                continue  # "drones and UAVs": a plural common noun, not an organisation
            if len(span) == 1 and span[0].is_upper and len(span.text) > 3 and core == "Place":
                label = span.text.title()  # a dateline: "NANNING, Nov. 4 --"
            else:
                label = _clean(span)
            priority = 1
            if any(
                e <= end and (s, e) != (start, end)
                for s in range(start, end)
                for e in gazetteer_ends.get(s, ())
            ):
                priority = 3  # "China Mobile": the NER span names more than its place word
            if core == "Organisation":
                label = _ministry_label(label, None)
            found.append(_Candidate(start, end, core, label, f"ner:{ent.label_}", priority))
        return found

    def _extend_name(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Grow a person's name over capitalised words the NER left out ("Ma'ruf Amin")."""

        def part_of_name(token: Token) -> bool:
            return (
                token.text[:1].isupper()
                and token.lower_ not in _TITLES
                and token.ent_type_ not in ("NORP", "GPE", "ORG", "DATE")
                and token.text not in self.rules.demonyms
                and not _sentence_initial(token)
                and not token.is_punct
            )

        while start > 0 and part_of_name(doc[start - 1]) and doc[start - 1].whitespace_:
            start -= 1
        while end < len(doc) and (
            part_of_name(doc[end]) or (doc[end].text in ("'", "’") and not doc[end - 1].whitespace_)
        ):
            end += 1
        return start, end

    def _office_follows(self, doc: Doc, end: int) -> bool:
        """Is the name followed by ", (the) ... minister/director of ..."? Then it is a person."""
        if end >= len(doc) or doc[end].text != ",":
            return False
        for token in doc[end + 1 : end + 5]:
            following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
            if self.rules.descriptors.get(token.lower_) == "Person" and following in (
                "of", "at", "with", "to", "for",
            ):  # fmt: skip
                return True
            if token.pos_ in ("VERB", "AUX") or token.text in (",", "."):
                return False
        return False

    # ----------------------------------------------------------------- years
    def _years(self, doc: Doc, tokens: list[Token], ents: tuple[Span, ...]) -> list[_Candidate]:
        found = []
        in_date = {i for e in ents if e.label_ == "DATE" for i in range(e.start, e.end)}
        for token in tokens:
            if _YEAR_TOKEN.match(token.text):
                previous = doc[token.i - 1].lower_ if token.i else ""
                if token.i in in_date or previous in _YEAR_PREPOSITIONS:
                    year = int(token.text)
                    found.append(
                        _Candidate(token.i, token.i + 1, "Year", str(year), "year", 5, year=year)
                    )
                continue
            if token.i + 1 >= len(doc):
                continue
            step = _NARRATIVE_STEPS.get(token.lower_)
            if (
                step
                and token.i
                and doc[token.i - 1].lower_ == "the"
                and doc[token.i + 1].lower_ == "year"
            ):
                # "the following year": a year after the one the story last named
                found.append(
                    _Candidate(
                        token.i - 1,
                        token.i + 2,
                        "Year",
                        None,
                        "narrative-year",
                        5,
                        relative=(step, None),
                    )
                )
                continue
            offset = {"this": 0, "last": -1, "next": 1}.get(token.lower_)
            if offset is None:
                continue
            following = doc[token.i + 1]
            unit = following.lower_
            if unit == "year":
                found.append(
                    _Candidate(
                        token.i,
                        token.i + 2,
                        "Year",
                        None,
                        "relative-year",
                        5,
                        relative=(offset, None),
                    )
                )
            elif unit in _MONTHS or unit in _SEASONS:
                month = _MONTHS.get(unit)
                found.append(
                    _Candidate(
                        token.i,
                        token.i + 2,
                        "Year",
                        None,
                        "relative-month",
                        5,
                        relative=(offset, month),
                    )
                )
        return found

    # --------------------------------------------------------------- bylines
    def _bylines(self, doc: Doc) -> list[tuple[_Candidate, _Candidate]]:
        pairs = []
        text = doc.text  # joins every token on each access
        for pattern in (_BYLINE_BY, _BYLINE_PAREN):
            for match in pattern.finditer(text):
                person = doc.char_span(*match.span("person"), alignment_mode="contract")
                org = doc.char_span(*match.span("org"), alignment_mode="contract")
                if person is None or org is None or not len(person) or not len(org):
                    continue
                person_label = _clean(person)
                org_label = _clean(org)
                entry = self.rules.by_name.get(org_label.casefold())
                org_class = entry.core_class if entry else "Organisation"
                org_label = entry.label if entry else org_label
                pairs.append(
                    (
                        _Candidate(person.start, person.end, "Person", person_label, "byline", 6),
                        _Candidate(org.start, org.end, org_class, org_label, "byline", 6),
                    )
                )
        return pairs

    # -------------------------------------------------------------- capitals
    def _capitals(
        self, doc: Doc, tokens: list[Token], chosen: list[_Candidate]
    ) -> list[_Candidate]:
        """ "the Guangxi capital", "the Thai capital", "the capital of south China's Guangxi":
        the capital city the gazetteer knows, lying in its region."""
        by_end = {c.end: c for c in chosen}
        by_start = {c.start: c for c in chosen}
        result = list(chosen)
        owners: set[int] = set()  # ids of candidates that became a capital's owner
        for token in tokens:
            if token.lower_ != "capital" or token.i == 0 or token.i in by_start:
                continue
            owner = by_end.get(token.i)
            region = None
            if owner is not None and owner.core_class == "Place" and owner.label:
                region = self.rules.by_name.get(owner.label.casefold())
            elif doc[token.i - 1].text in self.rules.demonyms:
                region = self.rules.by_name.get(
                    self.rules.demonyms[doc[token.i - 1].text].casefold()
                )
            elif token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of":
                owner = None
                for start in range(token.i + 2, min(token.i + 8, len(doc))):
                    found = by_start.get(start)
                    if found is None or found.core_class != "Place" or not found.label:
                        continue
                    if found.end < len(doc) and doc[found.end].text in _POSSESSIVE:
                        continue  # "south China's Guangxi": the possessor is not the owner
                    region = self.rules.by_name.get(found.label.casefold())
                    break
                if region is None or not region.capital:
                    continue
                capital = _Candidate(token.i, token.i + 1, "Place", region.capital, "capital", 4)
                capital.container = region.label
                result.append(capital)
                continue
            if region is None or not region.capital:
                continue
            start = owner.start if owner is not None else token.i - 1
            capital = _Candidate(start, token.i + 1, "Place", region.capital, "capital", 4)
            capital.container = region.label
            if owner is not None:
                owners.add(id(owner))
                owner.rule = "capital-owner"
                owner.core_class, owner.label = "Place", region.label  # "Lao" names Laos
                capital.nested.append(owner)
            else:
                capital.nested.append(
                    _Candidate(token.i - 1, token.i, "Place", region.label, "capital-owner", 4)
                )
            result.append(capital)
        # Filtered by identity at the end: ``list.remove`` per capital compared every field
        # of every candidate, a scan of the document's candidates each time.
        return [c for c in result if id(c) not in owners]

    # -------------------------------------------------------------- acronyms
    def _acronyms(
        self, doc: Doc, tokens: list[Token], chosen: list[_Candidate]
    ) -> list[_Candidate]:
        """Link "Long Form (ACR)" and every later "ACR" to the long form's entity."""
        defined: dict[str, _Candidate] = {}
        for candidate in sorted(chosen, key=lambda c: c.start):
            end = candidate.end
            if (
                end + 2 < len(doc)
                and doc[end].text == "("
                and doc[end + 2].text == ")"
                and candidate.core_class not in ("Year", "Person")
                and candidate.label
            ):
                acronym = doc[end + 1].text
                if _looks_like_acronym(acronym) and _acronym_fits(acronym, candidate.label):
                    defined[acronym] = candidate
                    candidate.aliases = (*candidate.aliases, acronym)
        if not defined:
            return chosen
        kept = []
        for candidate in chosen:
            text = doc[candidate.start : candidate.end].text
            if text in defined and defined[text] is not candidate:
                continue  # replaced below by a mention of the long form
            kept.append(candidate)
        taken = {i for c in kept for i in range(c.start, c.end)}
        for token in tokens:
            long_form = defined.get(token.text)
            if long_form is None or token.i in taken:
                continue
            taken.add(token.i)
            kept.append(
                _Candidate(
                    token.i,
                    token.i + 1,
                    long_form.core_class,
                    long_form.series or long_form.label,
                    "acronym",
                    3,
                    finer=long_form.finer,
                )
            )
        return kept

    # -------------------------------------------------------------- editions
    def _editions(
        self, doc: Doc, tokens: list[Token], chosen: list[_Candidate]
    ) -> list[_Candidate]:
        """Turn "12th" + an Event name into a numbered edition of that series."""
        taken = {t for c in chosen for t in range(c.start, c.end)}
        for candidate in chosen:
            if candidate.core_class != "Event" or candidate.start == 0 or candidate.edition:
                continue
            before = doc[candidate.start - 1]
            number = ordinal_value(before.text)
            if number is not None and candidate.start >= 3 and doc[candidate.start - 2].text == "-":
                words = doc[candidate.start - 3 : candidate.start]
                compound = ordinal_value("".join(t.text for t in words))
                if compound is not None:  # "Twenty-first"
                    number, before = compound, doc[candidate.start - 3]
            if number is None or (before.i in taken and before.ent_type_ != "ORDINAL"):
                continue
            series = candidate.label
            candidate.edition = number
            candidate.series = series
            candidate.label = f"{_ordinal_suffix(number)} {series}" if series else None
            candidate.aliases = (doc[before.i : candidate.end].text,)
            candidate.start = before.i
            candidate.rule = f"edition+{candidate.rule}"
        # "the 17th expo", "third expo": an edition of a series named elsewhere.
        for token in tokens[:-1]:
            number = ordinal_value(token.text)
            if number is None:
                continue
            following = tokens[token.i + 1]
            if (
                following.lower_ in GENERIC_EVENT_NOUNS
                and following.i not in taken
                and token.i not in taken
            ):
                chosen.append(
                    _Candidate(
                        token.i,
                        token.i + 2,
                        "Event",
                        None,
                        "edition+generic",
                        2,
                        edition=number,
                        generic=following.lower_,
                        aliases=(doc[token.i : token.i + 2].text,),
                    )
                )
        return chosen

    def _definite_descriptions(
        self, doc: Doc, tokens: list[Token], chosen: list[_Candidate]
    ) -> list[_Candidate]:
        """ "the expo", "this year's fair": mentions that resolution links to a named event."""
        taken = {t for c in chosen for t in range(c.start, c.end)}
        found = []
        for token in tokens:
            if token.lower_ not in GENERIC_EVENT_NOUNS or token.i in taken or token.i == 0:
                continue
            # "the annual event", "the four-day fair": look past modifiers to the determiner
            before = token.i - 1
            while (
                before > 0
                and token.i - before <= 4
                and (doc[before].pos_ in ("ADJ", "NUM") or doc[before].text == "-")
            ):
                before -= 1
            modifiers = {t.lower_ for t in doc[before + 1 : token.i]}
            if modifiers & _OTHER_EVENT_WORDS or any(ordinal_value(m) for m in modifiers):
                continue  # "its first overseas exhibition" is another event
            previous = doc[before]
            determiner = previous.lower_
            if determiner in _POSSESSIVE and before >= 2:
                determiner = f"{doc[before - 2].lower_} year's"
            if determiner not in _DETERMINERS or token.tag_ in ("NNS", "NNPS"):
                continue
            found.append(
                _Candidate(
                    token.i,
                    token.i + 1,
                    "Event",
                    None,
                    "definite-description",
                    1,
                    generic=token.lower_,
                )
            )
        return found


# ---------------------------------------------------------------- helpers
_NON_NAME_POS = {"VERB", "AUX", "ADV", "PRON", "DET", "ADP", "SCONJ", "CCONJ", "PART", "INTJ"}
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")


def _harmonise_coordination(doc: Doc, chosen: list[_Candidate]) -> None:
    """ "Huawei and Alibaba", "Petronas and Charoen Pokphand Group": a one-word name the
    NER typed as a place or person, listed beside an organisation, is an organisation."""
    by_start = {c.start: c for c in chosen}
    by_end = {c.end: c for c in chosen}
    for candidate in chosen:
        if candidate.rule not in ("ner:GPE", "ner:PERSON", "ner:LOC") or candidate.length != 1:
            continue
        neighbours = []
        if candidate.end < len(doc) and doc[candidate.end].lower_ in ("and", ",", "&"):
            neighbours.append(by_start.get(candidate.end + 1))
        if candidate.start > 0 and doc[candidate.start - 1].lower_ in ("and", ",", "&"):
            neighbours.append(by_end.get(candidate.start - 1))
        if any(n is not None and n.core_class == "Organisation" for n in neighbours) and not any(
            n is not None and n.core_class == candidate.core_class for n in neighbours
        ):
            candidate.core_class = "Organisation"
            candidate.rule += "+coordination"


def _currency_modifier(doc: Doc, candidate: _Candidate) -> bool:
    """ "1 trillion US dollars": a country's name in a currency is not the country."""
    following = doc[candidate.end].lower_ if candidate.end < len(doc) else ""
    return candidate.core_class == "Place" and following in ("dollar", "dollars", "$")


def _hyphen_modifier(doc: Doc, candidate: _Candidate, known_places: set[str]) -> bool:
    """ "China-ASEAN trade", "ASEAN-China relations": a place glued into a compound
    modifier is not a mention of the place (``known_places``: casefolded names)."""
    if candidate.core_class not in ("Place", "Organisation") or candidate.rule not in (
        "gazetteer",
        "ner:GPE",
        "ner:ORG",
        "ner:LOC",
    ):
        return False
    parts = doc[candidate.start : candidate.end].text.split("-")
    if len(parts) == 2 and all(p.casefold() in known_places for p in parts):
        return True  # "China-Singapore" cooperation: two places as one modifier
    before = doc[candidate.start - 1] if candidate.start else None
    after = doc[candidate.end] if candidate.end < len(doc) else None
    glued_before = before is not None and before.text == "-" and not before.whitespace_
    glued_after = after is not None and after.text == "-" and not doc[candidate.end - 1].whitespace_
    return glued_before or glued_after


def _sentence_initial(token: Token) -> bool:
    """True for the first word of a sentence (after any spaces, quotes or brackets)."""
    doc = token.doc
    if not doc.has_annotation("SENT_START"):
        # No parser or sentencizer: a sentence starts after . ! ? or a line break.
        for previous in reversed(doc[: token.i]):
            if previous.text in (".", "!", "?") or "\n" in previous.text:
                return True
            if not (previous.is_space or previous.is_punct):
                return False
        return True
    # Back to the sentence's first token: what ``token.sent`` finds, without also walking
    # on to the sentence's end and making two spans on every call.
    i = token.i
    while i > 0 and doc[i].is_sent_start is not True:
        previous = doc[i - 1]
        if not (previous.is_space or previous.is_punct):
            return False
        i -= 1
    return True


def _select(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    """Keep the best non-overlapping candidates: higher priority, then longer, then earlier."""
    ordered = sorted(candidates, key=lambda c: (-c.priority, -c.length, c.start))
    taken: set[int] = set()
    chosen = []
    for candidate in ordered:
        tokens = set(range(candidate.start, candidate.end))
        if tokens & taken:
            continue
        taken |= tokens
        chosen.append(candidate)
    return chosen


_TRAILING = {*_POSSESSIVE, ",", ".", ";", ":"}


def _clean(span: Span) -> str:
    """A span's text as a label: no leading article, no possessive, one space between words."""
    doc, start, end = span.doc, span.start, span.end
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and doc[end - 1].text in _TRAILING:
        end -= 1
    if start == end:
        return span.text.strip()
    return re.sub(r"\s+", " ", doc[start:end].text).strip()


_TOPIC_MINISTRY = re.compile(r"^(?P<topic>[A-Z][\w ,&-]*?) Ministry$")


def _ministry_label(label: str, country: str | None) -> str:
    """ "Commerce Ministry" → "Ministry of Commerce"; add "of Cambodia" for a possessor."""
    match = _TOPIC_MINISTRY.match(label)
    if match:
        label = f"Ministry of {match.group('topic')}"
    if country and label.startswith("Ministry of ") and f" of {country}" not in label:
        label = f"{label} of {country}"
    return label


def _ordinal_suffix(number: int) -> str:
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _looks_like_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(text) <= 10 and sum(c.isupper() for c in letters) >= 2 and text[0].isupper()


def _acronym_fits(acronym: str, long_form: str) -> bool:
    """Schwartz & Hearst (2003): the acronym's letters occur in order in the long form,
    the first one at the start of a word of it."""
    short = [c.lower() for c in acronym if c.isalnum()]
    long = long_form.lower()
    words_initials = {w[0] for w in re.findall(r"[a-z0-9]+", long)}
    if not short or short[0] not in words_initials:
        return False
    position = 0
    for char in short:
        position = long.find(char, position)
        if position < 0:
            return False
        position += 1
    return True
