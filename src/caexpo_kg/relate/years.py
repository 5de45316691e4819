"""Years, all in one place: an event's year from the dates around it, and editions'
years from each other.

Stated years ("held in 2015", "this year's expo", "since its inception in 2004",
"This year marks the ...") come from the text, read by the rules registered here;
a dateless date ("opened on Tuesday", "in October") is read against the
publication date. An edition's year computed from another edition of the same
annual series (12th in 2015, so the 15th in 2018) is *inferred*
(:func:`infer_edition_years`): marked so, kept in its own named graph, and switched
off with ``infer=False`` (``--no-infer``). (Years as mentions, "last year" → 2019,
are resolved in :mod:`caexpo_kg.resolve.entities`.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from spacy.tokens import Span, Token

from ..extract.arrays import doc_arrays
from ..extract.components.entities import (
    EXPO_FAMILY,
    apposed_ordinal,
    its_later_run,
    own_run_ordinal,
    year_run_ordinal,
)
from ..model import Relation
from ..resolve.entities import ResolvedDocument, names_next_year, year_named_before
from .index import SUBJECT_DEPS, DocumentIndex, Findings, children, lemma
from .registry import rule

__all__ = ["began", "counted_from_the_story", "infer_edition_years", "names_a_number", "recurring"]


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_RELATIVE_UNITS = {"day", "days", "week", "weeks", "yesterday", "today", "tomorrow", "eve"}
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
#: A part of the day the report was written on: "opened this morning", "tonight".
_DAY_PARTS = {"this", "last", "early", "earlier", "late", "later", "morning", "afternoon",
              "evening", "night", "tonight", "noon", "midday"}  # fmt: skip
_GENERIC = {"every", "annually", "annual", "each", "years", "decade", "decades", "past", "recent"}
#: A length of time "later" or "earlier" than the date the story last gave ("opened in
#: Nanning four days later"): no date of the report's own.
_STORY_RELATIVE = {"later", "earlier", "after", "afterwards", "before"}


#: How many months ahead of the publication a month on an event's own phrase is still the
#: coming one in a report ("drew up the agenda for the summit in October", in July).
_NEAR_MONTHS = 4


def _named_for_another_year(ix: DocumentIndex, key: str, year_key: str) -> bool:
    """Is the edition "next year's X" was made into named after the year of the edition
    in scope ("2023 China-ASEAN Film Culture Week" after "the 2022 ... Week"), and is the
    year "next year" counts from the publication another ("Closing the 2022 week", in a
    story of January 2023)? Then the name's year dates it, not the publication's next."""
    entities = ix.resolved.entities
    if key not in entities or year_key not in entities:
        return False
    first = entities[key].label.split(" ", 1)[0]
    return first.isdigit() and len(first) == 4 and first != entities[year_key].label


def _date_year(
    span: Span, published: date | None, *, future: bool = False, nearest: bool = False
) -> int | None:
    """The year a dateless DATE entity ("on Tuesday", "in October") falls in, if any.

    A month after the publication month is last year's in a report of what happened
    ("opened in October", published in March), this year's in a preview of what will
    ("will be held from September 16 to 19", published in August); a month before it
    is this year's in a report and next year's in a preview. "This month" is the
    publication's; "last month" written in January is last year's. With ``nearest``
    (a month on an event's own phrase, no verb of its own to say past or future), a
    month a few months ahead is this year's: "the summit in October", written in July,
    is the coming one; a past October would be "last October".
    """
    if published is None:
        return None
    words = [t.lower_.rstrip(".") for t in span]
    if any(w in _GENERIC for w in words) or any(_YEAR_TOKEN.match(w) for w in words):
        return None
    if _story_relative(words):
        return None  # "four days later": counted from the story's last date, not the report's
    if any(w in _WEEKDAYS or w in _RELATIVE_UNITS for w in words):
        return published.year
    if words and set(words) <= _DAY_PARTS:
        return published.year  # "this morning", "tonight", "earlier this evening"
    if "month" in words:  # "earlier this month", "last month", "next month"
        if "this" in words:
            return published.year
        if "last" in words or "previous" in words:
            return published.year - (published.month == 1)
        if "next" in words or "coming" in words:
            return published.year + (published.month == 12)
    for word in words:
        month = _month_number(word)
        if month is not None:
            if future:
                return published.year if month >= published.month else published.year + 1
            if nearest and 0 < month - published.month <= _NEAR_MONTHS:
                return published.year
            return published.year if month <= published.month else published.year - 1
    return None


def _story_relative(words: list[str]) -> bool:
    """Is the date a count of days, weeks or years "later"/"earlier" than the story's last
    date ("four days later", "two weeks earlier"), not one of the report's own days ("a
    day earlier" is the report's news day's neighbour)?"""
    if len(words) < 2 or words[-1] not in _STORY_RELATIVE:
        return False
    count = _COUNT_WORDS.get(words[0]) or (int(words[0]) if words[0].isdigit() else 0)
    # "a day earlier" is as a rule the day before the report's news, a step that keeps its year
    return count > 1 or (count == 1 and words[1] not in ("day", "days"))


def counted_from_the_story(sentence: Span) -> bool:
    """Does the sentence date something by a count "later"/"earlier" than the story's last
    date ("opened in Nanning four days later")? Its undated editions are the story's."""
    return any(
        ent.label_ == "DATE" and _story_relative([t.lower_ for t in ent]) for ent in sentence.ents
    )


#: Prepositions of a year put at a sentence's head that moves the story to that year ("In
#: 2022 the forum was listed ...", "By 2022 the expo itself was carrying ...").
_STORY_YEAR_PREPS = {"in", "by"}
#: How many sentences back a paragraph's fronted year still sets the story's time.
_STORY_YEAR_REACH = 2


def story_year(ix: DocumentIndex, sentence: Span) -> str | None:
    """The year the paragraph has moved its story to, for a date or an edition told
    without a year of its own: "In 2010, the Bank of China set up a centre. That October,
    at the second forum, ..." (October 2010), "By 2022 the expo was carrying the green
    message. The 19th CAEXPO hosted ..." (the 19th in 2022). Only a year fronted by
    "in"/"by" at the head of this sentence or of one of the two before it in the same
    paragraph, with no other year said in between; the report's own year otherwise."""
    position = ix.sentence_position(sentence.root)
    for back in range(position, max(position - _STORY_YEAR_REACH - 1, -1), -1):
        current = ix.sentences[back]
        fronted = _fronted_year(ix, current)
        if fronted is not None:
            return fronted
        if back != position and any(ix.core(k) == "Year" for _, k in ix.mentions_in(current)):
            return None  # a year said later in a sentence: not the story's time for sure
        if ix.opens_paragraph(current):
            return None
    return None


def _fronted_year(ix: DocumentIndex, sentence: Span) -> str | None:
    """The year of "In 2022", "By 2022" or "In October 2010" opening ``sentence``."""
    tokens = ix.tokens
    start = sentence.start
    if start + 1 >= sentence.end or tokens[start].lower_ not in _STORY_YEAR_PREPS:
        return None
    for at in (start + 1, start + 2):
        if at < sentence.end and _YEAR_TOKEN.match(tokens[at].text):
            if at == start + 2 and not _a_month(tokens[start + 1]):
                return None
            key = next((k for span, k in ix.mentions_in(sentence) if span.start == at), None)
            return key if key is not None and ix.core(key) == "Year" else None
    return None


_YEAR_TOKEN = re.compile(r"^(1[89]|20)\d\d$")
#: Words that make a clause a preview of what is to come.
_FUTURE_WORDS = {"will", "would", "shall", "'ll", "upcoming", "forthcoming", "scheduled",
                 "slated", "due", "set", "planned", "expected", "next"}  # fmt: skip


def _future(verb: Token) -> bool:
    """Is the clause about what is to come ("will open", "is scheduled to be held", "was to
    be held", and the present of a timetable: "opens in Nanning on September 3", or of
    what is under way: "is being held until May 5")?"""
    if verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in verb.children
    ):
        return True
    if any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children) and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    ):
        return True
    chain = [verb, *list(verb.ancestors)[:2]]
    if verb.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True  # a headline's "RCEP to enter into force on Jan. 1"
    if (
        verb.dep_ == "xcomp"
        and verb.head.lemma_ == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return True  # "the expo was to be held from September 18 to 21"
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
        verb.dep_ in ("acl", "relcl") or any(c.dep_ == "auxpass" for c in verb.children)
    ):
        return True  # "the 30th fair, to be held in April,"
    for token in chain:
        if any(c.lower_ in _FUTURE_WORDS for c in token.children if c.dep_ in ("aux", "auxpass")):
            return True
        if token.pos_ in ("NOUN", "PROPN"):
            continue  # "the Five-Year Plan of Action, which was adopted in January": a name
        if token.lower_ in _FUTURE_WORDS or token.lemma_.lower() in ("schedule", "slate", "plan"):
            return True
    return False


@rule(
    "year-modifier",
    makes=("inYear",),
    example="Visitors crowded the 2015 China-ASEAN Expo.",
    expect=("2015 China-ASEAN Expo", "inYear", "2015"),
    counter="Visitors crowded the China-ASEAN Expo.",
)
def year_modifiers(ix: DocumentIndex, found: Findings) -> None:
    """ "this year's expo", "the 2015 forum": a year on the event's own noun."""
    years_at = _years_at(ix)
    series_keys = set(ix.resolved.editions.values())
    ends = {span.end: span for span, _ in ix.mention_spans}  # where each mention ends
    for span, key in ix.mention_spans:
        if ix.core(key) not in ("Event", "Initiative"):
            continue
        if key in series_keys:
            continue  # "this year's China-ASEAN Expo" dates this year's edition, not the series
        if span[-1].lower_ in EDITION_NOUNS and key not in ix.resolved.editions:
            continue  # "the 2019 edition of the Canton Fair": a year of one edition, not the fair's
        if span._.caexpo_rule.startswith("edition-shared-year"):
            # "the 2024 China-ASEAN Expo and China-ASEAN Business and Investment Summit":
            # the year that begins the first name (before "and") dates the second too
            first = ends.get(span.start - 1)
            if first is not None and first.start in years_at:
                found.add(key, "inYear", years_at[first.start], "year-modifier", span.root)
            continue
        if (
            key in ix.resolved.editions
            and span.start - 1 in years_at
            and year_named_before(span) is not None
        ):
            # "The 2019 edition showed ...": the edition the resolver made of its year
            found.add(key, "inYear", years_at[span.start - 1], "year-modifier", span.root)
            continue
        if key in ix.resolved.editions and not (names_a_number(span) or names_next_year(span)):
            # "last year's edition", "this year's expo": a description the resolver joined
            # to an edition; its year dates the description, not surely that edition
            # ("next year's expo" is the edition made from it: its year is that edition's)
            continue
        token = ix.head_mention_token(span)
        for child in token.children:
            if child.i in years_at and child.dep_ in _YEAR_MODIFIER_DEPS:
                if names_next_year(span) and _named_for_another_year(ix, key, years_at[child.i]):
                    continue  # "Closing the 2022 week, ... next year's week" (said in 2023)
                found.add(key, "inYear", years_at[child.i], "year-modifier", token)
        if span._.caexpo_rule.startswith("edition-year"):
            # "at THAIFEX – Anuga Asia 2023, which opened": the year its name was made
            # with, wherever the parser hangs it
            for i in (span.start, span.end - 1):
                if i in years_at:
                    found.add(key, "inYear", years_at[i], "year-modifier", token)
        elif span._.caexpo_rule.startswith("year-inside"):
            # "the China-Asean 2023 International Environmental Protection Exhibition": the
            # year printed inside the event's name
            for i in range(span.start + 1, span.end - 1):
                if i in years_at:
                    found.add(key, "inYear", years_at[i], "year-modifier", token)


