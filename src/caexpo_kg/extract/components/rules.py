"""The rule data our components read: head nouns, the gazetteer, demonyms, the words
around names that are no names (honorifics, common terms, page labels), ordinals.

Rules are data (``data/rules/*.json[l]``), loaded once per rules folder. The
``RULES_VERSION`` string is a hash of their bytes, recorded in the provenance of
every build so that a changed rule set can be told apart from an unchanged one.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ...errors import InputError
from ...resources import resource_dir

__all__ = [
    "ORDINAL_WORDS",
    "GazetteerEntry",
    "Rules",
    "load_rules",
    "ordinal_digits",
    "ordinal_value",
    "ordinal_word",
    "rule_files",
]

ORDINAL_WORDS: dict[str, int] = {
    word: number
    for number, word in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        start=1,
    )
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
for _tens_word, _tens in _TENS.items():
    ORDINAL_WORDS[_tens_word[:-1] + "ieth"] = _tens
    for _unit_word, _unit in list(ORDINAL_WORDS.items())[:9]:
        ORDINAL_WORDS[f"{_tens_word}-{_unit_word}"] = _tens + _unit


@lru_cache(maxsize=1 << 16)  # asked of every token, several times over, by the entity passes
def ordinal_value(text: str) -> int | None:
    """The number an ordinal token spells: ``12th`` → 12, ``Third`` → 3, ``twenty-first`` → 21."""
    lowered = text.lower()
    if lowered in ORDINAL_WORDS:
        return ORDINAL_WORDS[lowered]
    if len(lowered) > 2 and lowered[:-2].isdigit() and lowered[-2:] in ("st", "nd", "rd", "th"):
        number = int(lowered[:-2])
        return number if 0 < number < 1000 else None
    return None


_WORD_OF_ORDINAL: dict[int, str] = {number: word for word, number in ORDINAL_WORDS.items()}


def ordinal_digits(number: int) -> str:
    """An ordinal in digits, the form an edition's label takes.

    Examples
    --------
    >>> [ordinal_digits(n) for n in (2, 12, 21, 111)]
    ['2nd', '12th', '21st', '111th']
    """
    if 10 <= number % 100 <= 20:
        return f"{number}th"  # "11th", "12th", "13th": never "11st"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def ordinal_word(number: int) -> str | None:
    """An ordinal in words, as reporters print the low ones; None past the words we read
    (``135th`` is never spelt out).

    Examples
    --------
    >>> ordinal_word(2), ordinal_word(21), ordinal_word(135)
    ('second', 'twenty-first', None)
    """
    return _WORD_OF_ORDINAL.get(number)


@dataclass(frozen=True)
class GazetteerEntry:
    """A stable name the rules know beforehand (ASEAN and its members, provinces...)."""

    label: str
    core_class: str
    aliases: tuple[str, ...] = ()
    finer_class: str | None = None
    member_of: str | None = None
    located_in: str | None = None
    capital: str | None = None
    """The capital city ("the Guangxi capital" is Nanning)."""


@dataclass(frozen=True)
class Rules:
    """Everything the entity and relation rules read from ``data/rules``."""

    heads: dict[str, str]
    """Lower-cased head noun → core class."""
    gazetteer: tuple[GazetteerEntry, ...]
    demonyms: dict[str, str]
    version: str
    descriptors: dict[str, str] = field(default_factory=dict)
    """Lower-cased noun written before a name ("tech giant Huawei") → core class."""
    by_name: dict[str, GazetteerEntry] = field(default_factory=dict)
    """Casefolded label or alias → entry."""
    folder: str = ""
    """The folder they were read from."""
    honorifics: tuple[str, ...] = ()
    """Lower-case forms of address printed before a person's name ("datuk seri", "h.e.")."""
    common_terms: frozenset[str] = frozenset()
    """Casefolded common nouns capitalised like names ("ai", "smes", "covid-19")."""
    non_entity_heads: frozenset[str] = frozenset()
    """Lower-case head nouns of names that are no entity ("award", "country")."""
    place_verbs: frozenset[str] = frozenset()
    """Lemmas of what a place does as a subject ("host", "draw"): no sign of a firm."""
    page_labels: tuple[str, ...] = ()
    """Lower-case labels of page furniture lines ("editor", "source", "updated")."""
    kickers: tuple[str, ...] = ()
    """Lower-case genre words a headline opens with ("interview", "analysis")."""
    event_year_before: frozenset[str] = frozenset()
    """Words before "NAME YEAR" that use it as an event ("at IFA 2019")."""
    event_year_after: frozenset[str] = frozenset()
    """Verb lemmas after "NAME YEAR" that use it as an event ("CeBIT 2012 runs")."""
    event_year_led_before: frozenset[str] = frozenset()
    """More words before "the YEAR NAME" that use it as an event ("for the 2023 X Mart")."""
    bodies_per_country: dict[str, str] = field(default_factory=dict)
    """Plural nouns of bodies each country has, to their singular ("ministries": "Ministry")."""
    launch_verbs: frozenset[tuple[str, str]] = frozenset()
    """(lemma, particle or "") of verbs whose lower-case object may be a new initiative."""
    launched_heads: frozenset[str] = frozenset()
    """Heads that are an initiative only as such an object ("a regional data hub")."""
    launch_nouns: frozenset[str] = frozenset()
    """Nouns of a launch whose "of" names what is launched ("the establishment of ...")."""
    signing_verbs: frozenset[str] = frozenset()
    """Lemmas of verbs that sign or adopt an agreement ("signed an agreement on ...")."""
    signed_heads: frozenset[str] = frozenset()
    """Heads of a lower-case agreement such a verb makes an initiative of."""
    signed_prepositions: frozenset[str] = frozenset()
    """The prepositions that say what such an agreement is about ("on trade in goods")."""
    product_ranges: frozenset[str] = frozenset()
    """Nouns in apposition before "of" that make a name a range of goods ("a range of")."""
    opening_heads: dict[str, str] = field(default_factory=dict)
    """Lower-cased head nouns a name opens with in its own language ("Universitas") → class."""
    qualified_event_heads: dict[str, frozenset[str]] = field(default_factory=dict)
    """Heads an event's only after one of these words ("Travel Mart"; "Lotte Mart" a firm)."""
    body_units: frozenset[str] = frozenset()
    """Head nouns of a body's unit that may be named "of" its parent ("Institute")."""
    body_parents: frozenset[tuple[str, str]] = frozenset()
    """(class, head noun) of bodies such units belong to ("university")."""
    public_body_heads: frozenset[str] = frozenset()
    """Head words of public bodies ("ministry"): no evidence that a name beside one is a firm."""
    place_kinds: frozenset[str] = frozenset()
    """Plural nouns of settlements ("cities", "posts") whose examples or "of" list places."""
    division_plurals: frozenset[str] = frozenset()
    """Plural nouns of divisions ("provinces") that names listed before are places of."""
    street_prepositions: frozenset[str] = frozenset()
    """Prepositions of place that make a "... Road", with no article, a street ("along")."""
    glued_organising_participles: frozenset[str] = frozenset()
    """Participles that, glued by a hyphen, make a name an organiser ("Matrade-organised")."""
    opening_roles: frozenset[str] = frozenset()
    """Role nouns opening a sentence before a name, no part of it ("Host X College said")."""
    meeting_party_roles: frozenset[str] = frozenset()
    """Plural roles closing a meeting's two parties ("Meeting of ASEAN and China Heads")."""
    successor_nouns: frozenset[str] = frozenset()
    """Nouns of a new version ("an upgraded version of X") after a versioned name."""
    successor_prepositions: frozenset[str] = frozenset()
    """Prepositions after those nouns that name the earlier initiative ("of", "to")."""
    stand_nouns: frozenset[str] = frozenset()
    """Nouns of an exhibitor's space ("booth") that a code makes no entity ("Booth 5-A18")."""
    country_modifiers: frozenset[str] = frozenset()
    """Words before a country's name that describe the country ("Peninsular Malaysia",
    "Neighbouring Laos"), not open a firm named with it ("Telkom Indonesia")."""
    country_person_names: frozenset[str] = frozenset()
    """Countries' names that are also people's names ("Jordan"): no firm in a person's span."""
    stand_keeping_verbs: frozenset[str] = frozenset()
    """Verbs of taking a stand for oneself ("took two booths"): what does is an exhibitor."""
    operated_places: frozenset[str] = frozenset()
    """Place heads of sites a body of the same name runs ("port"): a party to a deal is it."""
    origin_produce: frozenset[str] = frozenset()
    """Produce sold under where it grows ("pepper"): the name before it names no entity."""
    closing_event_heads: frozenset[str] = frozenset()
    """Event heads that, after another and "and", close one event's name ("... Forum and
    Exhibition")."""
    occasion_nouns: frozenset[str] = frozenset()
    """Lower-case event nouns a described side event may end in besides the forum's
    ("webinar", "round-table")."""
    occasion_participles: frozenset[str] = frozenset()
    """Participles after a lower-case description that make it an occasion ("held")."""
    occasion_verbs: frozenset[str] = frozenset()
    """Lemmas whose object a lower-case description of an event is one ("hold")."""
    scene_words: frozenset[str] = frozenset()
    """Words that set a verb of holding at a named event ("during", "sidelines"): its
    lower-case object is a side event of that event."""
    listed_occasion_nouns: frozenset[str] = frozenset()
    """Lower-case nouns that end a described side event only listed among others
    ("a seminar on ... and a signing ceremony for ..."), never alone ("an opening
    ceremony")."""
    non_occasion_kinds: frozenset[str] = frozenset()
    """Words before an event noun that make it a routine of the day ("press")."""
    topic_prepositions: frozenset[str] = frozenset()
    """Prepositions of a second phrase of a described event's topic ("for the ... market")."""
    listing_verbs: frozenset[str] = frozenset()
    """Lemmas whose objects, listed after a named event, are its programme ("included")."""
    time_span_prepositions: frozenset[str] = frozenset()
    """Prepositions that set a clause in a stretch of time ("in the first week"), where a
    series' head that is also a unit of time counts no edition."""
    compound_heads: tuple[tuple[tuple[str, ...], str], ...] = ()
    """(last words of a name, class) that decide its class over its head noun's
    ("development zone" a Place, "joint laboratory" an Initiative)."""
    autonomy_words: frozenset[str] = frozenset()
    """Words before a place's head that close a name listing two peoples joined by "and"
    ("the Dehong Dai and Jingpo Autonomous Prefecture": one place, not two names)."""
    treaty_heads: frozenset[str] = frozenset()
    """Event head nouns that name a treaty, an initiative, where a preposition of
    ``treaty_prepositions`` follows ("the Convention on Biological Diversity")."""
    treaty_prepositions: frozenset[str] = frozenset()
    """Prepositions after a treaty's head that open its subject ("on", "against")."""
    firm_plurals: frozenset[str] = frozenset()
    """Plurals of event heads that end an organiser's name ("Golden Myanmar Exhibitions",
    "Experia Events"): a body, not an event."""
    name_abbreviations: frozenset[str] = frozenset()
    """Short parts of people's names written with a full stop ("Sta." for Santa): the stop
    ends no sentence, whatever verb comes before it."""
    name_openers: dict[str, frozenset[str]] = field(default_factory=dict)
    """A word that opens a person's name (Balinese "I", "Ni") -> the name words that may
    follow it ("Gusti", "Made"): "I" there is no pronoun but part of the name."""


