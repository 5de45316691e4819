"""From entity spans to entities: canonical labels, aliases, definite descriptions, merging.

Within a document, :func:`resolve_document` turns the spans of ``caexpo_entities``
into :class:`~caexpo_kg.model.Entity` and :class:`~caexpo_kg.model.Mention`
records: "Wen" joins "Wen Jiabao", an undefined "ACC" joins "ASEAN-China Centre",
"the expo" joins the event it refers back to, "last year" becomes the Year node.
Across documents, :func:`merge_extractions` makes one node of one name and joins
an entity to another whose alias it is.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..extract.arrays import has_parse, held_sents
from ..extract.components.entities import (
    DASHES,
    EXPO_FAMILY,
    GENERIC_EVENT_NOUNS,
    SpanAttributes,
    apposed_ordinal,
    clean_label,
    described_run_ordinal,
    entity_spans,
    opens_with_dateline,
    own_run_ordinal,
    relative_run_ordinal,
    year_run_ordinal,
)
from ..extract.components.rules import load_rules, ordinal_digits, ordinal_value, ordinal_word
from ..model import Entity, Extraction, Mention, Relation
from ..vocab import slugify

__all__ = [
    "EntityTable",
    "Keymap",
    "ResolvedDocument",
    "entity_key",
    "merge_extractions",
    "named_in_both_ordinal_forms",
    "remap",
    "resolve_document",
]

#: How much a span's rule counts when a name is given two classes in one document.
_RULE_WEIGHT = {"ner": 1, "definite-description": 0}


def _class_by_compound_head(
    label: str, core_class: str, compound_heads: tuple[tuple[tuple[str, ...], str], ...]
) -> str:
    """The class the last words of ``label`` give a name typed Organisation, Initiative or
    Event (a person's or a year's class is never changed), else ``core_class``:
    ``names.json`` "compound_heads" ("Saysettha Development Zone" a place, not an
    initiative as "zone" alone says; a "Joint Laboratory for ..." an initiative)."""
    if core_class not in ("Organisation", "Initiative", "Event"):
        return core_class
    words = tuple(label.casefold().split())
    # the words before a first "for"/"of"/"on" end with the head ("Joint Laboratory for
    # Tropical Crop Genomics"), as the whole name does
    cut = next((i for i, w in enumerate(words) if w in ("for", "of", "on")), len(words))
    for ending, compound_class in compound_heads:
        for head in (words, words[:cut]):
            if len(words) > len(ending) and head[-len(ending) :] == ending:
                return compound_class
    return core_class


_CONFIDENCE = {
    "gazetteer": 0.95,
    "byline": 0.9,
    "acronym": 0.9,
    "year": 0.99,
    "ner": 0.7,
    "speaker": 0.6,  # a person the NER missed, known only by the verb after the name
    "defined-initiative": 0.8,  # lower case, but given an acronym: a name
    "lowercase-initiative": 0.5,  # lower case and specific, but perhaps only a description
}


def entity_key(core_class: str, label: str) -> str:
    """The key (and IRI tail) of an entity: ``Event/china-asean-expo``."""
    return f"{core_class}/{slugify(label)}"


def _printed_with_gloss(span: Span) -> str | None:
    """A name's text as printed where a bracket sits inside it ("Institute of Strategic
    and International Studies (ISIS) Malaysia", "National Exhibition and Convention
    Center (Shanghai)"), which the label leaves out; None where it has none, or the
    bracket is cut."""
    if "(" not in span.text:
        return None  # asked of every mention: most have no bracket
    texts = [t.text for t in span]
    if "(" not in texts or texts.count("(") != texts.count(")"):
        return None
    words = [t.text_with_ws for t in span]
    first = 0
    while first < len(texts) and texts[first].lower() == "the":
        first += 1
    if first >= len(texts) or texts[first] == "(":
        return None
    text = "".join(words[first:]).strip()
    return text or None


def _rule_family(rule: str) -> str:
    return rule.split(":", 1)[0].split("+", 1)[-1]


@dataclass
class _Builder:
    core_class: str
    labels: Counter = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    finer: str | None = None
    edition: int | None = None
    """The number of a numbered edition ("12th ...")."""
    of_series: bool = False
    """An edition, numbered or named by its year ("Malaysia-China Summit 2024")."""
    year: int | None = None
    preferred: str | None = None
    rules: set[str] = field(default_factory=set)
    """The rule families that found its mentions ("ner", "gazetteer", "head" ...)."""

    def label(self) -> str:
        if self.preferred:
            return self.preferred
        return max(self.labels.items(), key=lambda item: (item[1], len(item[0]), item[0]))[0]


@dataclass
class ResolvedDocument:
    """One document's entities and mentions, and which entity each span names."""

    entities: dict[str, Entity]
    mentions: list[Mention]
    span_entity: dict[tuple[int, int], str]
    """``(start_char, end_char)`` of a span → entity key."""
    editions: dict[str, str]
    """Edition key → series key."""


class _Attributes:
    """Each entity span's ``_.caexpo_*`` values, read once per span (by its offsets, where
    ``span._`` keeps them): ``span._`` makes an accessor on every use."""

    def __init__(self, spans: list[Span]) -> None:
        self._by_offsets = {(s.start_char, s.end_char): SpanAttributes(s) for s in spans}

    def __call__(self, span: Span) -> SpanAttributes:
        found = self._by_offsets.get((span.start_char, span.end_char))
        if found is None:
            found = self._by_offsets[(span.start_char, span.end_char)] = SpanAttributes(span)
        return found


class _StatedYears:
    """The years a document states, by position: "the following year" counts from the
    last one before it. Year spans never overlap, so their ends are in order; a bisect
    finds the last one (a scan of all spans per narrative year was quadratic)."""

    def __init__(self, spans: list[Span], attributes: _Attributes) -> None:
        stated = [(s, attributes(s).caexpo_year) for s in spans]
        stated = [(s, year) for s, year in stated if year is not None]
        self._ends = [s.end for s, _ in stated]
        self._years = [year for _, year in stated]

    def last_before(self, token: int) -> int | None:
        index = bisect_right(self._ends, token) - 1
        return self._years[index] if index >= 0 else None


def _relative_year(
    span: Span, ext: SpanAttributes, published: date | None, stated: _StatedYears
) -> int | None:
    """The year "last year", "next May" or "the following year" stands for."""
    relative = ext.caexpo_relative
    if relative is None:
        return None
    years, month = relative
    if ext.caexpo_rule == "narrative-year":
        # "the following year" counts from the last year the story named, not from today
        named = stated.last_before(span.start)
        if named is not None:
            return named + years
    if published is None:
        return None
    year = published.year + years
    if month is not None and years == -1 and month < published.month:
        year += 1  # "last May" written in September is this year's May
    if month is not None and years == 1 and month > published.month:
        year -= 1  # "next December" written in September is this year's December
    return year