_YEAR_MODIFIER_DEPS = ("poss", "compound", "nummod", "npadvmod")
#: Nouns for one occasion of a series: "the 2019 edition of X" dates an edition, not X,
#: and an ordinal on one numbers an edition of what it is "of" ("the 125th session of
#: the fair").
EDITION_NOUNS = frozenset({"edition", "session", "installment", "instalment"})


@rule(
    "event-noun-year",
    makes=("inYear",),
    example="The leaders reviewed the years since the first GMS Summit in Phnom Penh in 2002.",
    expect=("1st GMS Summit", "inYear", "2002"),
    counter="The leaders reviewed the years since the first GMS Summit in Phnom Penh.",
)
def event_noun_years(ix: DocumentIndex, found: Findings) -> None:
    """ "the first summit in Phnom Penh in 2002", "the 2nd forum in 2006": a year "in" on
    the event's own noun (or on the place "in" it) is when it took place, whatever the
    clause's verb says of it ("the three years since ..."). An unnumbered reference ("the
    expo in 2004") and a series are left alone: their year may be any edition's."""
    years_at = _years_at(ix)
    series_keys = set(ix.resolved.editions.values())
    for span, key in ix.mention_spans:
        if ix.core(key) == "Initiative":
            _initiative_of_a_year(ix, span, key, years_at, found)
            continue
        if ix.core(key) != "Event" or key in series_keys:
            continue
        entity = ix.resolved.entities.get(key)
        if entity is None or entity.finer_class == "EventSeries":
            continue
        if key in ix.resolved.editions and not names_a_number(span):
            continue
        token = ix.head_mention_token(span)
        nouns = [token] + [
            target
            for prep, target in ix.prepositions_of_noun(token)
            if prep == "in" and ix.core(ix.entity(target)) == "Place"
        ]
        for noun in nouns:
            for prep, target in ix.prepositions_of_noun(noun):
                if prep != "in":
                    continue
                if target.i in years_at:
                    found.add(key, "inYear", years_at[target.i], "event-noun-year", token)
                elif _a_month(target):
                    # "the 17th ASEAN-China Summit in Nay Pyi Taw in November 2014": the
                    # year the parser hangs on the month
                    for child in ix.children(target):
                        if child.i in years_at and child.dep_ in ("nummod", "npadvmod"):
                            found.add(key, "inYear", years_at[child.i], "event-noun-year", token)


def _initiative_of_a_year(
    ix: DocumentIndex, span: Span, key: str, years_at: dict[int, str], found: Findings
) -> None:
    """ "the Early Harvest Programme of 2004", "the Nanning Declaration of 2007": a year
    "of" on an initiative's own noun is the year it was made (not a period's end, "the
    plan of 2016 to 2020")."""
    token = ix.head_mention_token(span)
    for prep, target in ix.prepositions_of_noun(token):
        if prep == "of" and target.i in years_at and not _in_a_period(ix, target.i, years_at):
            found.add(key, "inYear", years_at[target.i], "initiative-of-year", token)


def _a_month(token: Token) -> bool:
    """Is the word a month's name ("November", "Nov.", "Sept")?"""
    word = token.lower_.rstrip(".")
    return word[:3] in _MONTHS and (len(word) <= 4 or word in _MONTH_NAMES)


_MONTH_NAMES = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
}  # fmt: skip


def _years_at(ix: DocumentIndex) -> dict[int, str]:
    return ix.token_keys_of("Year")


@rule(
    "clause-year",
    makes=("inYear",),
    triggers=("launch_verbs", "initiative_start_verbs", "marking_verbs", "comparison_words"),
    example="The China-ASEAN Cyberspace Forum was held in Nanning in 2014.",
    expect=("China-ASEAN Cyberspace Forum", "inYear", "2014"),
    counter="Lu Wei, who praised the China-ASEAN Cyberspace Forum, retired in 2014.",
)
def clause_years(ix: DocumentIndex, found: Findings) -> None:
    """``inYear`` of events and initiatives, from the dates of the clauses they are in.

    A year named in the clause ("held in 2015", "initiated since 2014", "scheduled for
    next year") is the year; a dateless date ("opened on Tuesday", "in October") is
    read against the publication date.
    """
    resolved = ix.resolved
    published = ix.published
    years_at = _years_at(ix)
    dates_on = _dates_by_verb(ix)
    clause_of: dict[int, list[tuple[str, str]]] = {}
    series_keys = set(resolved.editions.values())
    named_before = _names_before_participles(ix)
    since_it = _since_it_clauses(ix)
    started: set[tuple[str, int]] = set()  # (initiative, verb) a start was dated by
    for span, key in ix.mention_spans:
        if ix.core(key) not in ("Event", "Initiative"):
            continue
        token = ix.head_mention_token(span)
        initiative = ix.core(key) == "Initiative"
        series = key in series_keys or (
            resolved.entities.get(key) is not None
            and resolved.entities[key].finer_class == "EventSeries"
        )
        generic = key in resolved.editions and not names_a_number(span)
        # "next year's expo ... will be held from October 20": the year on the noun
        # outweighs a dateless date read against the publication
        own_year = any(c.i in years_at and c.dep_ in _YEAR_MODIFIER_DEPS for c in token.children)
        if span._.caexpo_rule == "edition+gapped":
            # "... and the second in Kunming in July 2005": the dates on its own words
            years = [y for y, _name in _clause_years(token, years_at, dates_on, published, ix)]
            years = years or _years_set_off_after(ix, token, years_at)
            for year_key in years:
                found.add(key, "inYear", year_key, "clause-year-gapped", token)
            if years or token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            # "The third was held in Nanning in December 2020": a subject of its own verb,
            # dated by its clause as a named edition is
        if series and _glosses_an_edition(ix, span, key):
            continue  # "the seventh East Asia Summit (EAS) on Tuesday": the edition's date
        own_participles = [
            (ix.tokens[i], "subject")
            for i, named in named_before.items()
            if named == key and (span.end <= i <= span.end + 4 or _after_which(ix, span, i))
        ]
        # "the Lancang-Mekong Cooperation mechanism, which China ... set up in 2016": the
        # clauses of the kind noun an initiative's name stands before are the initiative's
        kind = (
            ix.verbs_of(token.head)
            if initiative
            and token.dep_ in ("compound", "amod", "nmod")
            and token.head.pos_ == "NOUN"
            and token.head.i not in ix.token_key
            else []
        )
        for verb, role in (
            ix.verbs_of(token)
            + _clauses_on_last_word(ix, span, token)
            + own_participles
            + kind
            + since_it.get((span.start, key), [])
        ):
            if role == "for" and verb.ent_type_ == "DATE" and verb.head.dep_ == "prep":
                verb = verb.head.head  # "met ... on 6 and 7 November for": the date's verb
            if role == "for" and lemma(verb) in ix.lex["gathering_verbs"]:
                role = "at"  # "Leaders met in Kunming on 6 and 7 November for the summit"
            sent_to = role == "to" and not initiative and lemma(verb) in ix.lex["delegation_verbs"]
            if sent_to:
                # "will lead 18 firms to the Travel Mart in Kunming this week": the trip's
                # date is the event's
                role = "at"
            if role == "in" and not (initiative or series) and _takes_part(verb):
                # "Later the same day Li took part in the 23rd ASEAN-China Summit"; not "has
                # taken part in Caexpo every year since 2006" (no beginning of the series)
                role = "at"
            if role not in ("subject", "object", "at", "during"):
                continue
            if role == "subject" and named_before.get(verb.i, key) != key:
                continue  # "at the summit, where ... the Declaration ..., signed in 2002"
            if verb.i in ix.token_key:
                continue  # "the second" (in "... and the second in Kunming") is no verb
            if verb.lemma_.lower() in _NAMING_VERBS:
                continue
            if role == "subject" and ix.holds_unnamed_events(verb):
                continue  # "The CAEXPO has held overseas exhibitions since 2015": theirs
            if not initiative and not names_a_number(span) and _again(verb):
                continue  # "planned to hold the summit again next year": another edition's
            habitual = recurring(verb)
            subject, of_series = key, series
            hosted = role == "object" and lemma(verb) in ix.lex["organising_verbs"]
            if generic and (role == "subject" or hosted) and (habitual or began(verb)):
                # "the annual fair, first staged in 2004": "the fair" names this year's
                # edition, but what began in 2004 is the series.
                subject, of_series = resolved.editions[key], True
            elif role == "subject" and _a_later_edition(resolved, key) and began(verb):
                # "the second Pearl River International Trade Forum, a policy event launched
                # last year": no second edition begins; the series did
                subject, of_series = resolved.editions[key], True
            if habitual and not of_series:
                continue  # "will be held every October from next year": not one year
            occasion = (
                sent_to and of_series and subject == key and _the_occasion(ix, key, verb, habitual)
            )
            if of_series and not occasion and not _beginning(verb):
                continue  # a series' year is the year it began ("first staged in 2004")
            # an initiative's year is the year it began: "signed in 2002", "in force since
            # 2010", "This year marks X", not the year of whatever else a clause says it did
            # (asked of initiatives only: _beginning reads the verb's whole subtree)
            starts = initiative and (
                lemma(verb) in ix.lex["launch_verbs"]
                or lemma(verb) in ix.lex["initiative_start_verbs"]
                or lemma(verb) in ix.lex["marking_verbs"]
                or began(verb)
                or _beginning(verb)
            )
            if initiative and (_a_members_step(ix, verb) or _an_anniversary(ix, verb)):
                continue  # "takes effect for Viet Nam in January": a member's start
            if verb.i not in clause_of:  # one walk per verb, however many names it has
                clause_of[verb.i] = _clause_years(verb, years_at, dates_on, published, ix)
            for year_key, rule_name in clause_of[verb.i]:
                if occasion and rule_name != "clause-date":
                    continue  # the occasion is dated by a dateless date only ("opens on Friday")
                if own_year and rule_name == "clause-date":
                    continue
                if initiative and rule_name != "clause-year-since" and not starts:
                    continue  # "The programme generated RM1 billion last year"
                if habitual and rule_name != "clause-year-since":
                    continue  # "every year since 2004": the series began in 2004
                if generic and subject == key and not _the_report_year(ix, year_key, rule_name):
                    continue  # "the expo traces its origin to ... 2003": not this edition's
                if initiative and verb.dep_ == "conj" and (subject, verb.head.i) in started:
                    continue  # "was signed in 2015 and took full effect in 2019": it began once
                rule_name = rule_name.removesuffix("-since")
                found.add(subject, "inYear", year_key, f"{rule_name}-{verb.lemma_.lower()}", verb)
                started.add((subject, verb.i))