def _read_json(path: Path) -> dict:
    with path.open(encoding="utf-8") as handle:
        return {k: v for k, v in json.load(handle).items() if not k.startswith("_")}


@lru_cache(maxsize=8)
def load_rules(rules_dir: str | None = None) -> Rules:
    """Load (once) the rule data of ``rules_dir``, by default the shipped ``data/rules``."""
    folder = Path(rules_dir) if rules_dir else resource_dir("rules")
    if not (folder / "gazetteer.jsonl").is_file():
        raise InputError(f"not a rules folder (no gazetteer.jsonl): {folder}")
    digest = hashlib.sha256()
    for path in rule_files(folder):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    heads: dict[str, str] = {}
    for core_class, words in _read_json(folder / "heads.json").items():
        for word in words:
            heads.setdefault(word.lower(), core_class)
    entries = []
    with (folder / "gazetteer.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                entries.append(
                    GazetteerEntry(
                        label=record["label"],
                        core_class=record["type"],
                        aliases=tuple(record.get("aliases", ())),
                        finer_class=record.get("finer"),
                        member_of=record.get("member_of"),
                        located_in=record.get("located_in"),
                        capital=record.get("capital"),
                    )
                )
    by_name: dict[str, GazetteerEntry] = {}
    for entry in entries:
        for name in (entry.label, *entry.aliases):
            by_name.setdefault(name.casefold(), entry)
    descriptors: dict[str, str] = {}
    for core_class, words in _read_json(folder / "descriptors.json").items():
        for word in words:
            descriptors.setdefault(word.lower(), core_class)
    names = _read_json(folder / "names.json")
    return Rules(
        honorifics=tuple(word.lower() for word in names["honorifics"]),
        common_terms=frozenset(word.casefold() for word in names["common_terms"]),
        non_entity_heads=frozenset(word.lower() for word in names["non_entity_heads"]),
        place_verbs=frozenset(word.lower() for word in names.get("place_verbs", ())),
        page_labels=tuple(word.lower() for word in names["page_labels"]),
        kickers=tuple(word.lower() for word in names.get("kickers", ())),
        event_year_before=frozenset(names.get("event_year_cues", {}).get("before", ())),
        event_year_after=frozenset(names.get("event_year_cues", {}).get("after", ())),
        event_year_led_before=frozenset(
            names.get("event_year_cues", {}).get("year_led_before", ())
        ),
        bodies_per_country={
            plural.lower(): singular
            for plural, singular in names.get("bodies_per_country", {}).items()
            if not plural.startswith("_")
        },
        launch_verbs=frozenset(
            (verb.split()[0], " ".join(verb.split()[1:]))
            for verb in names.get("launched_initiatives", {}).get("verbs", ())
        ),
        launched_heads=frozenset(names.get("launched_initiatives", {}).get("heads", ())),
        launch_nouns=frozenset(names.get("launched_initiatives", {}).get("nouns", ())),
        signing_verbs=frozenset(names.get("signed_initiatives", {}).get("verbs", ())),
        signed_heads=frozenset(names.get("signed_initiatives", {}).get("heads", ())),
        signed_prepositions=frozenset(names.get("signed_initiatives", {}).get("prepositions", ())),
        product_ranges=frozenset(names.get("product_ranges", {}).get("nouns", ())),
        body_units=frozenset(names.get("bodies_of_bodies", {}).get("units", ())),
        body_parents=frozenset(
            ("Organisation", word) for word in names.get("bodies_of_bodies", {}).get("parents", ())
        ),
        public_body_heads=frozenset(names.get("public_bodies", {}).get("heads", ())),
        place_kinds=frozenset(names.get("place_kinds", {}).get("nouns", ())),
        division_plurals=frozenset(names.get("place_kinds", {}).get("divisions", ())),
        street_prepositions=frozenset(names.get("streets", {}).get("prepositions", ())),
        glued_organising_participles=frozenset(
            names.get("glued_organisers", {}).get("participles", ())
        ),
        opening_roles=frozenset(names.get("opening_roles", {}).get("nouns", ())),
        meeting_party_roles=frozenset(names.get("meeting_parties", {}).get("roles", ())),
        stand_nouns=frozenset(names.get("stand_nouns", {}).get("nouns", ())),
        successor_nouns=frozenset(names.get("successor_versions", {}).get("nouns", ())),
        successor_prepositions=frozenset(
            names.get("successor_versions", {}).get("prepositions", ())
        ),
        stand_keeping_verbs=frozenset(names.get("stand_nouns", {}).get("keeping_verbs", ())),
        country_person_names=frozenset(
            word.lower() for word in names.get("country_named_firms", {}).get("person_names", ())
        ),
        country_modifiers=frozenset(
            word.lower() for word in names.get("country_named_firms", {}).get("modifiers", ())
        ),
        operated_places=frozenset(names.get("operated_places", {}).get("heads", ())),
        origin_produce=frozenset(names.get("origin_produce", {}).get("nouns", ())),
        closing_event_heads=frozenset(names.get("closing_event_heads", {}).get("heads", ())),
        occasion_nouns=frozenset(names.get("described_occasions", {}).get("nouns", ())),
        occasion_participles=frozenset(names.get("described_occasions", {}).get("participles", ())),
        occasion_verbs=frozenset(names.get("described_occasions", {}).get("verbs", ())),
        listed_occasion_nouns=frozenset(
            names.get("described_occasions", {}).get("listed_nouns", ())
        ),
        non_occasion_kinds=frozenset(names.get("described_occasions", {}).get("not_kinds", ())),
        scene_words=frozenset(names.get("described_occasions", {}).get("scene_words", ())),
        topic_prepositions=frozenset(
            names.get("described_occasions", {}).get("topic_prepositions", ())
        ),
        listing_verbs=frozenset(names.get("described_occasions", {}).get("listing_verbs", ())),
        time_span_prepositions=frozenset(
            names.get("counted_series", {}).get("time_span_prepositions", ())
        ),
        compound_heads=tuple(
            (tuple(words.casefold().split()), core_class)
            for core_class, endings in names.get("compound_heads", {}).items()
            for words in endings
        ),
        autonomy_words=frozenset(names.get("shared_place_heads", {}).get("words", ())),
        treaty_heads=frozenset(names.get("treaty_heads", {}).get("heads", ())),
        treaty_prepositions=frozenset(names.get("treaty_heads", {}).get("prepositions", ())),
        firm_plurals=frozenset(names.get("firm_plurals", {}).get("nouns", ())),
        name_abbreviations=frozenset(
            word.casefold() for word in names.get("name_abbreviations", {}).get("words", ())
        ),
        name_openers={
            opener: frozenset(word.casefold() for word in after)
            for opener, after in names.get("name_openers", {}).get("openers", {}).items()
        },
        qualified_event_heads={
            head: frozenset(before)
            for head, before in names.get("qualified_event_heads", {}).get("heads", {}).items()
        },
        opening_heads={
            word.lower(): core_class
            for core_class, words in names.get("opening_heads", {}).items()
            if not core_class.startswith("_")
            for word in words
        },
        descriptors=descriptors,
        heads=heads,
        gazetteer=tuple(entries),
        demonyms=_read_json(folder / "demonyms.json"),
        version=digest.hexdigest()[:12],
        by_name=by_name,
        folder=str(folder),
    )


def rule_files(folder: Path) -> list[Path]:
    """The files of a rules folder: what its version hashes and a saved pipeline copies."""
    return sorted(folder.glob("*.json*"))