def resolve_document(doc: Doc, published: date | None) -> ResolvedDocument:
    """Resolve the entity spans of ``doc`` (see :func:`entity_spans`) into entities and mentions."""
    spans = sorted(entity_spans(doc), key=lambda s: (s.start_char, s.end_char))
    attributes = _Attributes(spans)
    stated_years = _StatedYears(spans, attributes)
    builders: dict[str, _Builder] = {}
    span_entity: dict[tuple[int, int], str] = {}
    editions: dict[str, str] = {}
    rule_of: dict[tuple[int, int], str] = {}

    # 1. The class of each name, by weighted vote over its mentions.
    votes: dict[str, Counter] = defaultdict(Counter)
    series_names: set[str] = set()
    for span in spans:
        ext = attributes(span)
        if ext.caexpo_label and span.label_ != "Year":
            weight = _RULE_WEIGHT.get(_rule_family(ext.caexpo_rule), 3)
            votes[ext.caexpo_label.casefold()][span.label_] += weight
        if ext.caexpo_series:  # "COMPUTEX 2019": what has editions is an event series
            votes[ext.caexpo_series.casefold()]["Event"] += 3
            series_names.add(ext.caexpo_series.casefold())

    # A name with editions is an event series whatever else its mentions voted ("deputy
    # director of the Canton Fair" beside "the 136th Canton Fair"): an edition of a
    # series typed Organisation would have no editionOf, and its document would fail
    # the ontology's shapes.
    winners: dict[str, str] = dict.fromkeys(series_names, "Event")
    # the rule data the component read (a configured ``rules_dir`` or the shipped one)
    compound_heads = load_rules(doc._.caexpo_rules_dir).compound_heads

    def class_of(label: str, fallback: str) -> str:
        folded = label.casefold()
        won = winners.get(folded)
        if won is None:
            counted = votes.get(folded)
            if not counted:
                return _class_by_compound_head(label, fallback, compound_heads)
            won = winners[folded] = _class_by_compound_head(
                label, counted.most_common(1)[0][0], compound_heads
            )
        return won

    def add(
        span: Span, core_class: str, label: str, *, surface_alias: bool = True, **extra: object
    ) -> str:
        key = entity_key(core_class, label)
        builder = builders.setdefault(key, _Builder(core_class))
        builder.labels[label] += 1
        ext = attributes(span)
        builder.rules.add(_rule_family(ext.caexpo_rule))
        for name, value in extra.items():
            if value is not None:
                setattr(builder, name, value)
        surface = clean_label(span)
        if (
            surface_alias
            and surface
            and surface.casefold() != label.casefold()
            and not ext.caexpo_generic
            # "the free trade area", "version 3.0 of the free trade area": descriptions
            and _rule_family(ext.caexpo_rule) != "initiative-description"
            and core_class != "Year"  # "next year" names 2016 only from where it stands
            and ext.caexpo_rule not in ("capital", "capital-owner")  # "the Lao capital"
            # "the 20th X and Y": Y's words name the series, not the edition
            and not ext.caexpo_rule.startswith("edition-shared")
        ):
            builder.aliases.add(surface)
        printed = _printed_with_gloss(span)
        if (
            surface_alias
            and printed
            and printed.casefold() != label.casefold()
            and not ext.caexpo_generic
            and core_class not in ("Year", "Person")
        ):
            # "the Institute of Strategic and International Studies (ISIS) Malaysia": the
            # name as printed, its bracket inside, is a name of it too
            builder.aliases.add(printed)
        for alias in ext.caexpo_aliases:
            if alias.casefold() != label.casefold():
                builder.aliases.add(alias)
        position = (span.start_char, span.end_char)
        span_entity[position] = key
        rule_of[position] = ext.caexpo_rule
        return key

    # 2. Named spans and years.
    generic: list[Span] = []
    events_by_start = {s.start: s for s in spans if s.label_ == "Event"}
    events_by_end = {s.end: s for s in spans if s.label_ == "Event"}

    def pair_count(span: Span) -> int | None:
        return _count_of_a_pair(span, events_by_start, events_by_end)

    named_tokens = {
        i for s in spans if s.label_ in ("Event", "Organisation") for i in range(s.start, s.end)
    }
    person_tokens = {i for s in spans if s.label_ == "Person" for i in range(s.start, s.end)}

    for span in spans:
        ext = attributes(span)
        label = ext.caexpo_label
        if span.label_ == "Year":
            year = ext.caexpo_year or _relative_year(span, ext, published, stated_years)
            if year is not None:
                add(span, "Year", str(year), year=year)
            continue
        if label is None:
            generic.append(span)
            continue
        core_class = class_of(label, span.label_)
        if core_class == "Event" and not ext.caexpo_series:
            label = _series_of_plural(label)
        if ext.caexpo_series:  # numbered ("12th ...") or named by its year ("... 2024")
            series_label = ext.caexpo_series
            series_key = entity_key(class_of(series_label, "Event"), series_label)
            series = builders.setdefault(series_key, _Builder("Event"))
            series.labels[series_label] += 1
            series.finer = "EventSeries"
            edition = add(span, "Event", label, edition=ext.caexpo_edition, of_series=True)
            editions[edition] = series_key
            continue
        number = (
            apposed_ordinal(span.doc, span.end)
            or own_run_ordinal(span)
            or year_run_ordinal(span)
            or relative_run_ordinal(span)
            or pair_count(span)
            or described_run_ordinal(span, named_tokens.__contains__, person_tokens.__contains__)
            if core_class == "Event"
            else None
        )
        if number is not None:  # "This year's China-ASEAN Expo, the 11th, ...", "X opened
            # for its 37th run"
            series_key = entity_key(core_class, label)
            series = builders.setdefault(series_key, _Builder("Event"))
            series.labels[label] += 1
            series.finer = "EventSeries"
            edition_label = f"{ordinal_digits(number)} {label}"
            edition = add(
                span, "Event", edition_label, surface_alias=False, edition=number, of_series=True
            )
            editions[edition] = series_key
            continue
        key = add(span, core_class, label, finer=ext.caexpo_finer)
        if ext.caexpo_finer == "EventSeries":
            builders[key].finer = "EventSeries"

    # 3. Short names: "Wen" is "Wen Jiabao", an undefined "ACC" the "ASEAN-China Centre".
    sentences: dict[str, set[int]] | None = None  # each key's sentences, by start
    if doc.has_annotation("SENT_START"):  # (a blank pipeline's doc has none)
        sentences = defaultdict(set)
        # each span's sentence by bisecting the sentences' starts (``span.sent`` walks
        # the tokens to both ends of its sentence and makes a Span, for each mention)
        starts = [sentence.start for sentence in held_sents(doc)]
        for span in spans:
            key = span_entity.get((span.start_char, span.end_char))
            if key is not None:
                sentences[key].add(starts[bisect_right(starts, span.start) - 1])
    renames = _short_name_renames(builders, sentences)
    for old, new in _acronym_series_renames(builders).items():
        renames.setdefault(old, new)
    for old, new in _known_as_renames(spans, span_entity, builders, editions).items():
        if old not in renames and _renamed(new, renames) != old:
            renames[old] = new
    for old in renames:
        source = builders.pop(old)
        builders[_renamed(old, renames)].aliases |= set(source.labels) | source.aliases
    if renames:
        for position, key in span_entity.items():
            span_entity[position] = _renamed(key, renames)
        editions = {
            _renamed(edition, renames): _renamed(series, renames)
            for edition, series in editions.items()
        }

    # 4. Definite descriptions and unnamed editions ("the expo", "the 17th expo").
    antecedents = _Antecedents(spans, span_entity, builders, editions, attributes)
    identified: dict[tuple[str, int], str] = {}  # (series, number) -> its edition named by year
    by_year: list[tuple[Span, str]] = []  # descriptions named by a year, and what they found
    for span in generic:
        key = antecedents.find(span)
        if key is None:
            continue
        ext = attributes(span)
        number = ext.caexpo_edition or apposed_ordinal(span.doc, span.end)
        if not number and key not in editions and builders[key].core_class == "Event":
            # "Thailand's biggest jewellery show returned ... for its 69th outing" of a
            # series named with no edition (one named by its year is the edition counted)
            number = own_run_ordinal(span) or year_run_ordinal(span)
        if not number and year_named_before(span) and builders[key].core_class == "Event":
            # "The 2019 edition showed how far the forum had grown": that year's edition
            edition = _name_edition_of_year(span, key, add, builders, editions, span_entity)
            by_year.append((span, edition))
            antecedents.named(span, edition)
            continue
        if not number and names_next_year(span):
            # "The fifth China-ASEAN Expo will be held ... Next year's expo will add a hall":
            # the edition after the numbered one in scope; unnumbered, no edition at all
            if key not in editions:
                continue
            if builders[key].edition is None:
                following = _next_by_year(builders[key].label(), builders[editions[key]].label())
                if following is None:
                    continue
                edition = add(span, "Event", following, surface_alias=True, of_series=True)
                editions[edition] = editions[key]
                antecedents.named(span, edition)
                continue
            number = builders[key].edition + 1
        if number:
            series_label = builders[key].label()
            if key in editions:
                series_label = builders[editions[key]].label()
                key = editions[key]
            same = _edition_named_by_year(span, key, spans, span_entity, builders, editions)
            if same is not None:  # "Singapore Airshow 2024 is the ninth edition of the show"
                identified[(key, number)] = same
                if builders[same].edition is None:
                    builders[same].edition = number  # its number, as said
                span_entity[(span.start_char, span.end_char)] = same
                rule_of[(span.start_char, span.end_char)] = ext.caexpo_rule
                antecedents.named(span, same)
                continue
            edition_label = f"{ordinal_digits(number)} {series_label}"
            edition = add(
                span,
                "Event",
                edition_label,
                surface_alias=bool(ext.caexpo_edition),
                edition=number,
                of_series=True,
            )
            editions[edition] = key
            builders[key].finer = "EventSeries"
            antecedents.named(span, edition)
        else:
            span_entity[(span.start_char, span.end_char)] = key
            rule_of[(span.start_char, span.end_char)] = ext.caexpo_rule
            antecedents.named(span, key)

    for span, edition in by_year:
        # "for the 2016 edition ... That year's ninth edition, opened on August 1, 2016":
        # an edition made of its year is the numbered one a later sentence dates so
        numbered = _numbered_in_its_year(span, edition, builders, editions, span_entity)
        if numbered is not None and edition in builders:
            builders.pop(edition)
            editions.pop(edition, None)
            for position, key in span_entity.items():
                if key == edition:
                    span_entity[position] = numbered

    # "the six-day CIIE runs until Nov 10", "this week's Canton Fair": a series named as one
    # occasion is the edition of it the article is about (the most mentioned one).
    if editions:
        counted = Counter(key for _, key in sorted(span_entity.items()))  # first named first
        with_editions = set(editions.values())
        for span in spans:
            position = (span.start_char, span.end_char)
            series = span_entity.get(position)
            if series in editions or series not in with_editions or not _one_occasion(span):
                continue
            of_series = {k: n for k, n in counted.items() if editions.get(k) == series}
            current = _most_mentioned(of_series, editions)
            if current is not None:
                span_entity[position] = current

    # "This year's China-ASEAN Mayors Forum takes place at ...": a named series set in the
    # publication year, where the text names no edition of it, is that year's edition.
    if published is not None:
        with_editions = set(editions.values())
        for span in spans:
            position = (span.start_char, span.end_char)
            series = span_entity.get(position)
            if (
                series is None
                or series in editions
                or series in with_editions
                or builders[series].core_class != "Event"
                or attributes(span).caexpo_label is None
                or not names_this_year(span)
            ):
                continue
            label = f"{published.year} {builders[series].label()}"
            edition = add(span, "Event", label, surface_alias=False, of_series=True)
            editions[edition] = series
            builders[series].finer = "EventSeries"
            with_editions.add(series)

    # The numbered edition a year-named one was said to be ("... 2024 is the ninth edition"),
    # wherever else it is named ("the ninth edition of the show opens"), is that edition.
    for (series, number), same in identified.items():
        for edition in [k for k, of in editions.items() if of == series and k != same]:
            if builders[edition].edition == number:
                builders.pop(edition)
                del editions[edition]
                for position, key in span_entity.items():
                    if key == edition:
                        span_entity[position] = same

    entities: dict[str, Entity] = {}
    for key, builder in builders.items():
        label = builder.label()  # once: a max over the labels counted
        folded = label.casefold()
        entities[key] = Entity(
            key=key,
            label=label,
            core_class=builder.core_class,
            aliases=tuple(sorted(a for a in builder.aliases if a.casefold() != folded)),
            finer_class=builder.finer,
            edition_number=builder.edition,
            year=builder.year,
        )
    mentions = []
    text = _doc_text(doc)
    for (start, end), key in sorted(span_entity.items()):
        rule = rule_of.get((start, end), "")
        mentions.append(
            Mention(
                start=start,
                end=end,
                text=text[start:end],
                entity=key,
                rule=rule,
                confidence=_CONFIDENCE.get(_rule_family(rule), 0.8),
            )
        )
    return ResolvedDocument(entities, mentions, span_entity, editions)