def _the_occasion(ix: DocumentIndex, series: str, verb: Token, habitual: bool) -> bool:
    """Does a series' name a delegation is sent to stand for its coming occasion ("plans to
    send 120 firms to the China-ASEAN Expo in September")? So it does in a clause of what
    is to come, not of habit, where the text names no edition of the series but its first
    ("since the first edition in 1993"): no later edition to be it. (Asked only of trips:
    a series as the subject, "the expo will follow next month", is often said of the
    series in the training texts' readings, not of one year.)"""
    if habitual or not _future(verb):
        return False
    return all(
        ix.resolved.entities[edition].edition_number == 1  # not one named by its year
        for edition, of in ix.resolved.editions.items()
        if of == series and edition in ix.resolved.entities
    )


def _years_set_off_after(ix: DocumentIndex, ordinal: Token, years_at: dict[int, str]) -> list[str]:
    """ "The third, by video link in August 2020, was ...": the one year between the commas
    that set off a bare ordinal's own words, however the parser hung them."""
    at = ordinal.i + 1
    if at >= len(ix.tokens) or ix.tokens[at].text != ",":
        return []
    years = []
    for token in ix.tokens[at + 1 :]:
        if token.text == "," or token.is_sent_start:
            break
        if token.i in years_at:
            years.append(years_at[token.i])
    return years if len(years) == 1 else []


#: What an agreement comes "into" when it starts to bind: "entered into force".
_IN_FORCE = {"force", "effect", "operation"}


def _again(verb: Token) -> bool:
    """Does the clause say the event comes back ("hold the summit again next year")?"""
    return any(c.dep_ == "advmod" and c.lower_ == "again" for c in verb.children)


def _a_members_step(ix: DocumentIndex, verb: Token) -> bool:
    """Does the clause tell one party's step into an agreement ("takes effect for Viet Nam
    in January", "will enter into force for the UK", "came into force for China and the
    six older members", "which Malaysia ratified in 2022")? That date is those members'
    start, not the year the agreement began, which the others began earlier or later."""
    word = lemma(verb)
    if word == "ratify":
        # a country ratifies what was signed before; parties ratifying together start it
        by = [o for c in verb.children if c.dep_ == "agent" for o in c.children]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] + by
        parties = ix.keys([t for s in subjects if s.dep_ in ("nsubj", "pobj") for t in ix.group(s)])
        return len(parties) == 1 and ix.core(parties[0]) == "Place"
    if word == "take":
        nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "effect"]
    elif word in ("enter", "come"):
        nouns = [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "into"
            for o in c.children
            if o.dep_ == "pobj" and o.lower_ in _IN_FORCE
        ]
    else:
        return False
    return bool(nouns) and any(
        ix.core(ix.entity(member)) in ("Place", "Organisation")
        for carrier in (verb, *nouns)  # "for Myanmar" hangs on the verb or on "force"
        for c in carrier.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for o in c.children
        if o.dep_ == "pobj"
        for member in ix.group(o)
    )


#: What a clause counts years since a start by: "celebrated its fifth anniversary in 2021".
_ANNIVERSARIES = {"anniversary", "birthday", "jubilee"}


def _an_anniversary(ix: DocumentIndex, verb: Token) -> bool:
    """Is the clause about an anniversary of the initiative ("The mechanism celebrated its
    fifth anniversary in 2021")? Its year counts from the start; it is not the start."""
    return any(lemma(o) in _ANNIVERSARIES for o in ix.objects(verb))


def _a_later_edition(resolved: ResolvedDocument, key: str) -> bool:
    """Is ``key`` an edition numbered after the first ("the second forum")?"""
    entity = resolved.entities.get(key)
    number = entity.edition_number if entity is not None else None
    return key in resolved.editions and number is not None and number > 1


def _takes_part(verb: Token) -> bool:
    """Does the verb say its subject took part ("took part in", "participated in")? The
    date of taking part in an event is the event's."""
    if verb.lemma_.lower() == "participate":
        return True
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children
    )


def _clauses_on_last_word(ix: DocumentIndex, span: Span, head: Token) -> list[tuple[Token, str]]:
    """ "the Demonstration Initiative on Strategic Connectivity, which the two governments
    started in 2015": a relative clause or a participle right after a name the parser
    hangs on the name's last word, not on its head; it is said of the name all the same,
    unless that word is another name's inside it, or the name is a lower-case word's
    about another ("version 2.0 of the China-ASEAN Free Trade Area, which first took
    effect in 2010": the free trade area's clause, not the version's)."""
    last = ix.tokens[span.end - 1]
    if last.i == head.i or head.is_lower or ix.token_key.get(last.i) != ix.token_key.get(head.i):
        return []
    return [
        (child, "subject")
        for child in ix.children(last)
        if child.dep_ in ("acl", "relcl") and child.pos_ in ("VERB", "AUX") and child.i >= span.end
    ]


def _since_it_clauses(ix: DocumentIndex) -> dict[tuple[int, str], list[tuple[Token, str]]]:
    """ "the GMS Economic Cooperation Program since the six countries launched it in 1992",
    "the initiative has grown since it was launched in 2013": "it" in a clause of "since"
    that starts something is the initiative named last before "since" in the sentence.
    (mention start, key) -> [(verb, role)]."""
    found: dict[tuple[int, str], list[tuple[Token, str]]] = {}
    # each verb's first "since" marking its clause, from the doc's few "since"s (walking
    # every verb's children for one made Token objects of the whole parse)
    marks: dict[int, Token] = {}
    for i, word in enumerate(doc_arrays(ix.doc).lowers):
        if word == "since" and ix.tokens[i].dep_ == "mark":
            marks.setdefault(ix.tokens[i].head.i, ix.tokens[i])
    if not marks:
        return found
    for verb in ix.verbs:
        since = marks.get(verb.i)
        if since is None:
            continue
        pronoun = next(
            (c for c in verb.children if c.lower_ == "it" and c.dep_ in ("dobj", "nsubjpass")),
            None,
        )
        if since is None or pronoun is None:
            continue
        if lemma(verb) not in ix.lex["launch_verbs"] and not began(verb):
            continue
        sentence = ix.sentence(verb)
        named = [
            (span.start, key)
            for span, key in ix.mentions_in(sentence)
            if span.end <= since.i and ix.core(key) == "Initiative"
        ]
        if named:
            role = "object" if pronoun.dep_ == "dobj" else "subject"
            found.setdefault(named[-1], []).append((verb, role))
    return found


def _glosses_an_edition(ix: DocumentIndex, span: Span, series: str) -> bool:
    """Is the series' mention a bracketed short form right after a name of one of its
    editions ("the seventh East Asia Summit (EAS)")? It repeats that edition's name."""
    if span.start < 2 or ix.tokens[span.start - 1].text != "(":
        return False
    before = ix.token_key.get(span.start - 2)
    return before is not None and ix.resolved.editions.get(before) == series


def _names_before_participles(ix: DocumentIndex) -> dict[int, str]:
    """ "the Declaration on the Conduct of Parties in the South China Sea, signed in Phnom
    Penh in 2002": a participle after a comma is said of the event's or initiative's name
    just before the comma, though the parser hangs it on a noun further back. Participle
    position -> that name's key (the longest name ending there)."""
    ending: dict[int, tuple[int, str]] = {}
    for span, key in ix.mention_spans:
        longer = span.end not in ending or ending[span.end][0] < len(span)
        if ix.core(key) in ("Event", "Initiative") and longer:
            ending[span.end] = (len(span), key)
    found = {}
    for end, (length, key) in ending.items():
        comma = end
        if (
            end + 3 < len(ix.tokens)
            and ix.tokens[end].text == "("
            and ix.tokens[end + 2].text == ")"
        ):
            comma = end + 3  # "the 21st China-ASEAN Expo (CAEXPO), set for Sept. 24 to 28"
        if comma + 1 < len(ix.tokens) and ix.tokens[comma].text == ",":
            verb = ix.tokens[comma + 1]
            if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < end - length:
                found[verb.i] = key
            elif (
                verb.dep_ == "advcl"
                and verb.tag_ == "VBN"
                and lemma(verb) in ix.lex["held_verbs"]
                and not ix.has_subject(verb)
            ):
                found[verb.i] = key  # the parser hung it on the main verb
            elif verb.lower_ == "which":
                relative = _relative_verb(ix, end + 1, end - length)
                if relative is not None:
                    found[relative.i] = key
            elif verb.lower_ == "to" and verb.dep_ == "aux":
                # "Registration for the 30th fair, to be held in April, opens": an
                # infinitive after the comma is said of the name, wherever it is hung
                clause = verb.head
                if clause.dep_ in ("acl", "relcl", "advcl") and clause.i > end:
                    found[clause.i] = key
        elif end < len(ix.tokens):
            # "... the Framework Agreement on Comprehensive Economic Cooperation concluded
            # in 2002, tariff cuts will ...": a participle the parser made a verb of its own,
            # with no subject, right after the name
            verb = ix.tokens[end]
            if (
                verb.tag_ in ("VBN", "VBD")
                and not _a_nominal_subject(ix, verb)
                and not (end - length <= verb.head.i < end)
                and verb.dep_ in ("ROOT", "acl", "advcl", "conj", "ccomp")
            ):
                found[verb.i] = key
    return found


def _a_nominal_subject(ix: DocumentIndex, verb: Token) -> bool:
    """Has the verb a subject of its own that is no verb? ("... and fits under the
    Framework Agreement concluded in 2002": the parser may make "fits" the subject of
    the participle; a verb is nobody's subject.)"""
    return ix.has_subject(verb) and any(
        c.dep_ in SUBJECT_DEPS and c.pos_ not in ("VERB", "AUX") for c in ix.children(verb)
    )


