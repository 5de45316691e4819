"""Years: an event's year from the dates around it, and editions' years from each other.

Stated years ("held in 2015", "last year") come from the text; an edition's year
computed from another edition of the same annual series (12th in 2015, so the
15th in 2018) is *inferred*: marked so, kept in its own named graph, and switched
off with ``infer=False`` (``--no-infer``).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from .model import Entity, Evidence, Relation
from .relate import Reader
from .resolve import ResolvedDocument

__all__ = ["infer_edition_years", "year_relations"]


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_RELATIVE_UNITS = {"day", "days", "week", "weeks", "yesterday", "today", "tomorrow", "eve"}
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_GENERIC = {"every", "annually", "annual", "each", "years", "decade", "decades", "past", "recent"}


def _date_year(span: Span, published: date | None) -> int | None:
    """The year a dateless DATE entity ("on Tuesday", "in October") falls in, if any."""
    if published is None:
        return None
    words = [t.lower_.rstrip(".") for t in span]
    if any(w in _GENERIC for w in words):
        return None
    if any(w in _WEEKDAYS or w in _RELATIVE_UNITS for w in words):
        return published.year
    for word in words:
        month = _MONTHS.get(word[:4] if word.startswith("sept") else word[:3])
        if month is not None and word.isalpha():
            return published.year if month <= published.month else published.year - 1
    return None


def year_relations(
    doc: Doc, resolved: ResolvedDocument, published: date | None, reader: Reader | None = None
) -> list[Relation]:
    """``inYear`` of events and initiatives, from the dates of the clauses they are in.

    A year named in the clause ("held in 2015", "initiated since 2014", "scheduled for
    next year") is the year; a dateless date ("opened on Tuesday", "in October") is
    read against the publication date.
    """
    if not doc.has_annotation("DEP"):
        return []  # no parser in this pipeline: clauses cannot be read
    reader = reader or Reader(doc, resolved)
    already = len(reader.found)
    years_at = {i: k for i, k in reader.token_key.items() if reader.core(k) == "Year"}
    date_ents = [e for e in doc.ents if e.label_ == "DATE"]
    for span, key in list(reader.mention_spans):
        if reader.core(key) not in ("Event", "Initiative"):
            continue
        token = reader.head_mention_token(span)
        # "this year's expo", "the 2015 forum"
        for child in token.children:
            if child.i in years_at and child.dep_ in ("poss", "compound", "nummod", "npadvmod"):
                reader.add(key, "inYear", years_at[child.i], "year-modifier", token)
        series = key in set(resolved.editions.values()) or (
            resolved.entities.get(key) is not None
            and resolved.entities[key].finer_class == "EventSeries"
        )
        for verb, role in reader.verbs_of(token):
            if role not in ("subject", "object", "at"):
                continue
            if verb.lemma_.lower() in _NAMING_VERBS:
                continue
            recurring = _recurring(verb)
            if recurring and not series:
                continue  # "will be held every October from next year": not one year
            if series and not _beginning(verb):
                continue  # a series' year is the year it began ("first staged in 2004")
            for year_key, rule in _clause_years(verb, years_at, date_ents, published, reader):
                if recurring and rule != "clause-year-since":
                    continue  # "every year since 2004": the series began in 2004
                if rule == "clause-date" and year_key not in resolved.entities:
                    resolved.entities[year_key] = Entity(
                        key=year_key,
                        label=year_key.split("/")[1],
                        core_class="Year",
                        year=int(year_key.split("/")[1]),
                    )
                rule = rule.removesuffix("-since")
                reader.add(key, "inYear", year_key, f"{rule}-{verb.lemma_.lower()}", verb)
    return reader.found[already:]


_BEGINNING_WORDS = {
    "first", "since", "inception", "inaugural", "launch", "launched", "found", "founded",
    "establish", "established", "begin", "began", "start", "started",
}  # fmt: skip
_NAMING_VERBS = {"bill", "call", "name", "dub", "know", "brand", "rename"}
_RECURRING_WORDS = {"every", "annually", "annual", "each", "yearly", "regularly"}


def _beginning(verb: Token) -> bool:
    """Does the clause say something began ("First staged in 2004", "launched in 2013")?"""
    words = {t.lower_ for t in verb.subtree} | {verb.lemma_.lower()}
    return bool(words & _BEGINNING_WORDS)


def _recurring(verb: Token) -> bool:
    return any(
        t.lower_ in _RECURRING_WORDS for t in verb.subtree if t.head == verb or t.head.head == verb
    )


def _clause_years(
    verb: Token,
    years_at: dict[int, str],
    date_ents: list[Span],
    published: date | None,
    reader,
) -> list[tuple[str, str]]:
    """Years attached to a verb: through its prepositions and adverbial dates, not clauses."""
    found: list[tuple[str, str]] = []
    stack = [c for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod", "tmod")]
    seen: set[int] = set()
    while stack:
        token = stack.pop()
        if token.i in seen:
            continue
        seen.add(token.i)
        if token.i in years_at:
            since = token.head.lower_ == "since" or token.head.head.lower_ == "since"
            found.append((years_at[token.i], "clause-year-since" if since else "clause-year"))
            continue
        if token.dep_ in ("relcl", "acl", "ccomp", "advcl") or reader.token_key.get(token.i):
            continue
        stack += [
            c
            for c in token.children
            if c.dep_
            in ("pobj", "prep", "npadvmod", "compound", "nummod", "amod", "advmod", "appos", "conj")
        ]
    if found:
        return found
    for ent in date_ents:
        if ent.root.head == verb or (ent.root.head.head == verb and ent.root.head.dep_ == "prep"):
            year = _date_year(ent, published)
            if year is not None:
                found.append((f"Year/{year}", "clause-date"))
    return found


def infer_edition_years(resolved: ResolvedDocument, relations: list[Relation]) -> list[Relation]:
    """Infer the year of every edition of a series from one edition whose year is stated.

    Annual series only: the ordinal difference is the year difference. The first
    stated edition (lowest number) anchors the others.
    """
    stated: dict[str, int] = {}
    for relation in relations:
        if relation.predicate == "inYear" and relation.subject in resolved.editions:
            entity = resolved.entities.get(relation.object)
            if entity is not None and entity.year is not None:
                stated.setdefault(relation.subject, entity.year)
    anchors: dict[str, tuple[int, int, str]] = {}
    for edition_key, year in stated.items():
        series = resolved.editions[edition_key]
        number = resolved.entities[edition_key].edition_number
        if number is None:
            continue
        if series not in anchors or number < anchors[series][0]:
            anchors[series] = (number, year, edition_key)
    inferred = []
    for edition_key, series in sorted(resolved.editions.items()):
        if edition_key in stated or series not in anchors:
            continue
        number = resolved.entities[edition_key].edition_number
        if number is None:
            continue
        anchor_number, anchor_year, anchor_key = anchors[series]
        year = anchor_year + (number - anchor_number)
        inferred.append(
            Relation(
                subject=edition_key,
                predicate="inYear",
                object=f"Year/{year}",
                rule=f"inferred:annual-series-from:{anchor_key}",
                evidence=(),
                inferred=True,
            )
        )
    # The year of a series' first edition is the year the series began.
    for edition_key, series in sorted(resolved.editions.items()):
        if resolved.entities[edition_key].edition_number == 1:
            year = stated.get(edition_key)
            if year is not None:
                inferred.append(
                    Relation(series, "inYear", f"Year/{year}", "inferred:first-edition", (), True)
                )
    return inferred


def _evidence(doc: Doc, start: int, end: int) -> Evidence:
    return Evidence(start, end, doc.text[start:end])