#: What follows a surname to tell a father from a son: "Concepcion III", "Manalo Jr.".
_GENERATION_SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}


def _series_of_plural(label: str) -> str:
    """ "a booth at future China-ASEAN Expos": an event's name with its head in the plural
    names the series, the name in the singular ("China-ASEAN Expo")."""
    stem, _, head = label.rpartition(" ")
    if not stem or not head.endswith("s") or not head[:1].isupper():
        return label
    for singular in (head[:-1], head[:-2]):
        if singular.casefold() in GENERIC_EVENT_NOUNS and singular.casefold() != "show":
            return f"{stem} {singular}"
    return label


def named_in_both_ordinal_forms(entity: Entity) -> Entity:
    """ "the 2nd GMS Summit", "the second GMS Summit": a numbered edition with, for each of
    its names that opens with its own number, the ordinal in the other form as an alias
    (digits and words, the series as printed), so that a reader, a gold file or a query
    naming it either way finds it. Only its own number is turned: two editions never come
    to share a name. Given to the extraction's entities once the rules and the learned
    layers are done (their features count the names as printed)."""
    number = entity.edition_number
    word = ordinal_word(number) if number is not None else None
    if word is None:  # no edition, or one never spelt out ("the 135th Canton Fair")
        return entity
    names = {entity.label.casefold(), *(a.casefold() for a in entity.aliases)}
    turned = set()
    for name in (entity.label, *entity.aliases):
        first, _, series = name.partition(" ")
        if series and ordinal_value(first) == number:
            other = (
                f"{word} {series}" if first[:1].isdigit() else f"{ordinal_digits(number)} {series}"
            )
            if other.casefold() not in names:
                turned.add(other)
    if not turned:
        return entity
    return replace(entity, aliases=tuple(sorted({*entity.aliases, *turned})))


def _acronym_series_renames(builders: dict[str, _Builder]) -> dict[str, str]:
    """ "the third Greater Mekong Subregion (GMS) Summit ... The first GMS Summit was held
    in Phnom Penh": a series named with an acronym in place of the words it stands for is
    the series named with them (old -> new key)."""
    series = {k: b.label() for k, b in builders.items() if b.finer == "EventSeries"}
    by_tail: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, label in series.items():
        words = label.split()
        for cut in range(1, len(words)):
            by_tail[" ".join(words[cut:])].append((key, " ".join(words[:cut])))
    renames: dict[str, str] = {}
    for key, label in series.items():
        first, _, rest = label.partition(" ")
        if not rest or len(first) < 2 or not first.isupper() or not first.isalpha():
            continue
        fits = [k for k, head in by_tail.get(rest, ()) if k != key and _initials_fit(first, head)]
        if len(fits) == 1:
            renames[key] = fits[0]
    return renames


def _initials_fit(acronym: str, label: str) -> bool:
    """True when every word of ``label`` (bar small words) gives the acronym a prefix, in order."""
    words = _initials_words(label)
    target = acronym.lower()

    def fit(position: int, index: int) -> bool:
        if position == len(target):
            return index == len(words)
        if index == len(words):
            return False
        word = words[index].lower()
        return any(
            target.startswith(word[:cut], position) and fit(position + cut, index + 1)
            for cut in range(min(len(word), len(target) - position), 0, -1)
        )

    return len(words) >= 2 and fit(0, 0)


_SMALL_WORDS = {"of", "and", "for", "the", "on", "in", "&", "de"}


@lru_cache(maxsize=16384)  # every name of every document is split so once or twice
def _initials_words(label: str) -> tuple[str, ...]:
    """The words of ``label`` an acronym takes its letters from (small words left out)."""
    return tuple(w for w in _INITIALS_SPLIT.split(label) if w and w.lower() not in _SMALL_WORDS)


_INITIALS_SPLIT = re.compile(r"[\s\-/]+")


#: Words after a firm's name that say what kind of body it is, and that a text drops
#: when it names the firm again ("CIMB Group" ... "CIMB's").
_FIRM_SUFFIXES = ("Group", "Holdings", "Berhad", "Corporation", "Company", "Limited")
#: Legal forms that open a firm's name ("PT Dyandra Promosindo", "CV Jati Mas"): the
#: story may drop them ("Dyandra Promosindo president director X").
_LEGAL_PREFIXES = ("PT", "CV")

#: Words after which the rest of a name is its complement, not its own short form.
_COMPLEMENT_WORDS = {"of", "on", "for", "in", "to", "and", "the", "with", "between"}


def _short_name_renames(
    builders: dict[str, _Builder], sentences: Mapping[str, set[int]] | None = None
) -> dict[str, str]:
    """Short names to the one longer name of their class they stand for (old -> new key).

    Each kind of short name looks its candidates up in an index of the document's
    labels (by first and last word, by tail, by first letter): comparing every name
    with every other one was quadratic in the number of names.
    """
    labels = {key: builder.label() for key, builder in builders.items()}
    by_word: dict[str, list[str]] = defaultdict(list)  # a person's first or last word
    by_any_word: dict[str, list[str]] = defaultdict(list)  # any word of a person's name
    by_tail: dict[tuple[str, str], list[str]] = defaultdict(list)  # what follows " " or "-"
    by_initial: dict[tuple[str, str], list[str]] = defaultdict(list)  # first letter
    for key, builder in builders.items():
        label, core_class = labels[key], builder.core_class
        if core_class == "Person":
            words = label.split()
            if len(words) > 2 and words[-1].rstrip(".") in _GENERATION_SUFFIXES:
                words = words[:-1]  # "Jose Ma. Concepcion III": "Concepcion" is the surname
            for word in dict.fromkeys((words[0], words[-1])):
                by_word[word].append(key)
            for word in dict.fromkeys(label.split()):
                by_any_word[word].append(key)
        if not builder.of_series:
            at = label.find(" ")
            while at >= 0:
                # After a space only: "ASEAN Summit" is not short for the "China-ASEAN
                # Summit" (a prefix joined by a hyphen makes another thing), while
                # "Information Harbor" is short for the "China-ASEAN Information Harbor".
                # Not after "of" or "on": "Lancang-Mekong Cooperation" is what the "Plan of
                # Action on Lancang-Mekong Cooperation" is about, not a short name of it.
                if label[:at].rsplit(" ", 1)[-1] not in _COMPLEMENT_WORDS:
                    by_tail[(core_class, label[at + 1 :])].append(key)
                at = label.find(" ", at + 1)
        words = _initials_words(label)
        if words:
            by_initial[(core_class, words[0].lower()[:1])].append(key)
    renames: dict[str, str] = {}
    for key, builder in builders.items():
        label = labels[key]
        if builder.preferred or builder.of_series:
            continue
        if " " not in label and (
            builder.core_class == "Person"
            # "Lu Wei ... Lu": a surname the NER alone typed as an organisation or a place
            # (not an acronym: "the UAE" of "the United Arab Emirates", below)
            or (
                builder.core_class in ("Organisation", "Place")
                and builder.rules == {"ner"}
                and not label.isupper()
            )
        ):
            matches = [
                other
                for other in by_word[label]
                if other != key and builders[other].core_class == "Person"
            ]
            if not matches and builder.core_class == "Person":
                # "Ms Tan" for "Aileen Tan Siew Mei": a given name before the surname and
                # given names after it; a word inside one name of three words or more
                matches = [
                    other
                    for other in by_any_word[label]
                    if other != key
                    and builders[other].core_class == "Person"
                    and len(labels[other].split()) >= 3
                ]
        elif builder.core_class == "Person" and len(label.split()) >= 2:
            # "Mohammad Medan" for "Mohammad Medan Abdullah", "Amin Liew" for "Haji Mohd
            # Amin Liew bin Abdullah": whole words of one longer name, in its order
            padded = f" {label} "
            matches = [
                other
                for other in by_any_word[label.split()[0]]
                if other != key
                and builders[other].core_class == "Person"
                and padded in f" {labels[other]} "
            ]
            if not matches and builder.rules == {"ner"}:
                # "Tengku Zafrul" for "Tengku Datuk Seri Zafrul Tengku Abdul Aziz": the
                # name as printed, its honours between the words
                matches = [
                    other
                    for other in by_any_word[label.split()[-1]]
                    if other != key
                    and builders[other].core_class == "Person"
                    and any(
                        _in_order(label.split(), alias.split()) for alias in builders[other].aliases
                    )
                ]
            if not matches:
                # "Helal Al Marri" for "Helal Saeed Al Marri", "Rebecca Sta Maria" for
                # "Rebecca Fatima Sta Maria": the given name and the surname, a middle
                # name left out
                words = label.split()
                matches = [
                    other
                    for other in by_word[words[0]]
                    if other != key
                    and builders[other].core_class == "Person"
                    and labels[other].endswith(f" {words[-1]}")
                    and _in_order(words, labels[other].split())
                ]
        elif len(label.split()) >= 2 and not label[:1].isdigit():
            # "Information Harbor" in a text about the "China-ASEAN Information Harbor"
            tails = by_tail[(builder.core_class, label)]
            matches = [other for other in dict.fromkeys(tails) if other != key]
        elif label.isupper() and 2 <= len(label) <= 10:
            matches = [
                other
                for other in by_initial[(builder.core_class, label.lower()[:1])]
                if other != key and _initials_fit(label, labels[other])
            ]
        else:
            continue
        if len(matches) == 1:
            renames[key] = matches[0]
    # "CP Group" for the "Charoen Pokphand Group": initials for the words before the head
    by_rest: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, builder in builders.items():
        words = labels[key].split()
        if builder.core_class == "Organisation" and len(words) >= 3:
            for k in range(2, len(words)):
                by_rest[(" ".join(words[k:]), "".join(w[0] for w in words[:k]))].append(key)
    for key, builder in builders.items():
        first, _, rest = labels[key].partition(" ")
        if key in renames or builder.core_class != "Organisation" or not rest:
            continue
        if not (first.isupper() and first.isalpha() and 2 <= len(first) <= 4):
            continue
        matches = [other for other in by_rest.get((rest, first), ()) if other != key]
        if len(matches) == 1 and matches[0] not in renames:
            renames[key] = matches[0]
    # "DQ Musang's director" in a text about "DQ Musang Foods": a firm's name less its last
    # words, which the NER alone took for a person's
    by_first: dict[str, list[str]] = defaultdict(list)
    for key, builder in builders.items():
        if builder.core_class == "Organisation" and len(labels[key].split()) >= 3:
            by_first[labels[key].split()[0]].append(key)
    by_label_org = {
        labels[key]: key for key, b in builders.items() if b.core_class == "Organisation"
    }
    for key, builder in builders.items():
        label = labels[key]
        if key in renames or builder.core_class != "Person" or builder.rules != {"ner"}:
            continue
        # (one word too: "Tessera says" in a text about "Tessera Probe Technologies")
        matches = [
            other
            for other in by_first.get(label.split()[0], ())
            if labels[other].startswith(f"{label} ") and other not in renames
        ]
        # "Dyandra Promosindo president director X" in a text about "PT Dyandra
        # Promosindo": the firm's name less the legal form that opens it
        matches += [
            other
            for prefix in _LEGAL_PREFIXES
            if (other := by_label_org.get(f"{prefix} {label}")) is not None
            and other not in renames
            and other not in matches
        ]
        if len(matches) == 1:
            renames[key] = matches[0]
    # "CIMB's head of strategy" in a text about "CIMB Group": a firm's one-word name less
    # the word that says it is a group or company
    by_label = {labels[key]: key for key, b in builders.items() if b.core_class == "Organisation"}
    for key, builder in builders.items():
        label = labels[key]
        if key in renames or builder.preferred or builder.core_class != "Organisation":
            continue
        if " " in label:
            continue
        matches = [
            other
            for suffix in _FIRM_SUFFIXES
            if (other := by_label.get(f"{label} {suffix}")) is not None and other not in renames
        ]
        if len(matches) == 1:
            renames[key] = matches[0]
    # "the Code of Conduct" in a text about the "Code of Conduct in the South China Sea":
    # the name less the place it is named for
    _rename_to_longer_by_tail(
        builders,
        labels,
        renames,
        " in ",
        lambda core_class, head, _: core_class in ("Initiative", "Organisation") and " " in head,
    )
    # "the Ministry of Commerce" in a text about "China's Ministry of Commerce" (labelled
    # "Ministry of Commerce of China"): the body less the one country it is of, unless
    # named bare beside it ("China's NDRC and Ministry of Commerce, Thailand's Ministry
    # of ...": another country's)
    places = {labels[k] for k, b in builders.items() if b.core_class == "Place"}
    _rename_to_longer_by_tail(
        builders,
        labels,
        renames,
        " of ",
        lambda core_class, head, tail: (
            core_class == "Organisation" and " of " in head and tail in places
        ),
        apart=lambda key, other: (
            sentences is not None and bool(sentences.get(key, set()) & sentences.get(other, set()))
        ),
    )
    # "the Second Belt and Road Forum" in a text about the "Second Belt and Road Forum for
    # International Cooperation", "the Boao Forum" of the "Boao Forum for Asia": an event
    # less the "for" phrase its full name ends with (not named side by side with it)
    _rename_to_longer_by_tail(
        builders,
        labels,
        renames,
        " for ",
        lambda core_class, head, _: core_class == "Event" and " " in head,
        apart=lambda key, other: (
            sentences is not None and bool(sentences.get(key, set()) & sentences.get(other, set()))
        ),
    )
    # "ASEAN-China Summit" and "China-ASEAN Summit": the pair in either order names one thing
    by_swapped = {
        (b.core_class, _swapped_pair(labels[k]).casefold()): k for k, b in builders.items()
    }
    for key, builder in builders.items():
        other = by_swapped.get((builder.core_class, labels[key].casefold()))
        if key in renames or other is None or other == key or other in renames:
            continue
        ours, theirs = _rank(builder), _rank(builders[other])
        if theirs > ours or (theirs == ours and labels[other] < labels[key]):
            renames[key] = other  # to the gazetteer's or the more frequent spelling
    # "the regional government of Guangxi" in a text naming "the Guangxi regional
    # government": a body's lower-case noun "of" a place is the place's body of that noun
    by_org_label = {
        labels[k].casefold(): k for k, b in builders.items() if b.core_class == "Organisation"
    }
    for key, builder in builders.items():
        body, of, place = labels[key].partition(" of ")
        if key in renames or builder.core_class != "Organisation" or not of:
            continue
        if not body.islower() or not place[:1].isupper():
            continue
        other = by_org_label.get(f"{place} {body}".casefold())
        if other is not None and other != key and other not in renames:
            renames[key] = other
    return renames