def _after_which(ix: DocumentIndex, span: Span, verb_i: int) -> bool:
    """Is ``verb_i`` in a relative clause opened by ", which" right after ``span``?"""
    return (
        span.end + 1 < verb_i
        and ix.tokens[span.end].text == ","
        and ix.tokens[span.end + 1].lower_ == "which"
    )


def _relative_verb(ix: DocumentIndex, which: int, name_start: int) -> Token | None:
    """ "the Framework Agreement ..., which leaders signed in Phnom Penh in 2002": the verb
    of a relative clause right after a name, which the parser took for a clause of the
    subject's noun ("which leaders" as one phrase) and hung elsewhere: the first past
    form within a few words, with no comma between, not already a clause of the name."""
    for at in range(which + 1, min(which + 6, len(ix.tokens))):
        token = ix.tokens[at]
        if token.is_punct or at in ix.token_key:
            return None
        if token.tag_ in ("VBD", "VBN") and token.pos_ == "VERB":
            if token.dep_ == "relcl" and name_start <= token.head.i < which:
                return None  # the parser read it right: the name's own clause
            return token
    return None


def _the_report_year(ix: DocumentIndex, year_key: str, rule_name: str) -> bool:
    """Is this the year of the report itself (a dateless date, or the publication year)?
    A description of the current edition ("the expo") is dated only by those."""
    if rule_name == "clause-date":
        return True
    return ix.published is not None and year_key == f"Year/{ix.published.year}"


def names_a_number(span: Span) -> bool:
    """Does the mention itself say which edition ("the 8th CAEXPO", "the eighth expo",
    "next year's expo, the seventh,", "The annual expo, now in its 15th year,", "Metalex
    opened for its 37th run")?"""
    return any(
        t.like_num or t.ent_type_ == "ORDINAL" or t.lower_[:1].isdigit() for t in span
    ) or bool(
        apposed_ordinal(span.doc, span.end) or year_run_ordinal(span) or own_run_ordinal(span)
    )


@rule(
    "year-marks",
    makes=("inYear",),
    example="This year marks the China-ASEAN Year of Digital Economy Cooperation.",
    expect=("China-ASEAN Year of Digital Economy Cooperation", "inYear", "2020"),
    counter="The China-ASEAN Year of Digital Economy Cooperation was praised by officials.",
)
def year_marks(ix: DocumentIndex, found: Findings) -> None:
    """ "This year marks the ASEAN-China Year of Digital Economy Cooperation"."""
    for verb in ix.verbs:
        if lemma(verb) not in ("mark", "be", "see", "witness"):
            continue
        years = [k for k in ix.keys(ix.subjects(verb)) if ix.core(k) == "Year"]
        for obj in ix.objects(verb):
            for thing in ix.keys(ix.group(obj)):
                for year in years:
                    found.add(thing, "inYear", year, f"year-{lemma(verb)}", verb)


@rule(
    "themed-year",
    makes=("inYear",),
    triggers=("themed_period_nouns", "designation_verbs", "year_naming_verbs"),
    example=(
        "This year marks the 20th anniversary of dialogue relations and has been designated "
        "the China-ASEAN Year of Friendly Exchanges."
    ),
    published="2011-10-21",
    expect=("China-ASEAN Year of Friendly Exchanges", "inYear", "2011"),
    counter=(
        "In 2011 officials praised the China-ASEAN Year of Friendly Exchanges held last year."
    ),
)
def themed_years(ix: DocumentIndex, found: Findings) -> None:
    """ "This year ... has been designated the China-ASEAN Year of Friendly Exchanges",
    "2016 would be designated the Year of Educational Exchange", "the Year of Media
    Exchanges, which the two sides designated for this year": an initiative named as a
    period of a theme is dated by the one year its sentence gives it (read from the
    sentence, not the tree: the parser rarely joins the year to the name's clause).
    Where the sentence names other years too ("In November 2022 leaders designated 2023
    as the Year of ..."), the year the naming verb takes as its object or passive subject
    is the period's, read from the tree ("made 2021 their Year of ...", "2014 was named
    the Cultural Exchange Year")."""
    years_at = ix.token_keys_of("Year")
    for span, key in ix.mentions_of("Initiative"):
        if found.has(key, "inYear") or not _a_themed_period(ix, span):
            continue
        named = _year_naming_the_period(ix, span, years_at)
        if named is not None:
            found.add(key, "inYear", named, "themed-year", span.root)
            continue
        sentence = ix.sentence(span.root)
        if not any(
            lemma(t) in ix.lex["designation_verbs"] for t in sentence if t.pos_ in ("VERB", "AUX")
        ):
            continue
        years = {k for _, k in ix.mentions_in(sentence) if ix.core(k) == "Year"}
        if len(years) == 1:
            found.add(key, "inYear", years.pop(), "themed-year", span.root)


#: Words before a period noun ending a name that make it a calendar's, not a theme's.
_CALENDAR_PERIODS = {"new", "lunar", "fiscal", "financial", "academic", "school", "calendar"}


def _a_themed_period(ix: DocumentIndex, span: Span) -> bool:
    """Is the initiative named as a period of a theme: "Year of Tourism Cooperation", or
    the theme before the period noun ending the name, "China-ASEAN Cultural Exchange
    Year" (two words at least before it; not "Lunar New Year")?"""
    periods = ix.lex["themed_period_nouns"]
    if any(
        t.lower_ in periods and t.i + 1 < span.end and ix.tokens[t.i + 1].lower_ == "of"
        for t in span
    ):
        return True
    last = span[-1]
    return (
        len(span) >= 3
        and last.lower_ in periods
        and not span[-2].like_num
        and span[-2].lower_ not in _CALENDAR_PERIODS
    )


def _year_naming_the_period(ix: DocumentIndex, span: Span, years_at: dict[int, str]) -> str | None:
    """The year a naming verb gives the period in the tree: its object ("designated 2023
    as the X", "named 2015 the X", "made 2021 their X") or its passive subject ("2014 was
    named the X"), the period the verb's complement; None where the tree says otherwise."""
    root = span.root
    head = root.head
    if root.dep_ == "appos" and head.i in years_at:
        verb = head.head  # "made 2021 their Year of ...": the period in apposition
    elif root.dep_ in ("oprd", "attr", "dobj", "xcomp"):
        verb = head
    elif root.dep_ == "pobj" and head.lower_ == "as" and head.dep_ == "prep":
        verb = head.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in ix.lex["year_naming_verbs"]:
        return None
    years = {
        years_at[c.i] for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i in years_at
    }
    return years.pop() if len(years) == 1 else None


@rule(
    "themed-year-named",
    makes=("inYear",),
    triggers=("themed_period_nouns",),
    example="Officials opened the China-ASEAN Year of Media Exchanges 2019 in Beijing.",
    expect=("China-ASEAN Year of Media Exchanges 2019", "inYear", "2019"),
    counter="Officials opened the ASEAN Community Vision 2025 office in Jakarta.",
)
def themed_years_named(ix: DocumentIndex, found: Findings) -> None:
    """ "opened the China-ASEAN Year of Digital Economy Cooperation 2020": a period "of"
    a theme whose name ends with a year is that year's (a year ending other names, "Vision
    2025", is the year aimed at, not the year it began: only a themed period counts)."""
    periods = ix.lex["themed_period_nouns"]
    for span, key in ix.mentions_of("Initiative"):
        last = span[-1]
        if not (last.like_num and len(last.text) == 4 and last.text.isdigit()):
            continue
        if not 1900 <= int(last.text) <= 2100:
            continue
        if any(
            t.lower_ in periods and t.i + 1 < span.end - 1 and ix.tokens[t.i + 1].lower_ == "of"
            for t in span[:-1]
        ):
            found.add(key, "inYear", f"Year/{last.text}", "themed-year-named", span.root)


#: "since its inception in 2004": nouns of an event's beginning.
_BEGINNINGS = {"inception", "launch", "founding", "establishment", "debut", "start", "birth"}


@rule(
    "inception",
    makes=("inYear",),
    example="Leaders have met at the China-ASEAN Summit every year since its inception in 1997.",
    expect=("China-ASEAN Summit", "inYear", "1997"),
    counter="Leaders have met at the China-ASEAN Summit every year since 1997.",
)
def inceptions(ix: DocumentIndex, found: Findings) -> None:
    """ "since its inception in 2004": the event (its series) began then."""
    for verb in ix.verbs:
        frames = [(p, ix.event(t), t) for p, t in ix.prepositions(verb)]
        for _prep, _, target in frames:
            if lemma(target) not in _BEGINNINGS:
                continue
            owner = next((c for c in target.children if c.dep_ == "poss"), None)
            if owner is None or owner.lower_ not in ("its", "their"):
                continue
            events = [e for _, e, _ in frames if e]
            for inner_prep, year_token in ix.prepositions_of_noun(target):
                year = ix.entity(year_token)
                if inner_prep == "in" and ix.core(year) == "Year" and events:
                    event = ix.resolved.editions.get(events[0], events[0])
                    found.add(event, "inYear", year, "inception", verb)


#: Nouns for the first edition of a series ("since the first edition in 2004").
_FIRST_NOUNS = {"edition", "one", "session", "meeting", "expo", "fair", "forum", "summit"}


