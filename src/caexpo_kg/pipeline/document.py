"""One document through the whole extraction: spaCy → resolve → relate (years included).

:func:`extract_documents` streams documents through ``nlp.pipe`` in batches and
hands back plain :class:`~caexpo_kg.model.Extraction` records, one per document,
without holding the parsed ``Doc`` objects.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import CaexpoError
from ..extract.arrays import holding_tokens
from ..extract.components.entities import EntityRecognizer
from ..extract.components.rules import load_rules
from ..extract.nlp import model_name
from ..model import Document, Entity, Extraction, Mention
from ..read.corpus import too_long
from ..relate import extract_relations
from ..relate.learned import filter_relations
from ..relate.proposer import propose
from ..relate.retype import retype_entities
from ..resolve.entities import named_in_both_ordinal_forms, resolve_document
from ..resolve.learned import filter_entities

log = logging.getLogger("caexpo_kg")

__all__ = ["extract_doc", "extract_documents"]


def extract_doc(
    doc: Doc,
    document: Document,
    *,
    model: str,
    rules_version: str,
    infer: bool = True,
    learned_entities: bool = False,
) -> Extraction:
    """Turn one parsed ``doc`` of ``document`` into an :class:`Extraction`.

    ``learned_entities`` drops the entities the learned filter rejects, with their
    mentions and relations (:mod:`caexpo_kg.resolve.learned`), re-types those the class
    corrector is confident carry the wrong class (:mod:`caexpo_kg.relate.retype`), then
    drops the relations the learned relation filter rejects (:mod:`caexpo_kg.relate.learned`),
    then adds the ``participatedIn`` the learned proposer finds (:mod:`caexpo_kg.relate.proposer`),
    where spaCy's NER has read the doc: the learned layers' features include what the
    NER said."""
    # The text spaCy was handed is doc.text (its tokenizer keeps every character); spaCy
    # would join the tokens again on each access.
    doc.user_data.setdefault("caexpo_text", document.text)
    with holding_tokens(doc):  # Token objects made once for resolve, relate and the filter
        resolved = resolve_document(doc, document.published)
        relations = extract_relations(doc, resolved, document.published, infer=infer)
        entities = dict(resolved.entities)
        for relation in relations:
            for key in (relation.subject, relation.object):
                if key not in entities and key.startswith("Year/"):
                    # A year reached by inference or date arithmetic, not named in the text.
                    year = int(key.split("/", 1)[1])
                    entities[key] = Entity(key=key, label=str(year), core_class="Year", year=year)
        mentions = resolved.mentions
        bases = _comparison_years(mentions, {k for r in relations for k in (r.subject, r.object)})
        if bases:
            entities = {k: e for k, e in entities.items() if k not in bases}
            mentions = [m for m in mentions if m.entity not in bases]
        # The filter was fitted on what spaCy's NER says of each name; a doc no NER has read
        # (a pipeline without one, such as ``blank``) would give it features it never saw.
        # The relation filter reads the entity filter's score of each end.
        if learned_entities and doc.has_annotation("ENT_IOB"):
            scores: dict[str, float] = {}
            entities, mentions, relations = filter_entities(
                doc, entities, mentions, relations, scores=scores
            )
            entities, mentions, relations = retype_entities(
                doc, entities, mentions, relations, scores=scores
            )
            emitted = relations
            relations = filter_relations(doc, entities, mentions, relations, entity_scores=scores)
            relations = propose(
                doc, entities, mentions, relations, entity_scores=scores, emitted=emitted
            )
    return Extraction(
        document=document,
        entities=tuple(named_in_both_ordinal_forms(entities[k]) for k in sorted(entities)),
        mentions=tuple(mentions),
        relations=tuple(relations),
        model=model,
        rules_version=rules_version,
    )


def _comparison_years(mentions: Iterable[Mention], related: set[str]) -> set[str]:
    """Years named only as "last year" or "next year" that no relation uses: the base of
    a comparison ("13.4 percent more than last year") or a wish ("more firms next year"),
    no year anything in the story happens in. A year named by its number stays."""
    relative: dict[str, bool] = {}
    for mention in mentions:
        if mention.entity.startswith("Year/") and mention.entity not in related:
            first = mention.text.split(maxsplit=1)[0].casefold() if mention.text else ""
            shifted = mention.rule == "relative-year" and first in ("last", "next")
            relative[mention.entity] = relative.get(mention.entity, True) and shifted
    return {key for key, only in relative.items() if only}


def extract_documents(
    nlp: Language,
    documents: Iterable[Document],
    *,
    batch_size: int = 8,
    n_process: int = 1,
    infer: bool = True,
    learned_entities: bool = False,
) -> Iterator[Extraction]:
    """Yield one :class:`Extraction` per document, streaming through ``nlp.pipe``.

    A batch of 8 is as fast as 64 on the small English model and holds a tenth of
    the memory; ``n_process`` > 1 parses in worker processes.
    """
    model = model_name(nlp)
    rules_version = _rules_version(nlp)
    # The reader skips texts over spaCy's default max_length; a pipeline with a lower one,
    # or documents made in Python, meet the same rule here (spaCy would raise on them).
    pairs = (
        (document.text, document)
        for document in documents
        if not too_long(document.text, document.source or document.id, nlp.max_length)
    )
    # A fault on one text (a bug in a rule) leaves that document out with a warning that
    # names it, not the rest of the corpus: spaCy drops a doc its error handler returns
    # from, and the tuples' contexts travel on the docs, so the pairs stay in step. Only
    # the default handler, which our components (no ``set_error_handler``) use: spaCy's
    # ``nlp.set_error_handler`` fails on its own parser (3.8).
    previous = nlp.default_error_handler
    nlp.default_error_handler = _leave_out
    try:
        for doc, document in nlp.pipe(
            pairs, as_tuples=True, batch_size=batch_size, n_process=n_process
        ):
            try:
                extraction = extract_doc(
                    doc,
                    document,
                    model=model,
                    rules_version=rules_version,
                    infer=infer,
                    learned_entities=learned_entities,
                )
            except Exception as error:  # a CaexpoError (the user's to fix) is raised again
                _leave_out("extraction", None, [doc], error, document)
                continue
            yield extraction
    finally:
        nlp.default_error_handler = previous


def _leave_out(
    name: str,
    component: object,
    docs: list[Doc],
    error: Exception,
    document: Document | None = None,
) -> None:
    """spaCy's error handler during a build: warn, naming each document ``name`` failed on
    (``CAEXPO_KG_DEBUG`` set, or the user's own error: raise it)."""
    if isinstance(error, CaexpoError) or os.environ.get("CAEXPO_KG_DEBUG"):
        raise error
    for doc in docs:
        found = document or getattr(doc, "_context", None)
        where = (found.source or found.id) if isinstance(found, Document) else "a document"
        log.warning(
            "%s: left out, %s failed on it (%s: %s; set CAEXPO_KG_DEBUG=1 for the "
            "traceback, and please report it)",
            where,
            name,
            type(error).__name__,
            error,
        )


def _rules_version(nlp: Language) -> str:
    """The version of the rules the pipeline's entity component reads, whatever its name."""
    for _name, component in nlp.pipeline:
        if isinstance(component, EntityRecognizer):
            return component.rules.version
    return load_rules().version