def _in_order(words: list[str], longer: list[str]) -> bool:
    """Do ``words`` come in ``longer`` in their order, the first opening it?"""
    if not longer or longer[0] != words[0]:
        return False
    rest = iter(longer[1:])
    return all(word in rest for word in words[1:])


def _rename_to_longer_by_tail(
    builders: dict[str, _Builder],
    labels: dict[str, str],
    renames: dict[str, str],
    joiner: str,
    keeps: Callable[[str, str, str], bool],
    apart: Callable[[str, str], bool] | None = None,
) -> None:
    """A name that is the one longer name of its class less what follows its last
    ``joiner`` ("Code of Conduct" of the "Code of Conduct in the South China Sea") is that
    name, where ``keeps(class, head, tail)`` holds of the longer one and ``apart`` (the two
    named side by side) does not hold of the pair. Adds to ``renames`` (old -> new key)."""
    by_head: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, builder in builders.items():
        head, found, tail = labels[key].rpartition(joiner)
        if found and keeps(builder.core_class, head, tail):
            by_head[(builder.core_class, head)].append(key)
    for key, builder in builders.items():
        matches = by_head.get((builder.core_class, labels[key]), [])
        if key in renames or len(matches) != 1 or matches[0] in renames:
            continue
        if apart is not None and apart(key, matches[0]):
            continue
        renames[key] = matches[0]


def _swapped_pair(label: str) -> str:
    """ "ASEAN-China Summit" -> "China-ASEAN Summit"; a label not opening with a pair of
    capitalised names joined by a hyphen is returned as it is."""
    first, _, rest = label.partition(" ")
    parts = first.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() for p in parts):
        return label
    swapped = f"{parts[1]}-{parts[0]}"
    return f"{swapped} {rest}" if rest else swapped


def _rank(builder: _Builder) -> tuple[bool, int]:
    """Which of two spellings an entity keeps: a preferred (gazetteer) one, then the one
    mentioned more often."""
    return bool(builder.preferred), sum(builder.labels.values())


#: What joins a name to another name of the same thing: "the China Import and Export
#: Fair, better known as the Canton Fair", "... Expo, also known as CAEXPO".
_KNOWN_AS = re.compile(
    r",?\s*(?:(?:better|also|more\s+commonly|commonly|popularly|widely)\s+)?known\s+as"
    r"\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _known_as_renames(
    spans: list[Span],
    span_entity: dict[tuple[int, int], str],
    builders: dict[str, _Builder],
    editions: dict[str, str],
) -> dict[str, str]:
    """ "The 107th session of the China Import and Export Fair, better known as the Canton
    Fair": the second name is another name of the first (of its series, when the first
    is an edition and the second is not), one entity of the same class."""
    renames: dict[str, str] = {}
    text = _doc_text(spans[0].doc) if spans else ""
    for first, second in pairwise(spans):
        bracketed = bool(_BRACKET_OPEN.fullmatch(text, first.end_char, second.start_char)) and (
            text[second.end_char : second.end_char + 1] == ")"
        )
        if not bracketed and not _KNOWN_AS.fullmatch(text, first.end_char, second.start_char):
            continue
        named = span_entity.get((first.start_char, first.end_char))
        other = span_entity.get((second.start_char, second.end_char))
        if bracketed:
            # "The 29th Vietnam International Trade Fair (Vietnam Expo 2019)": an edition
            # named again in brackets by another name is the same edition, of the same series
            if named in editions and other in editions and named != other:
                renames.setdefault(other, named)
                if editions[other] != editions[named]:
                    renames.setdefault(editions[other], editions[named])
            continue
        if named is None or other is None:
            continue
        if named in editions and other not in editions:
            named = editions[named]
        if (
            named != other
            and named in builders
            and other in builders
            and builders[named].core_class == builders[other].core_class
            and _version(builders[named].label()) == _version(builders[other].label())
        ):
            # not "the ASEAN-China Free Trade Area, known as ACFTA 2.0": the upgrade it
            # is known by after the upgrade is another initiative
            renames.setdefault(other, named)
    return renames


_VERSION_NUMBER = re.compile(r"\b\d{1,2}\.\d\b")
_BRACKET_OPEN = re.compile(r"\s*\(\s*")


def _version(label: str) -> str | None:
    """The version number a name ends in ("CAFTA 3.0" -> "3.0"), if any."""
    found = _VERSION_NUMBER.findall(label)
    return found[-1] if found else None


def _renamed(key: str, renames: dict[str, str]) -> str:
    """Where ``key`` ends up when short names join longer ones ("Jock Hoi" -> "Lim Jock Hoi"
    -> "Dato Lim Jock Hoi")."""
    seen = {key}
    while key in renames and renames[key] not in seen:
        key = renames[key]
        seen.add(key)
    return key