@rule(
    "series-began",
    makes=("inYear",),
    triggers=(
        "held_verbs",
        "organising_verbs",
        "launch_verbs",
        "implicit_event_nouns",
        "series_beginning_verbs",
        "series_nouns",
    ),
    example=(
        "The 6th Pan-Beibu Gulf Economic Cooperation Forum opens today. The annual forum "
        "was first convened in 2006."
    ),
    expect=("Pan-Beibu Gulf Economic Cooperation Forum", "inYear", "2006"),
    published="2011-05-20",
    counter=(
        "The 6th Pan-Beibu Gulf Economic Cooperation Forum opens today. The annual forum "
        "was praised in 2006."
    ),
)
def series_beginnings(ix: DocumentIndex, found: Findings) -> None:
    """ "The annual fair, first staged in 2004", "since the fair's inception in 2004",
    "since it was first held in 2004", "since the first edition in 2004", "hosted every
    year since 2004", "an annual event since 2004": the series began that year. Read from
    the surface, "first <held> in YEAR", "<inception> in YEAR" and "<every year> since
    YEAR", because the parser often breaks these descriptive asides; the series is the
    one the sentence names (or whose edition, or unnamed reference, it names), else the
    series of the edition in scope when the sentence says "it"."""
    lex = ix.lex
    verbs = lex["held_verbs"] | lex["organising_verbs"] | lex["launch_verbs"]
    implicit = {token.i: key for token, key in ix.implicit_events()}
    for span, year in ix.mention_spans:
        if ix.core(year) != "Year" or span.start < 3:
            continue
        if ix.tokens[span.start - 1].lower_ == "since":
            # "hosted every year since 2004", "an annual event since 2004"
            cue = ix.tokens[span.start - 1]
            began = (
                any(t.lower_ in _RECURRING_WORDS for t in ix.tokens[max(cue.i - 4, 0) : cue.i])
                or (
                    # "It has been held every spring and autumn in Guangzhou, ..., since 1957"
                    cue.dep_ == "prep" and cue.head.pos_ in ("VERB", "AUX") and recurring(cue.head)
                )
                or (
                    # "the annual trade fair that the region has hosted since 2004": held or
                    # hosted ever since
                    cue.dep_ == "prep"
                    and _verb_in(cue.head, verbs)
                    and lemma(cue.head) != "be"
                    and any(c.dep_ == "aux" and c.lemma_ == "have" for c in cue.head.children)
                    # not "The CAEXPO has held overseas exhibitions since 2015": theirs
                    and not ix.holds_unnamed_events(cue.head)
                )
            )
            clause = next((t for t in cue.ancestors if t.pos_ in ("VERB", "AUX")), None)
            if clause is not None and _takes_part(clause):
                began = False  # "Dao Foods has taken part in the expo every year since 2006"
        elif ix.tokens[span.start - 1].lower_ == "in":
            cue, before = ix.tokens[span.start - 2], ix.tokens[span.start - 3]
            began = (
                lemma(cue) in _BEGINNINGS
                or (cue.lower_ in _FIRST_NOUNS and before.lower_ == "first")
                or _the_first_since(ix, span.start - 2)
            )
            if not began:
                # "first held in 2004", also with the place said on the way ("first staged
                # in Kunming in 2010"); not "launched in Jinghong in 2015" nor "the first
                # summit in Phnom Penh in 2002" (an edition's place and year)
                cue_at = _before_a_place(ix, span.start - 2)
                cue, before = ix.tokens[cue_at], ix.tokens[max(cue_at - 1, 0)]
                began = (
                    cue.tag_ in ("VBN", "VBD") and _verb_in(cue, verbs) and before.lower_ == "first"
                )
            if not began and (told := _series_told_began(ix, cue)) is not None:
                # "The series began in Nanning in 2009", "the ministerial meetings began in
                # 2007": the series in scope, told by a noun, began that year
                if not found.has(told, "inYear") or _withdraw_report_year(
                    ix, found, told, ("inYear:clause-date", "inYear:report-year")
                ):
                    found.add(told, "inYear", year, "series-began", cue)
                continue
        else:
            continue
        if not began:
            continue
        sentence = ix.sentence(span.root)
        series = _series_named(ix, sentence, cue, implicit)
        if series is not None and found.has(series, "inYear"):
            # "opened the Hannover Messe on Sunday ... The fair, first held in 1947": a
            # series' beginning outweighs the report's date put on its unnumbered name
            # (and "devoted a hall to Asean this year" said of "CIFIT, staged in Xiamen
            # every September since 1997": the report's year on the series, not its start)
            _withdraw_report_year(ix, found, series, ("inYear:clause-date",))
        if series is not None and not found.has(series, "inYear"):
            found.add(series, "inYear", year, "series-began", cue)


def _series_told_began(ix: DocumentIndex, verb: Token) -> str | None:
    """The series an intransitive "began"/"started" says began, when its subject is a bare
    noun for occasions ("The series began in Nanning in 2009", "The ministerial meetings
    began in 2007", "the biennial show, which began in 1978"): the series of the event in
    scope. Not a numbered or named one ("the fifth forum began in 2009", "the 20th expo
    began"): an edition's own date; nor what begins something ("began talks in 2012")."""
    if verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in ix.lex["series_beginning_verbs"]:
        return None
    kids = children(verb)
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in kids):
        return None  # "began talks", "began to sell": what began is not the subject
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "the biennial show, which began in 1978"
    if subject is None or subject.i in ix.token_key or subject.pos_ != "NOUN":
        return None
    if lemma(subject) not in ix.lex["implicit_event_nouns"] | ix.lex["series_nouns"]:
        return None
    if any(
        c.dep_ in ("nummod", "poss", "compound")
        or c.ent_type_ == "ORDINAL"
        or c.lower_ in _NOT_A_SERIES
        for c in children(subject)
    ):
        return None  # "the fifth forum", "its meetings", "the Hanoi meetings"
    scope = ix.event_in_scope(subject)
    if scope is None or ix.core(scope) != "Event":
        return None
    series = ix.resolved.editions.get(scope)
    if series is None:
        entity = ix.resolved.entities.get(scope)
        if entity is None or _YEAR_IN_NAME.search(entity.label):
            return None  # "Hannover Messe 2025": one occasion, no series named
        series = scope
    kind = lemma(subject)
    if kind not in ix.lex["series_nouns"]:
        # "a fair that began in 2004" in a paragraph on a youth summit: the noun names the
        # kind of the series that began, which the one in scope must be
        words = ix.resolved.entities[series].label.lower().split()
        if kind not in words and not (kind in EXPO_FAMILY and ix.is_a_fair(series)):
            return None
    return series


#: Words before an occasion's noun that make it one occasion, not its series.
_NOT_A_SERIES = {"first", "last", "next", "latest", "previous", "this", "that", "same"}


def _withdraw_report_year(
    ix: DocumentIndex, found: Findings, series: str, dated_by: tuple[str, ...]
) -> bool:
    """Take back the report's date put on a series' unnumbered name ("met online this
    week for the roundtable"), now its beginning is told: what the rules ``dated_by``
    gave it, and a clause's year that is the report's; True if one was taken back."""
    before = len(found.relations)
    found.withdraw(
        lambda r: (
            r.subject == series
            and r.predicate == "inYear"
            and (
                r.rule.startswith(dated_by)
                or (
                    r.rule.startswith("inYear:clause-year")
                    and _the_report_year(ix, r.object, "clause-year")
                )
            )
        )
    )
    return len(found.relations) < before


def _the_first_since(ix: DocumentIndex, i: int) -> bool:
    """Is token ``i`` a bare "first" counted from ("since the first in 2004", "from the
    inaugural in 2012")? The ordinal stands for the series' first edition, its noun left
    out, so the year is the series' beginning as in "since the first edition in 2004";
    not "the first in 2004 to sign" (no "since"/"from" before it)."""
    if i < 2:
        return False
    first, the, since = ix.tokens[i], ix.tokens[i - 1], ix.tokens[i - 2]
    return (
        first.lower_ in ("first", "inaugural")
        and the.lower_ == "the"
        and since.lower_ in ("since", "from")
    )


def _before_a_place(ix: DocumentIndex, i: int) -> int:
    """The token before "in PLACE" when token ``i`` ends a place named after "in" or "at",
    else ``i``: "first staged in Kunming in 2010" tells a beginning as "first staged in
    2010" does, the place said on the way."""
    key = ix.token_key.get(i)
    place = ix.span_of(key, i) if key is not None and ix.core(key) == "Place" else None
    if place is None:
        return i
    start = place.start
    if start > 0 and ix.tokens[start - 1].lower_ == "the":
        start -= 1  # "first held at the Hanoi Convention Centre in 2011"
    if start < 2 or ix.tokens[start - 1].lower_ not in ("in", "at"):
        return i
    return start - 2


@rule(
    "series-founded",
    makes=("inYear",),
    triggers=("implicit_event_nouns",),
    example=(
        "The 6th Pan-Beibu Gulf Economic Cooperation Forum opens today. Guangxi launched the "
        "forum in 2006."
    ),
    expect=("Pan-Beibu Gulf Economic Cooperation Forum", "inYear", "2006"),
    published="2011-05-20",
    counter=(
        "The 6th Pan-Beibu Gulf Economic Cooperation Forum opens today. Guangxi praised the "
        "forum in 2006."
    ),
)
def series_founded(ix: DocumentIndex, found: Findings) -> None:
    """ "Guangxi launched the forum in 2006", "the fair was founded in 1947": whoever
    launches or founds an event (unnamed, or named as a series) in a year began the series
    then. A named edition launched in a year is that edition's year (read by clause-year)."""
    implicit = {token.i: key for token, key in ix.implicit_events()}
    editions = ix.resolved.editions
    for verb in ix.verbs:
        if not began(verb):
            continue
        years = [
            year
            for prep, target in ix.prepositions(verb)
            if prep == "in" and ix.core(year := ix.entity(target)) == "Year"
        ]
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        for target in passive or ix.objects(verb):
            key = implicit.get(target.i) or ix.event(target)
            span = ix.span_of(key, target.i) if key is not None else None
            # "the forum" resolved to the edition in scope stands for its series
            series = editions.get(key, key) if span is None or not names_a_number(span) else None
            if series is None or ix.core(series) != "Event" or found.has(series, "inYear"):
                continue
            if _YEAR_IN_NAME.search(ix.resolved.entities[series].label):
                continue  # "Hannover Messe 2025" is one occasion, not a series
            for year in years[:1]:
                found.add(series, "inYear", year, "series-founded", verb)


def _verb_in(verb: Token, lemmas: frozenset[str]) -> bool:
    """Is a past form one of ``lemmas``? Also by its spelling, because the small model's
    lemmatizer misreads some in a broken parse ("staged" → "stag")."""
    word = verb.lower_
    return lemma(verb) in lemmas or word.removesuffix("d") in lemmas or word[:-2] in lemmas


def _series_named(
    ix: DocumentIndex, sentence: Span, cue: Token, implicit: dict[int, str]
) -> str | None:
    """The series whose beginning ``cue`` tells: of the things that can begin (events,
    organisations, initiatives) the nearest named or referred to ("the fair") before the
    cue, else the first after it ("Since it was first held in 2004, the annual expo ..."),
    else (for "it" alone) the one in scope; an edition stands for its series, and an event
    noun the parser mistook for the one in scope. Another kind of thing nearest ("ASEAN
    ... since its founding in 1967") is what began, not a series."""
    editions = ix.resolved.editions
    things: list[tuple[int, str | None]] = [
        (span.start, key)
        for span, key in ix.mentions_in(sentence)
        if ix.core(key) in ("Event", "Organisation", "Initiative")
    ]
    things += [(i, key) for i, key in implicit.items() if sentence.start <= i < sentence.end]
    nouns = ix.lex["implicit_event_nouns"]
    scope = ix.event_in_scope(cue)
    pronouns = []
    for token in sentence:
        if token.i in implicit or token.i in ix.token_key:
            continue
        if token.lower_ in nouns:
            # "the fourth China-ASEAN Expo, the trade fair the city has hosted since 2004":
            # a fair is the fair named just before it, whatever edition is in scope
            fairs = [
                k
                for i, k in things
                if i < token.i and k is not None and ix.core(k) == "Event" and ix.is_a_fair(k)
            ]
            fair = token.lower_ in EXPO_FAMILY and fairs
            things.append((token.i, fairs[-1] if fair else scope))
        elif token.lower_ in ("it", "its") and not any(i < token.i for i, _ in things):
            pronouns.append((token.i, scope))  # "it" with nothing named before it
    before = [item for item in things if item[0] < cue.i]
    after = sorted(item for item in things if item[0] > cue.i)
    # "Since it was first held in 2004, the annual China-ASEAN Expo ...": named after
    nearest = max(before) if before else (after or pronouns or [None])[0]
    if nearest is None or nearest[1] is None or ix.core(nearest[1]) != "Event":
        return None
    key = nearest[1]
    entity = ix.resolved.entities.get(key)
    is_series = key in set(editions.values()) or getattr(entity, "finer_class", None) == (
        "EventSeries"
    )
    # "The fair, first held in 1947, ...": an event with no editions named is its own
    # series, unless its name says it is one occasion ("Hannover Messe 2025").
    its_own_series = entity is not None and not _YEAR_IN_NAME.search(entity.label)
    return editions.get(key, key if is_series or its_own_series else None)


_YEAR_IN_NAME = re.compile(r"\b(?:1[89]|20)\d\d\b")


_BEGINNING_WORDS = {
    "first", "since", "inception", "inaugural", "launch", "launched", "found", "founded",
    "establish", "established", "begin", "began", "start", "started",
}  # fmt: skip
#: "held abroad for the first time": what is new is where, not the event.
_ELSEWHERE_WORDS = {"outside", "abroad", "overseas", "beyond", "elsewhere"}
_NAMING_VERBS = {"bill", "call", "name", "dub", "know", "brand", "rename"}
_RECURRING_WORDS = {"every", "annually", "annual", "each", "yearly", "regularly"}
#: Verbs of an idea put forward, which is not yet the thing: "first proposed in 2017".
_PROPOSING_VERBS = {"propose", "suggest", "float", "conceive", "envisage", "envision", "moot"}


#: Nouns "first" may qualify in a clause of a beginning ("for the first time", "the first
#: edition"); on another noun ("his first trip") it says nothing of the event.
_FIRST_OF = _FIRST_NOUNS | {"time"}


def _beginning(verb: Token) -> bool:
    """Does the clause say something began ("First staged in 2004", "launched in 2013")?
    Not a clause of the idea of it: "the expo, which Xi first proposed in May 2017"."""
    if verb.lemma_.lower() in _PROPOSING_VERBS:
        return False
    # not the words of a clause joined to it ("opened on Friday and spent the first morning
    # ..."), nor "first" on a noun other than a time or an edition ("his first trip")
    joined = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
    words = {
        t.lower_
        for t in verb.subtree
        if t.i not in joined
        and not (t.lower_ == "first" and t.dep_ == "amod" and t.head.lower_ not in _FIRST_OF)
    } | {verb.lemma_.lower()}
    if {"first", "time"} <= words and words & _ELSEWHERE_WORDS:
        return False  # "staged outside the country for the first time": a new place only
    if _opens_a_later_edition(verb):
        return False
    return bool(words & _BEGINNING_WORDS)


def _opens_a_later_edition(verb: Token) -> bool:
    """Is what the verb begins its subject's own later edition, its object ("The festival
    began its sixth edition", "the forum started its third session")? Then the clause's
    date is that edition's, not the year its series began."""
    return its_later_run(verb, EDITION_NOUNS) is not None


def began(verb: Token) -> bool:
    """Does the verb itself say its subject began ("first staged", "launched", "has run
    since 2004")? Narrower than :func:`_beginning`, which reads the whole clause."""
    if verb.lemma_.lower() in (
        "launch", "found", "establish", "inaugurate", "begin", "debut", "initiate", "start",
    ):  # fmt: skip
        return not _opens_a_later_edition(verb)
    return any(
        (c.dep_ == "advmod" and c.lower_ == "first") or (c.dep_ == "prep" and c.lower_ == "since")
        for c in children(verb)  # the index's list while the rules run, not made afresh
    )


def recurring(verb: Token) -> bool:
    """Does the clause tell a habit ("every year", "annually", "each September")?"""
    # The words hung on the verb or on its dependents: its children and grandchildren
    # (and the verb itself when it is the root), not its whole subtree.
    near = [verb] if verb.head == verb else []
    for child in children(verb):  # the index's lists while the rules run
        near.append(child)
        near.extend(children(child))
    return any(t.lower_ in _RECURRING_WORDS for t in near)


def _clause_years(
    verb: Token,
    years_at: dict[int, str],
    dates_on: dict[int, list[Span]],
    published: date | None,
    ix: DocumentIndex,
) -> list[tuple[str, str]]:
    """Years attached to a verb: through its prepositions and adverbial dates, not clauses;
    and the year a relative clause is about ("in 2013, when China put forward X", "in
    2013, the year China put forward X")."""
    anchor = verb.head if verb.dep_ == "relcl" else None
    if (
        anchor is not None
        and anchor.lower_ == "year"
        and anchor.i >= 3
        and ix.tokens[anchor.i - 1].lower_ == "the"
        and ix.tokens[anchor.i - 2].text == ","
    ):
        anchor = ix.tokens[anchor.i - 3]  # "2013, the year ...": the year named before
    if anchor is not None and anchor.i not in years_at and anchor.ent_type_ == "DATE":
        # "in November 2002, when leaders signed X": the month's year
        anchor = next(
            (c for c in anchor.children if c.i in years_at and c.dep_ == "nummod"), anchor
        )
    if anchor is not None and anchor.i in years_at:
        return [(years_at[anchor.i], "clause-year")]
    when = next((c for c in verb.children if c.lower_ == "when" and c.i < verb.i), None)
    if when is not None and when.i >= 2 and ix.tokens[when.i - 1].text == ",":
        # "Last year, when the free trade area came fully into force, ...": a clause of
        # "when" the parser hangs beside the year it follows is that year's
        before = when.i - 2
        year = ix.tokens[before]
        if (
            before in years_at
            and verb.head.i != verb.i
            and verb.head.i
            in (
                year.head.i,  # "Last year, when ..."
                year.head.head.i,  # "In 2010, when ..."
            )
        ):
            return [(years_at[before], "clause-year")]
    found = _adjunct_years(ix, verb.children, years_at)
    if not found and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # "In November 2022, leaders designated 2023 as ... and issued X": a date fronted
        # before the first of two coordinated verbs dates the second as well
        fronted = (c for c in verb.head.children if c.i < verb.head.i)
        # not "Since 2013, agencies have set up plots and Guangxi has built X": a span
        found = [y for y in _adjunct_years(ix, fronted, years_at) if y[1] != "clause-year-since"]
    if found:
        return found
    for ent in dates_on.get(verb.i, ()):
        year = _elapsed_year(ent, verb, published) or _date_year(
            ent, published, future=_future(verb)
        )
        if year is not None and _month_named(ent) and not _future(verb):
            # "In 2010, ... . That October, at the second forum, ...": a month told in a
            # paragraph the story has moved to another year is that year's month
            told = story_year(ix, ix.sentence(verb))
            if told is not None and told != f"Year/{year}":
                found.append((told, "clause-date-story-year"))
                continue
        if year is not None:
            found.append((f"Year/{year}", "clause-date"))
    return found


def _month_named(ent: Span) -> bool:
    """Does the date name a month, and nothing that counts from the report's day ("this
    month", "last October", "next week")? Such a date falls in the story's year."""
    words = [t.lower_.rstrip(".") for t in ent]
    if any(w in ("this", "last", "next", "coming", "past") for w in words):
        return False
    return any(_month_number(w) for w in words)


def _month_number(word: str) -> int | None:
    """The month a lower-case word of a date names ("october", "oct", "sept"), else None."""
    if not word.isalpha():
        return None
    return _MONTHS.get(word[:4] if word.startswith("sept") else word[:3])


def _adjunct_years(
    ix: DocumentIndex, children: Iterable[Token], years_at: dict[int, str]
) -> list[tuple[str, str]]:
    """The years under a verb's prepositions and adverbial dates (not its clauses)."""
    found: list[tuple[str, str]] = []
    stack = [c for c in children if c.dep_ in ("prep", "npadvmod", "advmod", "tmod")]
    seen: set[int] = set()
    while stack:
        token = stack.pop()
        if token.i in seen:
            continue
        seen.add(token.i)
        if token.i in years_at:
            if _in_a_period(ix, token.i, years_at):
                continue  # "adopted ... with a work plan for 2007 to 2017": a span, no date
            since = token.head.lower_ == "since" or token.head.head.lower_ == "since"
            found.append((years_at[token.i], "clause-year-since" if since else "clause-year"))
            continue
        if token.dep_ in ("relcl", "acl", "ccomp", "advcl") or ix.token_key.get(token.i):
            continue
        if _compares(ix, token):
            continue  # "closed on Tuesday with deals up 8 percent from last year"
        stack += [
            c
            for c in token.children
            if c.dep_
            in ("pobj", "prep", "npadvmod", "compound", "nummod", "amod", "advmod", "appos", "conj")
        ]
    return found


#: Words between the two years of a period: "2007 to 2017", "2018-2022", "2016 until 2020".
_PERIOD_WORDS = {"to", "-", "\u2013", "\u2014", "until", "till", "through", "and"}


def _in_a_period(ix: DocumentIndex, i: int, years_at: dict[int, str]) -> bool:
    """Is the year at ``i`` one end of a period ("for 2007 to 2017", "(2018-2022)",
    "between 2016 and 2020")? A period is what a plan covers, not when anything began."""
    tokens = ix.tokens

    def a_year(at: int) -> bool:
        # the end of a span makes no Year node ("2021 to 2025"), so also read by its figures
        return at in years_at or (tokens[at].is_digit and len(tokens[at].text) == 4)

    after = i + 2 < len(tokens) and tokens[i + 1].lower_ in _PERIOD_WORDS and a_year(i + 2)
    before = i >= 2 and tokens[i - 1].lower_ in _PERIOD_WORDS and a_year(i - 2)
    if not (after or before):
        return False
    first = i if after else i - 2
    # "in 2015 and 2016" names two dates; "between 2015 and 2016" a span
    return tokens[first + 1].lower_ != "and" or (
        first > 0 and tokens[first - 1].lower_ == "between"
    )


_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                "twelve": 12}  # fmt: skip