#: Heads of events that are trade shows under another name: "the show" or "the fair"
#: may take up a "Coffee Week", a "Rice Festival" or a "Gems Mart" named before it.
_TRADE_SHOW_HEADS = {"week", "festival", "mart", "carnival", "bazaar"}


#: "to" and a capitalised verb of commemorating inside an event's name end its head.
_COMMEMORATING = (["Commemorate"], ["Celebrate"], ["Mark"])


def _head_before_closing(label: str) -> str:
    """The head a second one closes: "forum" in "China-ASEAN Mining Cooperation Forum and
    Exhibition", which "the forum" refers to as much as "the exhibition"; "" if none."""
    words = label.split()
    if len(words) >= 3 and words[-2] == "and" and words[-1][:1].isupper():
        return words[-3].lower()
    return ""


def _inner_head(label: str) -> str:
    """ "dialogue" in "China-ASEAN Think Tank Strategic Dialogue Forum": the capitalised
    word before a name's last one, lower-cased, which a numbered edition may be counted by
    ("The 11th dialogue, on September 18, 2018"); "" if none."""
    words = label.split()
    if len(words) >= 3 and words[-2][:1].isupper() and words[-1][:1].isupper():
        return words[-2].lower()
    return ""


def _head_word(label: str) -> str:
    words = label.split()
    for index, word in enumerate(words):
        if word.lower() in ("of", "for", "on") and index:
            return words[index - 1].lower()
        # "Special Summit to Commemorate the 30th Anniversary of ...": the summit
        if word == "to" and index and words[index + 1 : index + 2] in _COMMEMORATING:
            return words[index - 1].lower()
    # "SuperBridge Summit Dubai", "China-ASEAN Expo Indonesia 2019": an event's noun
    # followed by a place or a year only is the head (two capitalised words at most)
    for index in range(len(words) - 2, max(len(words) - 4, -1), -1):
        if words[index].lower() in GENERIC_EVENT_NOUNS:
            if all(w[:1].isupper() or w.isdigit() for w in words[index + 1 :]):
                return words[index].lower()
            break
    return words[-1].lower() if words else ""


def _kind_after_of(span: Span) -> str | None:
    """The lower-case kind noun after "of" an edition's noun ("the third edition of the
    week in 2010", "the 125th session of the fair"): the kind of series counted, so the
    edition is of the series with that head (the education week, not the forum named last).
    None where a name or anything but "the" and one noun follows."""
    doc = span.doc
    at = span.end
    if at + 2 >= len(doc) or doc[at].lower_ != "of" or doc[at + 1].lower_ != "the":
        return None
    kind = doc[at + 2]
    if kind.pos_ != "NOUN" or not kind.is_lower:
        return None
    if at + 3 < len(doc) and doc[at + 3].pos_ in ("NOUN", "PROPN"):
        return None  # "the 10th edition of the trade fair"
    return kind.lower_


class _Antecedents:
    """Finds the event a definite description refers to: the nearest fitting one before
    it in its paragraph, else the article's topic (the first fitting event after the
    headline), else the most mentioned fitting one.

    Descriptions are asked about in document order, so what lies before one is what
    lay before the last one and more: counts and the list of events before are kept up
    to date as the questions move on (:meth:`named` adds a description once resolved),
    and each question looks at the document's distinct events, not at all its mentions
    (rebuilding the list of mentions before each description was quadratic).
    """

    def __init__(
        self,
        spans: list[Span],
        span_entity: dict[tuple[int, int], str],
        builders: dict[str, _Builder],
        editions: dict[str, str],
        attributes: _Attributes,
    ) -> None:
        self._spans = spans
        self._attributes = attributes
        self._next = 0  # spans before this index are counted as "before"
        self._span_entity = span_entity
        self._builders = builders
        self._editions = editions
        self._text = _doc_text(spans[0].doc) if spans else ""
        # A first line opening with a dateline is the lede, not a headline.
        self._headline_end = -1 if opens_with_dateline(self._text) else self._text.find("\n")
        # Where each paragraph break ("\n\n", overlapping ones too) starts, for a bisect
        # per description: a search back through the text from each was quadratic.
        self._breaks: list[int] = []
        at = self._text.find("\n\n")
        while at >= 0:
            self._breaks.append(at)
            at = self._text.find("\n\n", at + 1)
        # Events named before the description asked about, in order: (end, key).
        self._before: list[tuple[int, str]] = []
        # Mentions per event, in order of first mention: before it, and in the whole document.
        self._before_counts: dict[str, int] = {}
        self._counts: dict[str, int] = {}
        self._first_in_body: dict[str, int] = {}  # event -> its first start after the headline
        for (start, _end), key in span_entity.items():
            self._count(start, key)

    def named(self, span: Span, key: str) -> None:
        """Count a description just resolved to ``key`` as a mention of it."""
        self._count(span.start_char, key)

    def _count(self, start: int, key: str) -> None:
        if not key.startswith("Event/"):
            return  # only events are antecedents (see ``fits``)
        self._counts[key] = self._counts.get(key, 0) + 1
        if start > self._headline_end:
            self._first_in_body[key] = min(start, self._first_in_body.get(key, start))

    def _move_to(self, start_char: int) -> None:
        spans = self._spans
        while self._next < len(spans) and spans[self._next].start_char < start_char:
            span = spans[self._next]
            self._next += 1
            key = self._span_entity.get((span.start_char, span.end_char))
            if key is None or span.end_char > start_char or not key.startswith("Event/"):
                continue
            self._before.append((span.end_char, key))
            self._before_counts[key] = self._before_counts.get(key, 0) + 1

    def find(self, span: Span) -> str | None:
        self._move_to(span.start_char)
        ext = self._attributes(span)
        noun = ext.caexpo_generic or ""
        if ext.caexpo_edition and noun in ("edition", "session"):
            noun = _kind_after_of(span) or noun  # "the third edition of the week"
        family = EXPO_FAMILY if noun in EXPO_FAMILY else {noun}
        builders, editions = self._builders, self._editions

        @cache  # per description: the walks below ask again and again
        def fits(key: str) -> bool:
            builder = builders.get(key)
            if builder is None or builder.core_class != "Event":
                return False
            series = editions.get(key)
            label = builders[series].label() if series and series in builders else builder.label()
            if noun in ("event", "edition", "session"):  # "the seventh edition": any series
                return True
            if noun in EXPO_FAMILY and any(r.startswith("used-as-event") for r in builder.rules):
                return True  # "CeBIT 2012 ... the show": a fair's name with no head noun
            head = _head_word(label)
            if noun in EXPO_FAMILY and head in _TRADE_SHOW_HEADS:
                return True  # "the Mekong Coffee Week ... sold out at the show"
            if head in family or _head_before_closing(label) in family:
                return True
            # "the 11th dialogue" of the "... Strategic Dialogue Forum": an edition counted
            # by the event noun before the name's last one (the extractor numbers only such)
            return bool(ext.caexpo_edition) and _inner_head(label) == noun

        if ext.caexpo_edition:
            apposed = self._apposed_edition(span, ext.caexpo_edition)
            if apposed is not None:
                return editions.get(apposed, apposed)
            owner = self._possessor(span)
            if owner is None:
                owner = self._of_event(span)
            if owner == _NOT_AN_EVENT:
                return None  # "the Paris Air Lab, now in its third edition": the Lab's run
            if owner is not None:
                return editions.get(owner, owner)  # "The Expo, which held its 18th edition"
            if noun in ("edition", "session"):
                # "At the 22nd China-ASEAN Expo last month ... By the time the 23rd edition
                # opens": a numbered edition of no named kind, numbered next after the
                # numbered edition just before it in the same paragraph, is that series'
                nearest = self._nearest_edition(span)
                if nearest is not None and (
                    self._builders[nearest].edition == ext.caexpo_edition - 1
                ):
                    return editions[nearest]
                # "... its tourism arm, the China-Asean Expo Tourism Exhibition, is held each
                # autumn in Guilin. The fourth edition opens on Oct 26": an edition of no
                # named kind numbers the series named last before it, not the one named most
                # ("the 21st edition of the fair" names its kind: not the pavilion named last)
                last = next((key for _, key in reversed(self._before) if fits(key)), None)
                of_kind = span.end < len(span.doc) and span.doc[span.end].lower_ == "of"
                if last is not None and last not in editions and not of_kind:
                    return last
            # "the 17th expo" is an edition of a series: prefer series over editions.
            counted: Counter[str] = Counter()
            for counts in (self._before_counts, self._counts):
                for key, count in counts.items():
                    if fits(key):
                        counted[editions.get(key, key)] += count
            return counted.most_common(1)[0][0] if counted else None
        if _refers_to_current(span, ext):
            # "this year's expo", "the event": the edition the article reports on.
            current = _most_mentioned(self._before_counts, editions)
            if current is not None:
                return current
        if _names_a_series(span):  # "the annual fair in Nanning": a series, if one fits
            series = set(editions.values())
            found = self._antecedent(span, lambda k: k in series and fits(k), occasion=False)
            if found is not None:
                return found
        return self._edition_of(self._antecedent(span, fits))

    def _nearest_edition(self, span: Span) -> str | None:
        """The numbered edition named last before ``span`` in its paragraph, if any."""
        paragraph = self._paragraph_start(span)
        for end, key in reversed(self._before):
            if paragraph >= end:
                return None
            if key in self._editions and self._builders[key].edition is not None:
                return key
        return None

    def _antecedent(
        self, span: Span, fits: Callable[[str], bool], *, occasion: bool = True
    ) -> str | None:
        # the last paragraph break that ends by the description (str.rfind's answer)
        before = bisect_right(self._breaks, span.start_char - 2) - 1
        paragraph = self._breaks[before] if before >= 0 else -1
        for end, key in reversed(self._before):
            if paragraph >= end:
                break  # only the same paragraph counts as "nearest"
            if fits(key):
                return key
        # Else the article's topic: the first fitting event named after the headline, an
        # occasion before a series ("CAEXPO held its Indonesia Exposition in Jakarta ...
        # The event was organised by ...": the exposition).
        if self._before and self._before[-1][0] > paragraph:
            # "Mekong Screen Week got under way ... This year's festival, run by A, ...
            # The studio will take it to the Busan International Film Festival": after an
            # event its paragraph has named, a description is no cataphora of one named
            # only later ("Myanmar's largest farm show is back ... Agritech Myanmar" is)
            named = {key for _, key in self._before}
            fitting_any = fits

            def fits(key: str) -> bool:
                return key in named and fitting_any(key)

        body = [(start, key) for key, start in self._first_in_body.items() if fits(key)]
        series = set(self._editions.values())
        occasions = [(start, key) for start, key in body if key not in series and occasion]
        if body:
            return min(occasions or body)[1]
        fitting = [(count, key) for key, count in self._counts.items() if fits(key)]
        return max(fitting, key=lambda item: item[0])[1] if fitting else None

    def _edition_of(self, key: str | None) -> str | None:
        """ "The 107th session of the China Import and Export Fair, better known as the
        Canton Fair, opened ... The fair is being held until May 5": a description whose
        antecedent is a series stands for the edition of it the article reports on so far
        (most mentioned), if any; a clause of habit ("the fair has been held every year
        since 1957") takes the series back where the relations are read."""
        editions = self._editions
        if key is None or key in editions:
            return key
        counts = {k: n for k, n in self._before_counts.items() if editions.get(k) == key}
        return _most_mentioned(counts, editions) or key

    def _of_event(self, span: Span) -> str | None:
        """The event named right after "of" in "the 17th edition of the International Food
        Exhibition (IFEX) Philippines": the series the edition is numbered in."""
        doc = span.doc
        at = span.end
        if at >= len(doc) or doc[at].lower_ != "of":
            return None
        at += 1
        if at < len(doc) and doc[at].lower_ == "the":
            at += 1
        for other in self._spans:
            if other.start == at or (other.start == at - 1 and at - 1 > span.end):
                key = self._span_entity.get((other.start_char, other.end_char))
                builder = self._builders.get(key or "")
                if builder is not None and builder.core_class == "Event":
                    return key
        return None

    def _possessor(self, span: Span) -> str | None:
        """The event "its" stands for in "The China-ASEAN Expo, which held its 18th
        edition in September": the subject of the verb whose object the edition is (through
        "which"/"that" to the noun the clause describes), when it names an event; where the
        clause's subject is none ("Guangdong has the Canton Fair ... At its 126th session
        next month, Guangdong companies will ..."), the event named last before it in its
        paragraph."""
        doc = span.doc
        if span.start == 0 or doc[span.start - 1].lower_ not in ("its", "their"):
            return None
        if not has_parse(doc):
            return None
        if span.root.dep_ in ("nsubj", "nsubjpass") and doc[span.start - 1].is_sent_start:
            # "The leaders forum kept growing. Its 12th meeting, held ...": the event the
            # sentence before is about; a meeting of nothing named there is none (never the
            # edition itself), other runs ("Its 126th session") fall back as before
            owner = self._subject_before(span)
            if owner is not None:
                return owner
            if span[-1].lower_ == "meeting":
                return _NOT_AN_EVENT
        verb = span.root.head
        if verb.dep_ == "prep" and verb.head.pos_ in ("NOUN", "PROPN"):
            # "the Paris Air Lab, now in its third edition": the run of the noun the
            # phrase is set beside, an event's or (named as anything else) no event's
            owner = self._named_at(verb.head)
            if owner is not None:
                return owner if self._builders[owner].core_class == "Event" else _NOT_AN_EVENT
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
            subject = verb.head
        if subject is not None:
            owner = self._named_at(subject)
            if owner is not None:  # "Huawei ... held its 3rd session": no event's
                return owner if self._builders[owner].core_class == "Event" else None
        return self._last_event_in_paragraph(span)

    def _subject_before(self, span: Span) -> str | None:
        """The event the subject of the sentence before ``span``'s names: its mention's, or,
        for an event's noun ("The leaders forum kept growing."), the last event named before
        whose head is that noun."""
        doc = span.doc
        if span.start < 2:
            return None
        sentence = doc[span.start - 2].sent
        subject = next(
            (t for t in sentence.root.children if t.dep_ in ("nsubj", "nsubjpass")), None
        )
        if subject is None:
            return None
        owner = self._named_at(subject)
        if owner is not None:
            return owner if self._builders[owner].core_class == "Event" else None
        noun = subject.lower_
        for _, key in reversed(self._before):
            builder = self._builders.get(key)
            if builder is None or builder.core_class != "Event":
                continue
            series = self._editions.get(key)
            label = self._builders[series].label() if series in self._builders else builder.label()
            if _head_word(label) == noun:
                return key
        return None

    def _apposed_edition(self, span: Span, number: int) -> str | None:
        """ "The X Expo has spun off a show for farm machinery. Its third edition, the 3rd Y
        Exhibition, opens ...": the edition of the same number named right after the
        description's comma is the one it describes, not an edition of the event "its"
        stands for."""
        doc = span.doc
        at = span.end
        if at + 1 >= len(doc) or doc[at].text != ",":
            return None
        at += 2 if doc[at + 1].lower_ == "the" and at + 2 < len(doc) else 1
        key = self._named_at(doc[at])
        builder = self._builders.get(key or "")
        if builder is None or builder.core_class != "Event" or builder.edition != number:
            return None
        return key

    def _named_at(self, token: Token) -> str | None:
        """The entity a mention covering ``token`` names, if any."""
        for other in self._spans:
            if other.start <= token.i < other.end:
                key = self._span_entity.get((other.start_char, other.end_char))
                if key is not None and key in self._builders:
                    return key
        return None

    def _last_event_in_paragraph(self, span: Span) -> str | None:
        """The event named last before ``span`` in its paragraph, if any."""
        if not self._before or self._paragraph_start(span) >= self._before[-1][0]:
            return None
        return self._before[-1][1]

    def _paragraph_start(self, span: Span) -> int:
        """Where the paragraph of ``span`` starts (the character of its break, or -1)."""
        before = bisect_right(self._breaks, span.start_char - 2) - 1
        return self._breaks[before] if before >= 0 else -1