def _elapsed_year(ent: Span, verb: Token, published: date | None) -> int | None:
    """ "three months ago", "(held online on Wednesday,) three months after leaders
    announced X": a length of time back from the report is a date, read against the
    publication date (a clause "after" which the report's own news came); so is one
    ahead of it in a clause of what is to come ("will take effect in ten weeks")."""
    doc = ent.doc
    ago = ent[-1].lower_ == "ago" or (ent.end < len(doc) and doc[ent.end].lower_ == "ago")
    words = [t for t in ent if t.lower_ != "ago"]
    if published is None or len(words) != 2:
        return None
    count = _COUNT_WORDS.get(words[0].lower_) or (
        int(words[0].text) if words[0].text.isdigit() else 0
    )
    unit = _UNIT_DAYS.get(words[1].lower_.removesuffix("s"))
    if not count or unit is None:
        return None
    after = ent.root.dep_ == "npadvmod" and any(
        c.dep_ == "mark" and c.lower_ == "after" for c in verb.children
    )
    if (
        not (ago or after)
        and ent.start > 0
        and doc[ent.start - 1].lower_ in ("in", "within")
        and _future(verb)
    ):
        # "In ten weeks, the agreement will take effect": that far ahead of the report
        return date.fromordinal(published.toordinal() + count * unit).year
    if not (ago or after) or _future(verb):
        return None
    return date.fromordinal(published.toordinal() - count * unit).year


def _compares(ix: DocumentIndex, prep: Token) -> bool:
    """Is ``prep`` the "from" / "than" / "over" / "on" / "with" / "to" of a comparison ("up
    8 percent from last year", "compared with 2006"), or the "since" of a first or a most
    (:func:`_first_since`)? Its year is the one compared with, no date of the clause."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("from", "than", "over", "on", "with", "to")
        and lemma(prep.head) in ix.lex["comparison_words"]
    ) or _first_since(prep)


def _first_since(prep: Token) -> bool:
    """Is ``prep`` the "since" of a first or a most: "opened on Monday, the first since
    2019", "its largest since 2017", "for the first time since 2018", "the first held in
    person since 2019"? Its year ends the gap or the record the event is measured
    against: neither the event's date nor its series' start ("held every year since
    2004")."""
    if prep.dep_ != "prep" or prep.lower_ != "since":
        return False
    head = prep.head
    ranks = [head, *(c for c in children(head) if c.dep_ in ("amod", "advmod"))]
    return any(w.tag_ in ("JJS", "RBS") or w.ent_type_ == "ORDINAL" for w in ranks)


def _of_the_day(ent: Span) -> bool:
    """Is a TIME a part of a day the text names ("this morning", "Tuesday evening"), not a
    clock time ("5 pm")?"""
    words = {t.lower_ for t in ent}
    return bool(words & (_DAY_PARTS - {"this", "last", "early", "earlier", "late", "later"}))


def _dates_by_verb(ix: DocumentIndex) -> dict[int, list[Span]]:
    """DATE entities by the token they hang on, directly or through a preposition
    ("opened on Friday"): looked up per verb instead of scanning every date each time."""
    dates: dict[int, list[Span]] = {}
    for ent in ix.ents:
        if ent.label_ != "DATE" and not (ent.label_ == "TIME" and _of_the_day(ent)):
            continue
        # Heads read from the index's held tokens (``token.head`` makes one afresh)
        root = ent.root
        head = ix.head(root)
        if root.dep_ == "compound" and head.dep_ == "pobj":
            head = ix.head(head)  # "signed on Tuesday morning": the day on the time after it
        dates.setdefault(head.i, []).append(ent)
        mark = ix.tokens[ent.end] if ent.end < len(ix.tokens) else None
        if mark is not None and mark.lower_ == "after" and mark.dep_ == "mark":
            dates.setdefault(ix.head(mark).i, []).append(ent)  # "a day after they held X"
        over = ix.head(head)
        if head.dep_ == "prep" and over.i != head.i:
            dates.setdefault(over.i, []).append(ent)
            # "Leaders of A and B on Tuesday formally launched X": a date between the
            # subject and its verb is the verb's, wherever the parser hangs it
            after = ent.end
            while after < len(ix.tokens) and ix.tokens[after].pos_ == "ADV":
                after += 1
            verb = ix.tokens[after] if after < len(ix.tokens) else None
            if (
                verb is not None
                and verb.pos_ in ("VERB", "AUX")
                and verb.i != over.i
                and over.pos_ in ("NOUN", "PROPN")
                and head.i == ent.start - 1
            ):
                dates.setdefault(verb.i, []).append(ent)
    return dates


#: Kind nouns "the ..." refers back by to the one initiative of that kind the text named.
_KIND_NOUNS = {"initiative", "mechanism", "framework", "agreement", "protocol", "corridor",
               "programme", "program", "partnership", "declaration"}  # fmt: skip


@rule(
    "initiative-kind-year",
    makes=("inYear",),
    triggers=("launch_verbs", "initiative_start_verbs"),
    example=(
        "Zeng spoke about the China-Laos Demonstration Initiative on Rail Logistics. The "
        "initiative was launched in November 2016, when the two leaders met."
    ),
    expect=("China-Laos Demonstration Initiative on Rail Logistics", "inYear", "2016"),
    counter=(
        "Zeng spoke about the China-Laos Demonstration Initiative on Rail Logistics and the "
        "Mekong Green Initiative. The initiative was launched in November 2016."
    ),
)
def initiative_kind_years(ix: DocumentIndex, found: Findings) -> None:
    """ "... the China-Singapore (Chongqing) Demonstration Initiative on Strategic
    Connectivity. The initiative was launched in November 2015": "the" and a kind noun,
    subject of a clause of its start with a year, is the one initiative of that kind the
    text named before it (none when it named two); "It was launched in Jinghong in 2015"
    the one initiative named just before."""
    years_at = _years_at(ix)
    dates_on = _dates_by_verb(ix)
    lex = ix.lex
    for verb in ix.verbs:
        if (
            not (lemma(verb) in lex["launch_verbs"] or lemma(verb) in lex["initiative_start_verbs"])
            or lemma(verb) in _PROPOSING_VERBS
        ):
            continue
        for noun in verb.children:
            referent = _referent_initiative(ix, verb, noun)
            if referent is None or found.has(referent[0], "inYear"):
                continue
            key, rule_name = referent
            for year_key, how in _clause_years(verb, years_at, dates_on, ix.published, ix):
                if how != "clause-date":  # a year the clause names, not a weekday
                    found.add(key, "inYear", year_key, rule_name, verb)


def _referent_initiative(ix: DocumentIndex, verb: Token, noun: Token) -> tuple[str, str] | None:
    """The initiative a subject (or object) of a clause of a start refers back to, and how:
    "It was launched", "Xi launched it" (initiative-it-year), "The initiative was
    launched" (initiative-kind-year)."""
    if noun.lower_ == "it":
        if noun.dep_ == "nsubjpass" or (
            noun.dep_ == "dobj" and lemma(verb) in ix.lex["launch_verbs"]
        ):
            key = _it_initiative(ix, noun)
            return (key, "initiative-it-year") if key is not None else None
        return None
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    if (
        noun.dep_ not in ("nsubj", "nsubjpass")
        or noun.lower_ not in _KIND_NOUNS
        or noun.i in ix.token_key
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        or any(c.dep_ == "prep" for c in noun.children)
        or any(m.i in ix.token_key for m in modifiers)
    ):
        return None
    # "The connectivity initiative ... was launched in 2015": words before the kind noun
    # narrow it to the one initiative whose name holds them all
    wanted = {noun.lower_} | {m.lower_ for m in modifiers}
    named = {
        key
        for span, key in ix.mention_spans
        if span.end <= noun.i
        and ix.core(key) == "Initiative"
        and wanted <= _label_words(ix.resolved.entities[key].label)
    }
    return (named.pop(), "initiative-kind-year") if len(named) == 1 else None


def _label_words(label: str) -> set[str]:
    """The words of an entity's label in lower case, hyphenated parts apart too
    ("Brunei-Guangxi Economic Corridor": brunei, guangxi, economic, corridor)."""
    words = set(label.casefold().split())
    return words | {part for word in words for part in word.split("-")}


def _it_initiative(ix: DocumentIndex, it: Token) -> str | None:
    """The initiative "it" stands for: the last thing that can begin named before it in its
    sentence or the three before (an event, a body or an initiative), when that is an
    initiative and the only one named there (a question and its "A:" between count
    for nothing: "Q: The LMC is almost five years old. Is it working? A: It was ...")."""
    sentence = ix.sentence(it)
    before = [s for s in ix.sentences if s.end <= sentence.start][-3:]
    named = [
        (span.start, key)
        for part in (*before, sentence)
        for span, key in ix.mentions_in(part)
        if span.end <= it.i and ix.core(key) in ("Event", "Organisation", "Initiative")
    ]
    if not named:
        return None
    last = max(named)[1]
    initiatives = {k for _, k in named if ix.core(k) == "Initiative"}
    return last if ix.core(last) == "Initiative" and initiatives == {last} else None


@rule(
    "launch-noun-year",
    makes=("inYear",),
    triggers=("launch_object_nouns", "launch_through_nouns"),
    example=(
        "China and ASEAN leaders announced the launch of negotiations on version 3.0 of the "
        "free trade area on Friday, an upgrade officials have dubbed CAFTA 3.0."
    ),
    published="2022-11-12",
    expect=("China-ASEAN Free Trade Area 3.0", "inYear", "2022"),
    counter="China and ASEAN leaders discussed CAFTA 3.0 on Friday.",
)
def launch_noun_years(ix: DocumentIndex, found: Findings) -> None:
    """ "Leaders announced the launch of negotiations on X on Friday", "the ceremony marked
    the start of X": the date of a clause whose object is the launch of an initiative is
    the year the initiative began (an initiative a verb has as its own object is read by
    clause-year)."""
    years_at = _years_at(ix)
    dates_on = _dates_by_verb(ix)
    for verb in ix.verbs:
        for obj in ix.objects(verb):
            # "announced the launch of X", "launched negotiations on X"
            if lemma(obj) not in ix.lex["launch_object_nouns"] and not (
                lemma(verb) in ix.lex["launch_verbs"]
                and lemma(verb) not in _PROPOSING_VERBS
                and lemma(obj) in ix.lex["launch_through_nouns"]
            ):
                continue
            targets = dict.fromkeys(ix.launch_targets(obj))
            # the clause's date, or one the parser hangs on the noun ("the launch ... on Friday")
            years = _clause_years(verb, years_at, dates_on, ix.published, ix) or _clause_years(
                obj, years_at, dates_on, ix.published, ix
            )
            for year_key, _name in years:
                for key in targets:
                    found.add(key, "inYear", year_key, "launch-noun-year", verb)


@rule(
    "event-noun-date",
    makes=("inYear",),
    example="Guests at the opening of the 12th China-ASEAN Expo on Friday included Zhang Gaoli.",
    expect=("12th China-ASEAN Expo", "inYear", "2020"),
    counter="Zhang Gaoli, who attended the 12th China-ASEAN Expo, spoke on Friday.",
)
def event_noun_dates(ix: DocumentIndex, found: Findings) -> None:
    """A dateless date on the event's own phrase ("the opening of the 12th CAEXPO in Nanning
    on Friday"), read against the publication date, where no clause gave a year."""
    if ix.published is None:
        return
    series = set(ix.resolved.editions.values())
    for ent in ix.ents:
        if ent.label_ != "DATE":
            continue
        # Up the tree from the date through prepositions and nouns, not across a verb.
        token = ent.root.head
        for _ in range(4):
            if token.pos_ in ("VERB", "AUX"):
                break
            key = ix.event(token)
            if key is not None and key not in series:
                if not found.has(key, "inYear"):
                    year = _date_year(ent, ix.published, future=_future(token.head), nearest=True)
                    if year is not None:
                        found.add(key, "inYear", f"Year/{year}", "event-noun-date", token)
                break
            if token.head == token:
                break
            token = token.head


def year_of(key: str) -> int | None:
    """The year a Year key stands for ("Year/2015" -> 2015), read from the key: a year
    reached by date arithmetic is no entity of the document until extraction adds it."""
    return int(key.split("/", 1)[1]) if key.startswith("Year/") else None


@rule(
    "report-year",
    makes=("inYear",),
    published="2016-09-12",
    example=(
        "Lao firms head to Nanning\nLaos has sent 40 firms to the 13th China-ASEAN Expo in Nanning."
    ),
    expect=("13th China-ASEAN Expo", "inYear", "2016"),
    counter=(
        "Lao firms went to Nanning\n"
        "Laos sent 40 firms to the 13th China-ASEAN Expo. The 12th China-ASEAN Expo was "
        "held in 2011."
    ),
)
def report_year(ix: DocumentIndex, found: Findings) -> None:
    """A report on an edition under way, just over or coming soon happens in the year it
    was published: the article's main edition, named in its lead, with no year stated
    for it (nor implied by a stated year of another edition of its series); in a report
    that names no edition, the one-off event its lead names ("Officials met in Chongqing
    on Tuesday ... The Dialogue on ... was held together with ...")."""
    main = ix.main_edition() or _one_off_event(ix)
    lead_end = ix.lead_end()
    in_lead = {k: s for s, k in reversed(ix.mention_spans) if s.start < lead_end}
    if main is not None and main not in in_lead:
        # "Ministers met in Nanning on Thursday ... The Meeting of ... was co-sponsored by
        # ...", the fifth expo named only further down: the lead's one-off meeting is the news
        main = _one_off_event(ix, past_editions=True) or main
    if ix.published is None or main is None or found.has(main, "inYear"):
        return
    if main not in in_lead:
        return
    year = ix.published.year
    named = in_lead[main].root
    dated = {
        ix.resolved.entities[k].year
        for span, k in ix.mentions_in(ix.sentence(named))
        if ix.core(k) == "Year" and not _said_apart(span.root, named)
    }
    if dated - {year}:
        return  # "launched in 2012 during the ninth expo": a retrospect, not a report
    if main not in ix.resolved.editions:
        # "Leaders ... met here on Monday for a commemorative summit. The China-ASEAN
        # Commemorative Summit is the first ...": a report on a one-off meeting
        found.add(main, "inYear", f"Year/{year}", "report-year-one-off", named)
        return
    entities = ix.resolved.entities
    number = entities[main].edition_number
    dated_editions = []  # (how far in number from the main one, does its year fit)
    for relation in found.relations:
        other = entities.get(relation.subject)
        stated = year_of(relation.object)
        if (
            relation.predicate == "inYear"
            and relation.subject in ix.resolved.editions
            and ix.resolved.editions[relation.subject] == ix.resolved.editions[main]
            and other is not None
            and other.edition_number is not None
            and number is not None
            and stated is not None
        ):
            apart = number - other.edition_number
            dated_editions.append((abs(apart), stated + apart == year))
    if (
        dated_editions
        and not all(fits for gap, fits in dated_editions if gap == min(dated_editions)[0])
        and not _dated_as_news(ix.sentence(named))
    ):
        # the text dates the nearest other edition, and so this one, otherwise (the
        # nearest: "the fifth meeting, held in Vientiane last year", not "the first in
        # 2015", speaks for a series that has not met every year)
        return
    # Editions of other series that share the number in the lead ("the 20th China-ASEAN
    # Expo and China-ASEAN Business and Investment Summit") are the same occasion; so is
    # an edition the text puts inside the main one or the main one inside ("The summit
    # runs alongside the fourth China-ASEAN Expo"), wherever it is named.
    linked = {
        other
        for relation in found.relations
        if relation.predicate == "partOf" and main in (relation.subject, relation.object)
        for other in (relation.subject, relation.object)
    }
    first = ix.first_mentions()
    for key in [*in_lead, *(k for k in sorted(linked) if k not in in_lead)]:
        same_occasion = (
            key == main
            or key in linked
            or (key in in_lead and entities[key].edition_number == number)
        )
        if same_occasion and key in ix.resolved.editions and not found.has(key, "inYear"):
            found.add(key, "inYear", f"Year/{year}", "report-year", first[key].root)


def _dated_as_news(sentence: Span) -> bool:
    """Does the sentence date what it tells by the day of the report ("Leaders yesterday
    adopted ... at the second X Leaders' Meeting", "opened on Tuesday")? Then it reports
    the edition as news, whatever year counting from another edition would give (a series
    that has not met every year: the first in 2016, the second in January 2018)."""
    return any(
        ent.label_ == "DATE"
        and any(t.lower_ in _WEEKDAYS or t.lower_ in ("yesterday", "today") for t in ent)
        for ent in sentence.ents
    )


def _one_off_event(ix: DocumentIndex, *, past_editions: bool = False) -> str | None:
    """The one-off event a report that names no edition is about: the first event its lead
    (:meth:`DocumentIndex.lead_end`: bylines and page furniture not counted) names that is
    no series and that nothing dates otherwise (no year in its name: "Hannover Messe 2025"
    is dated by it). ``past_editions``: also where the article names an edition, but only
    after its lead."""
    if ix.main_edition() is not None and not past_editions:
        return None
    lead_end = ix.lead_end()
    series = set(ix.resolved.editions.values())
    # "the 2019 edition of the Kunming Fair": what has editions is a series, no one-off
    series |= {key for span, key in ix.mention_spans if span[-1].lower_ in EDITION_NOUNS}
    for span, key in ix.mention_spans:
        if span.start >= lead_end:
            return None
        entity = ix.resolved.entities.get(key)
        if ix.core(key) != "Event" or key in series or entity is None:
            continue
        if entity.finer_class == "EventSeries" or _YEAR_IN_NAME.search(entity.label):
            continue
        if span.start and ix.tokens[span.start - 1].lower_ == "inaugural":
            continue  # "the inaugural ASEAN-GCC-China Summit": the first of a series
        return key
    return None


def _said_apart(token: Token, event: Token) -> bool:
    """Is ``token`` inside a clause that is said, and does not name the event? ("In a
    keynote at the summit, Li said China would finish the talks within the next year":
    the year is the talks', not the summit's.)"""
    for clause in token.ancestors:
        if clause.dep_ == "ccomp":
            return not (clause.left_edge.i <= event.i <= clause.right_edge.i)
    return False


def infer_edition_years(
    resolved: ResolvedDocument, relations: list[Relation], published: date | None = None
) -> list[Relation]:
    """Infer the year of every edition of a series from one edition whose year is stated.

    Annual series only: the ordinal difference is the year difference. The first
    stated edition (lowest number) anchors the others; a series whose stated editions
    are not a year apart ("the first in 2002, the second in 2005") infers none. A year
    more than one past the publication's is no edition's the text can name (the 21st
    ASEAN Summit in 2012 does not put the 37th, in a 2020 report, in 2028: that series
    meets twice a year), so none is inferred there.
    """
    stated: dict[str, int] = {}
    for relation in relations:
        if relation.predicate == "inYear" and relation.subject in resolved.editions:
            year = year_of(relation.object)
            if year is not None:
                stated.setdefault(relation.subject, year)
    anchors: dict[str, tuple[int, int, str]] = {}
    for edition_key, year in stated.items():
        series = resolved.editions[edition_key]
        number = resolved.entities[edition_key].edition_number
        if number is None:
            continue
        if series not in anchors or number < anchors[series][0]:
            anchors[series] = (number, year, edition_key)
    steps = _series_steps(resolved, stated, anchors)
    inferred = []
    for edition_key, series in sorted(resolved.editions.items()):
        if edition_key in stated or series not in anchors or steps.get(series) != 1:
            continue
        number = resolved.entities[edition_key].edition_number
        if number is None:
            continue
        anchor_number, anchor_year, anchor_key = anchors[series]
        year = anchor_year + (number - anchor_number)
        if published is not None and year > published.year + 1:
            continue
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
    # The year of a series' first edition is the year the series began (stated, or
    # inferred from a later edition of the annual series: "the second forum was held last
    # July" after "the first forum" dates the series too), where the text names the series
    # itself ("CAEXPO", "the China International Import Expo"): a series known only from
    # its edition's name ("the first East Asia Summit will be held in Kuala Lumpur next
    # year") is that edition's occasion, not a series the text tells the start of.
    first_inferred = {
        r.subject: year_of(r.object) for r in inferred if r.subject in resolved.editions
    }
    named = {mention.entity for mention in resolved.mentions}
    for edition_key, series in sorted(resolved.editions.items()):
        if resolved.entities[edition_key].edition_number == 1 and series in named:
            year = stated.get(edition_key, first_inferred.get(edition_key))
            if year is not None:
                inferred.append(
                    Relation(series, "inYear", f"Year/{year}", "inferred:first-edition", (), True)
                )
    return inferred


def _series_steps(
    resolved: ResolvedDocument,
    stated: dict[str, int],
    anchors: dict[str, tuple[int, int, str]],
) -> dict[str, int | None]:
    """Years between a series' editions as its stated editions show them: 1 with one
    stated edition, the one whole step every stated edition fits, else None."""
    steps: dict[str, int | None] = {}
    for series, (anchor_number, anchor_year, _key) in anchors.items():
        found: set[int | None] = set()
        for edition_key, year in stated.items():
            number = resolved.entities[edition_key].edition_number
            if resolved.editions[edition_key] != series or number in (None, anchor_number):
                continue
            gap, apart = year - anchor_year, number - anchor_number
            found.add(gap // apart if gap > 0 and gap % apart == 0 else None)
        steps[series] = found.pop() if len(found) == 1 else (1 if not found else None)
    return steps