#: What :meth:`_Antecedents._possessor` answers for "its" standing for a named entity that is
#: no event ("the Paris Air Lab, now in its third edition"): no edition at all.
_NOT_AN_EVENT = ""


#: Verbs that say what an edition is: "X 2024 is the ninth edition", "X 2024 marks the
#: tenth edition of the fair".
_IDENTITY_VERBS = {"be", "mark"}


def _edition_named_by_year(
    span: Span,
    series: str,
    spans: list[Span],
    span_entity: dict[tuple[int, int], str],
    builders: dict[str, _Builder],
    editions: dict[str, str],
) -> str | None:
    """The edition named by its year that a numbered description is said to be: "Singapore
    Airshow 2024 is the ninth edition of the show", "The show ... is now in its 43rd
    edition" (the show of an article on Gitex Global 2023), "X 2024 marks the tenth
    edition", or set off after it by a comma: "exhibiting at Gulfood 2017, the 22nd edition
    of the annual show". The subject of the verb (the name before the comma) must name that
    edition, or its series when the text names one edition of it by its year; "the show
    drew more visitors than its seventh edition" says no such thing."""
    root = span.root
    verb = root.head
    comma = span.start - 1 - (span.start > 0 and span.doc[span.start - 1].lower_ == "the")
    subject: Token | None = None
    if comma > 0 and span.doc[comma].text == ",":
        subject = span.doc[comma - 1]  # an apposition, however the parser hung it
    elif root.dep_ == "pobj" and verb.lower_ == "in" and verb.dep_ == "prep":
        verb = verb.head  # "is now in its 43rd edition"
        if verb.lemma_ != "be" or span.start == 0 or span.doc[span.start - 1].lower_ != "its":
            return None
    elif not (
        (root.dep_ == "attr" and verb.lemma_ == "be")
        or (root.dep_ == "dobj" and verb.lemma_ in _IDENTITY_VERBS)
    ):
        return None
    if subject is None:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        if subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
            subject = verb.head
    named = next(
        (
            span_entity.get((other.start_char, other.end_char))
            for other in spans
            if other.start <= subject.i < other.end
        ),
        None,
    )
    by_year = [k for k, of in editions.items() if of == series and builders[k].edition is None]
    if named in by_year:
        return named
    return by_year[0] if named == series and len(by_year) == 1 else None


def _doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per doc (spaCy joins every token on each access);
    :func:`caexpo_kg.pipeline.document.extract_doc` gives it the text spaCy was handed."""
    cached = doc.user_data.get("caexpo_text")
    if cached is None:
        cached = doc.user_data["caexpo_text"] = doc.text
    return cached


#: Nouns of a length of time: "the six-day CIIE", "the two-week fair".
_DURATIONS = {"day", "week", "month"}
#: Words of a time that includes now: "this week's Canton Fair".
_PRESENT_TIMES = {"week", "month", "year"}


def _one_occasion(span: Span) -> bool:
    """Is an event's name set as one occasion by the words before it: a length of time
    ("the six-day CIIE", "the four-day China-ASEAN Expo"), "this week's", "this year's",
    "the ongoing", "the upcoming", "the latest"?"""
    doc = span.doc
    words = [t.lower_ for t in doc[max(span.start - 4, 0) : span.start]]
    if len(words) >= 3 and words[-3] == "this" and words[-2] in _PRESENT_TIMES:
        return words[-1] in ("'s", "’s")
    if words[-1:] and words[-1] in _CURRENT_WORDS:
        return words[-2:-1] == ["the"]
    return (
        len(words) == 4
        and words[-1] in _DURATIONS
        and words[-2] in DASHES
        and words[-4] == "the"
        and doc[span.start - 3].like_num
    )


#: Words after "the" that set a series' name as one occasion, the one the text is about:
#: "the ongoing CIIE", "the upcoming China-ASEAN Expo", "the latest Canton Fair".
_CURRENT_WORDS = {"ongoing", "upcoming", "forthcoming", "latest", "current"}


#: Words that make a description one of a series: "the annual fair", "the biennial show".
_SERIES_WORDS = {"annual", "yearly", "biennial", "biannual", "triennial"}


def _names_a_series(span: Span) -> bool:
    """Is the description one of what recurs ("the annual fair", "the biennial show")?"""
    return any(t.lower_ in _SERIES_WORDS for t in span.doc[max(span.start - 3, 0) : span.start])


def year_named_before(span: Span) -> int | None:
    """The year a description is named by: "the 2019 edition", "its 2023 meeting", "the
    forum's 2021 session" (a four-digit year right before the noun, after "the", "its" or
    a possessive); None otherwise."""
    doc = span.doc
    if span.start < 2:
        return None
    word, before = doc[span.start - 1], doc[span.start - 2].lower_
    if not (word.text.isdigit() and len(word.text) == 4 and 1950 <= int(word.text) <= 2100):
        return None
    return int(word.text) if before in ("the", "its", "'s", "’s") else None


def _name_edition_of_year(
    span: Span,
    key: str,
    add: Callable[..., str],
    builders: dict[str, _Builder],
    editions: dict[str, str],
    span_entity: dict[tuple[int, int], str],
) -> str:
    """ "The 2019 edition showed ...", "At the 2017 week": the series' edition of that year,
    not the series nor the edition in scope. That is an edition the text names by the
    year ("Forum 2019"), else a new one, "2019 X", also called "X 2019" and so by each
    name of the series ("ASEAN-China X 2019" where the text writes both orders)."""
    year = year_named_before(span)
    series = editions.get(key, key)
    for edition, of in editions.items():
        words = builders[edition].label().split()
        if of == series and (builders[edition].year == year or str(year) in (words[0], words[-1])):
            span_entity[(span.start_char, span.end_char)] = edition
            return edition
    names = [builders[series].label(), *sorted(builders[series].aliases)]
    edition = add(span, "Event", f"{year} {names[0]}", surface_alias=False, of_series=True)
    builders[edition].year = year
    for name in names:
        if len(name.split()) > 1 and name[:1].isupper():
            builders[edition].aliases |= {f"{year} {name}", f"{name} {year}"}
    builders[edition].aliases.discard(builders[edition].label())
    editions[edition] = series
    builders[series].finer = "EventSeries"
    return edition


def _numbered_in_its_year(
    span: Span,
    edition: str,
    builders: dict[str, _Builder],
    editions: dict[str, str],
    span_entity: dict[tuple[int, int], str],
) -> str | None:
    """The numbered edition of ``edition``'s series that another sentence names with the
    year ``edition`` was made of ("That year's ninth edition, opened on August 1, 2016"),
    if ``edition`` was made here (not named by the text) and only one such."""
    year = builders[edition].year if edition in builders else None
    series = editions.get(edition)
    if year is None or series is None or builders[edition].labels.total() > 1:
        return None
    doc = span.doc
    own = span.sent
    found = set()
    for (start_char, _end), key in span_entity.items():
        if editions.get(key) != series or builders[key].edition is None:
            continue
        mention = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
        sentence = mention.sent if mention is not None else None
        if sentence is None or sentence.start == own.start:
            continue
        if any(t.text == str(year) for t in sentence):
            found.add(key)
    return found.pop() if len(found) == 1 else None


def names_next_year(span: Span) -> bool:
    """Is the description "next year's expo"? (Resolution numbers it after the numbered
    edition in scope, so its year dates that edition.)"""
    words = [t.lower_ for t in span.doc[max(span.start - 3, 0) : span.start]]
    return words[-3:] in (["next", "year", "'s"], ["next", "year", "’s"])


def names_this_year(span: Span) -> bool:
    """Is the name set in "this year's" ("This year's China-ASEAN Mayors Forum")?"""
    words = [t.lower_ for t in span.doc[max(span.start - 3, 0) : span.start]]
    return words[-3:] in (["this", "year", "'s"], ["this", "year", "’s"])


def _next_by_year(edition: str, series: str) -> str | None:
    """The label of the edition after one named by its year, written the same way: "2024
    Lancang-Mekong Cooperation Week" -> "2025 Lancang-Mekong Cooperation Week" ("next
    year's week" closing the 2024 one); None unless the label is the series' name with
    a year before or after it."""
    head, _, rest = edition.partition(" ")
    if rest == series and len(head) == 4 and head.isdigit():
        return f"{int(head) + 1} {series}"
    rest, _, tail = edition.rpartition(" ")
    if rest == series and len(tail) == 4 and tail.isdigit():
        return f"{series} {int(tail) + 1}"
    return None


def _refers_to_current(span: Span, ext: SpanAttributes) -> bool:
    doc = span.doc
    if ext.caexpo_generic == "event":
        return True
    words = [t.lower_ for t in doc[max(span.start - 3, 0) : span.start]]
    return words[-3:] == ["this", "year", "'s"] or words[-3:] == ["this", "year", "’s"]


def current_edition(keys: list[str], editions: dict[str, str]) -> str | None:
    """The most mentioned edition among ``keys`` (the earliest on a tie)."""
    return _most_mentioned(Counter(keys), editions)


def _most_mentioned(counts: dict[str, int], editions: dict[str, str]) -> str | None:
    """The edition with the highest count; on a tie the first counted (dicts keep order)."""
    best: tuple[int, str] | None = None
    for key, count in counts.items():
        if key in editions and (best is None or count > best[0]):
            best = (count, key)
    return best[1] if best else None


# ------------------------------------------------------------------ merging
def merge_extractions(extractions: Iterable[Extraction]) -> list[Extraction]:
    """Join entities across documents: one node per name, aliases to their entity.

    An entity whose label is another entity's alias (same class) is merged into
    it ("ACC" in one article, "ASEAN-China Centre (ACC)" in another). Returns the
    extractions rewritten to the merged keys, labels and aliases.
    """
    extractions = list(extractions)
    table = EntityTable()
    for extraction in extractions:
        table.add(extraction)
    return [table.apply(extraction) for extraction in extractions]


class EntityTable:
    """Labels, aliases and a sample entity per key: what merging needs, nothing more.

    Filled one extraction at a time (:meth:`add`), it lets a build merge a corpus it
    does not hold: :meth:`apply` rewrites each extraction afterwards.

    Examples
    --------
    >>> table = EntityTable()
    >>> for extraction in extractions:  # doctest: +SKIP
    ...     table.add(extraction)
    >>> merged = [table.apply(e) for e in extractions]  # doctest: +SKIP
    """

    def __init__(self) -> None:
        self._labels: dict[str, Counter[str]] = defaultdict(Counter)
        self._aliases: dict[str, set[str]] = defaultdict(set)
        self._sample: dict[str, Entity] = {}
        self._first: dict[str, int] = {}
        self._editions: set[str] = set()
        self._series_of: dict[str, set[str]] = defaultdict(set)  # edition -> its series
        # (edition, year) -> [documents stating it, documents inferring it, first position]
        self._year_votes: dict[tuple[str, str], list[int]] = {}
        self._votes_of: dict[str, dict[str, list[int]]] = {}  # the same, by edition
        self._added = 0
        self._merged: dict[str, Entity] | None = None
        self._years: dict[str, str] = {}
        self._snapshot: tuple[dict[str, Entity], dict[str, str]] = ({}, {})
        # Per key, while no document adds to it: the keys its aliases name, and the entity
        # it merges into while it merges with nothing else (a build merges the table again
        # and again as a corpus streams in, and most keys are the same each time).
        self._alias_keys: dict[str, list[str]] = {}
        self._alone: dict[str, Entity] = {}

    def __len__(self) -> int:
        return len(self._sample)

    def add(self, extraction: Extraction, position: int | None = None) -> None:
        """Count one (unmerged) extraction's entities and year claims.

        ``position`` is the document's place in the input (default: the order of the
        calls): the earliest document's entity is each key's sample and breaks ties,
        so the table is the same whatever order a build adds documents in.
        """
        self._merged = None
        position = self._added if position is None else position
        self._added += 1
        for entity in extraction.entities:
            key = entity.key
            self._alias_keys.pop(key, None)
            self._alone.pop(key, None)
            self._labels[key][entity.label] += 1
            self._aliases[key].update(entity.aliases)
            if key not in self._first or position < self._first[key]:
                self._first[key] = position
                self._sample[key] = entity
            if entity.edition_number is not None:
                self._editions.add(key)
        claims: dict[tuple[str, str], bool] = {}
        for relation in extraction.relations:
            if relation.predicate == "editionOf":
                self._editions.add(relation.subject)
                self._series_of[relation.subject].add(relation.object)
            elif relation.predicate == "inYear":
                pair = (relation.subject, relation.object)
                claims[pair] = claims.get(pair, False) or not relation.inferred
        for pair, stated in claims.items():
            votes = self._year_votes.setdefault(pair, [0, 0, position])
            self._votes_of.setdefault(pair[0], {})[pair[1]] = votes
            votes[0 if stated else 1] += 1
            votes[2] = min(votes[2], position)

    def merged(self) -> dict[str, Entity]:
        """Each key's merged entity (its key may be another's: the one it joined)."""
        if self._merged is None:
            self._merged = self._merge()
            self._years = self._elect_years(self._merged)
        return self._merged

    def year_conflicts(self) -> int:
        """Editions that documents place in more than one year (one year was kept)."""
        merged = self.merged()
        years: dict[str, set[str]] = defaultdict(set)
        for (edition, year), _ in self._year_votes.items():
            years[merged[edition].key].add(merged[year].key if year in merged else year)
        return sum(1 for edition, found in years.items() if len(found) > 1)

    def apply(self, extraction: Extraction) -> Extraction:
        """``extraction`` rewritten to the merged keys, labels and aliases.

        An edition's ``inYear`` claims that lost the corpus's vote (see
        :meth:`_elect_years`) are dropped: an edition takes place in one year.
        """
        merged = self.merged()
        entities = {merged[e.key].key: merged[e.key] for e in extraction.entities}
        rekeyed = remap(extraction, self.keymap(extraction))
        return replace(rekeyed, entities=tuple(entities[k] for k in sorted(entities)))

    def keymap(self, extraction: Extraction, *, provisional: bool = False) -> Keymap:
        """What merging does to ``extraction``: its keys' merged keys and its editions'
        elected years (see :func:`remap`).

        ``provisional`` answers from the last merge of a table that has grown by a tenth
        since (new keys stay themselves) and the year votes so far: cheap enough to call
        per document while a corpus streams in, and mostly what the final merge says.
        """
        if provisional:
            if len(self._sample) > len(self._snapshot[0]) * 1.1 + 64:
                self._snapshot = (self.merged(), self._years)
            merged = self._snapshot[0]
        else:
            merged, years = self.merged(), self._years
        keys: dict[str, str] = {}
        for key in _referenced_keys(extraction):
            entity = merged.get(key)
            keys[key] = key if entity is None else entity.key
        relations = extraction.relations
        claims = sorted({(r.subject, r.object) for r in relations if r.predicate == "inYear"})
        if provisional:  # the votes so far on its editions: they change more than names
            years = {}
            for edition in {edition for edition, _ in claims} & self._editions:
                candidates = self._votes_of.get(edition, {})
                if len(candidates) > 1:
                    year = _winner(candidates)
                    years[keys[edition]] = merged[year].key if year in merged else year
        return _keymap(keys, [list(c) for c in claims], years)

    def rekey(self, keymap: Keymap) -> Keymap:
        """``keymap`` (of some document) as the table's merge says now."""
        merged, years = self.merged(), self._years
        return _keymap({key: merged[key].key for key in keymap["keys"]}, keymap["claims"], years)

    def _elect_years(self, merged: dict[str, Entity]) -> dict[str, str]:
        """One year per edition, where documents disagree (a misread "this year", a
        recap with the wrong date): the year most documents state, then most infer,
        then the one the earliest document gave. Returns merged edition -> year key."""
        editions = {merged[k].key for k in self._editions if k in merged}
        tally: dict[str, dict[str, list[int]]] = defaultdict(dict)
        for (edition, year), (stated, inferred, first) in self._year_votes.items():
            edition = merged[edition].key if edition in merged else edition
            if edition not in editions:
                continue
            year = merged[year].key if year in merged else year
            votes = tally[edition].setdefault(year, [0, 0, first])
            votes[0] += stated
            votes[1] += inferred
            votes[2] = min(votes[2], first)
        return {
            edition: _winner(candidates)
            for edition, candidates in tally.items()
            if len(candidates) > 1
        }

    def _merge(self) -> dict[str, Entity]:
        # Union-find over "this entity's alias is that entity's name"; the acronym-like
        # or shorter name joins the longer one.
        sample, labels, aliases = self._sample, self._labels, self._aliases
        parent = {key: key for key in sample}

        def find(key: str) -> str:
            while parent[key] != key:
                parent[key] = parent[parent[key]]
                key = parent[key]
            return key

        def join(key: str, other: str) -> None:
            root_key, root_other = find(key), find(other)
            if root_key != root_other:
                keep, drop = sorted(
                    (root_key, root_other),
                    key=lambda k: (_is_short(labels[k].most_common(1)[0][0]), k),
                )
                parent[drop] = keep

        alias_keys = self._alias_keys
        for key, entity in sorted(sample.items()):
            named = alias_keys.get(key)
            if named is None:
                named = alias_keys[key] = [
                    entity_key(entity.core_class, alias) for alias in sorted(aliases[key])
                ]
            for other in named:
                if other in parent and other != key and not sample[other].edition_number:
                    join(key, other)
        # A series has one edition of each number (the ontology's EditionShape): once two
        # documents' spellings of a series are one ("ASEAN-China Summit", "China-ASEAN
        # Summit"), their editions of the same number are one too.
        by_number: dict[tuple[str, int], str] = {}
        for key in sorted(self._editions & sample.keys()):
            number = sample[key].edition_number
            for series in sorted(self._series_of.get(key, ())):
                if number is not None and series in parent:
                    join(by_number.setdefault((find(series), number), key), key)

        members: dict[str, list[str]] = defaultdict(list)
        for key in sorted(sample):
            members[find(key)].append(key)
        by_root: dict[str, Entity] = {}
        alone = self._alone
        for root, keys in members.items():
            if len(keys) == 1 and root in alone:
                by_root[root] = alone[root]
                continue
            all_labels: Counter[str] = Counter()
            all_aliases: set[str] = set()
            for member in keys:
                all_labels.update(labels[member])
                all_aliases |= aliases[member] | set(labels[member])
            label = max(
                all_labels.items(), key=lambda i: (not _is_short(i[0]), i[1], len(i[0]), i[0])
            )[0]
            by_root[root] = replace(
                sample[root],
                key=root,
                label=label,
                aliases=tuple(sorted(a for a in all_aliases if a.casefold() != label.casefold())),
            )
            if len(keys) == 1:
                alone[root] = by_root[root]
        return {key: by_root[find(key)] for key in sample}


#: ``{"keys": {key: merged key}, "claims": [[edition, year], ...] (its inYear relations),
#: "dropped": [[edition, year], ...] (those the corpus outvoted)}``, unmerged keys.
Keymap = dict[str, Any]


def _winner(candidates: dict[str, list[int]]) -> str:
    """The year most documents state, then most infer, then the earliest one gave."""
    return min(candidates.items(), key=lambda i: (-i[1][0], -i[1][1], i[1][2], i[0]))[0]


def _keymap(keys: dict[str, str], claims: list[list[str]], years: dict[str, str]) -> Keymap:
    dropped = [
        [edition, year]
        for edition, year in claims
        if years.get(keys[edition], keys[year]) != keys[year]
    ]
    return {"keys": keys, "claims": claims, "dropped": dropped}


def _referenced_keys(extraction: Extraction) -> list[str]:
    keys = {e.key for e in extraction.entities}
    keys.update(m.entity for m in extraction.mentions)
    for relation in extraction.relations:
        keys.add(relation.subject)
        keys.add(relation.object)
    return sorted(keys)


def remap(extraction: Extraction, keymap: Keymap) -> Extraction:
    """``extraction`` with a :meth:`EntityTable.keymap` applied: merged keys, outvoted
    years dropped. The entities keep their own labels (only their keys change): what a
    document's own graph needs; :meth:`EntityTable.apply` gives the merged entities."""
    keys, dropped = keymap["keys"], {(s, o) for s, o in keymap["dropped"]}
    # Most keys stay as they are: those records are kept as they are (frozen, so shared),
    # and only the renamed ones made again (``replace`` runs a dataclass's whole __init__).
    entities = {
        keys[e.key]: e if keys[e.key] == e.key else replace(e, key=keys[e.key])
        for e in extraction.entities
    }
    relations = (
        r
        if keys[r.subject] == r.subject and keys[r.object] == r.object
        else replace(r, subject=keys[r.subject], object=keys[r.object])
        for r in extraction.relations
        if r.predicate != "inYear" or (r.subject, r.object) not in dropped
    )
    mentions = tuple(
        m if keys[m.entity] == m.entity else replace(m, entity=keys[m.entity])
        for m in extraction.mentions
    )
    return replace(
        extraction,
        entities=tuple(entities[k] for k in sorted(entities)),
        mentions=mentions,
        relations=tuple(_dedupe(relations)),
    )


def _is_short(label: str) -> bool:
    return label.isupper() or (" " not in label and len(label) <= 6)


def _dedupe(relations: Iterable[Relation]) -> list[Relation]:
    seen: dict[tuple[str, str, str], Relation] = {}
    for relation in relations:
        triple = (relation.subject, relation.predicate, relation.object)
        if triple not in seen or (seen[triple].inferred and not relation.inferred):
            seen[triple] = relation
    return list(seen.values())


#: Nouns of a run a pair of events counts together: "both in their 12th year".
_PAIR_RUN_NOUNS = {"year", "edition", "run", "outing", "session"}


def _count_of_a_pair(
    span: Span, events_by_start: Mapping[int, Span], events_by_end: Mapping[int, Span]
) -> int | None:
    """ "The China-ASEAN Expo and the China-ASEAN Business and Investment Summit, both in
    their 12th year, open in Nanning": a count apposed to two event names joined by "and"
    ("both in their Nth year", "now in their Nth edition", "in their Nth run") numbers an
    edition of each; "their" owning the count is what makes it the pair's. For the first
    name, read past the second; for the second, only where an event name and "and" come
    right before it."""
    doc = span.doc
    end = span.end
    after = end + 1 if end + 1 < len(doc) and doc[end + 1].lower_ == "the" else end
    if end < len(doc) and doc[end].lower_ in ("and", "&") and after + 1 in events_by_start:
        end = events_by_start[after + 1].end  # the first of the pair
    else:
        before = span.start - 1
        if before >= 0 and doc[before].lower_ == "the":
            before -= 1
        if before < 1 or doc[before].lower_ not in ("and", "&") or before not in events_by_end:
            return None  # no pair before the second
    if end + 5 > len(doc) or doc[end].text != ",":
        return None
    count = end + 1  # "both in their", "now in their" or "in their": "their" is the pair's
    if doc[count].lower_ == "both" or doc[count].pos_ == "ADV":
        count += 1
    if count + 4 > len(doc) or doc[count].lower_ != "in" or doc[count + 1].lower_ != "their":
        return None
    if doc[count + 3].lower_ not in _PAIR_RUN_NOUNS:
        return None
    return ordinal_value(doc[count + 2].text)
