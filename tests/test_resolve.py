"""Merging across documents: one node per name, an alias joins the entity it names."""

from __future__ import annotations

from caexpo_kg.model import Document, Entity, Extraction, Mention, Relation
from caexpo_kg.resolve.entities import EntityTable, merge_extractions


def extraction(doc_id: str, *entities: Entity, relations: tuple[Relation, ...] = ()) -> Extraction:
    mentions = tuple(Mention(0, 1, "x", e.key, "test") for e in entities)
    return Extraction(Document(doc_id, "x"), entities, mentions, relations)


ACC_FULL = Entity("Organisation/asean-china-centre", "ASEAN-China Centre", "Organisation", ("ACC",))
ACC_SHORT = Entity("Organisation/acc", "ACC", "Organisation")
EXPO = Entity("Event/20th-china-asean-expo", "20th China-ASEAN Expo", "Event", edition_number=20)


def test_an_acronym_in_one_document_joins_the_name_defined_in_another():
    first = extraction("a", ACC_FULL)
    second = extraction(
        "b",
        ACC_SHORT,
        EXPO,
        relations=(Relation(ACC_SHORT.key, "participatedIn", EXPO.key, "test"),),
    )
    merged = merge_extractions([first, second])
    keys = {e.key for x in merged for e in x.entities}
    assert keys == {ACC_FULL.key, EXPO.key}
    (relation,) = merged[1].relations
    assert relation.subject == ACC_FULL.key
    assert merged[1].mentions[0].entity == ACC_FULL.key
    label = next(e for e in merged[1].entities if e.key == ACC_FULL.key)
    assert label.label == "ASEAN-China Centre" and "ACC" in label.aliases


def test_the_same_name_in_two_documents_is_one_node_with_all_its_aliases():
    one = Entity("Person/wen-jiabao", "Wen Jiabao", "Person", ("Wen",))
    other = Entity("Person/wen-jiabao", "Wen Jiabao", "Person", ("Premier Wen",))
    merged = merge_extractions([extraction("a", one), extraction("b", other)])
    entities = {e.key: e for x in merged for e in x.entities}
    assert list(entities) == ["Person/wen-jiabao"]
    assert set(entities["Person/wen-jiabao"].aliases) == {"Wen", "Premier Wen"}


def test_the_table_merges_a_corpus_it_is_fed_one_document_at_a_time():
    table = EntityTable()
    documents = [extraction("a", ACC_SHORT), extraction("b", ACC_FULL)]
    for document in documents:
        table.add(document)
    assert [e.key for e in table.apply(documents[0]).entities] == [ACC_FULL.key]


def test_editions_of_one_number_join_once_their_series_spellings_are_one():
    def event(label: str, *aliases: str, number: int | None = None) -> Entity:
        key = "Event/" + label.lower().replace(" ", "-")
        return Entity(key, label, "Event", aliases, edition_number=number)

    series = event("ASEAN-China Summit", "China-ASEAN Summit")
    other_series = event("China-ASEAN Summit")
    eighth = event("8th ASEAN-China Summit", number=8)
    also_eighth = event("8th China-ASEAN Summit", number=8)
    ninth = event("9th China-ASEAN Summit", number=9)

    def edition_of(edition: Entity, of: Entity) -> Relation:
        return Relation(edition.key, "editionOf", of.key, "test")

    merged = merge_extractions(
        [
            extraction("a", series, eighth, relations=(edition_of(eighth, series),)),
            extraction(
                "b",
                other_series,
                also_eighth,
                ninth,
                relations=(edition_of(also_eighth, other_series), edition_of(ninth, other_series)),
            ),
        ]
    )
    keys = {e.key for x in merged for e in x.entities}
    assert keys == {series.key, eighth.key, ninth.key}  # the 9th stays its own edition
    subjects = {r.subject for r in merged[1].relations}
    assert subjects == {eighth.key, ninth.key}


def test_editions_named_in_both_ordinal_forms_join_only_their_own_number():
    def edition(number: int, digits: str, word: str) -> Entity:
        key, label, alias = (
            f"Event/{digits}-gms-summit",
            f"{digits} GMS Summit",
            f"{word} GMS Summit",
        )
        return Entity(key, label, "Event", (alias,), edition_number=number)

    second, third = edition(2, "2nd", "second"), edition(3, "3rd", "third")
    printed = Entity("Event/second-gms-summit", "second GMS Summit", "Event")
    merged = merge_extractions(
        [extraction("a", second), extraction("b", third), extraction("c", printed)]
    )
    keys = [[e.key for e in x.entities] for x in merged]
    assert keys == [[second.key], [third.key], [second.key]]


Y2015 = Entity("Year/2015", "2015", "Year", year=2015)
Y2016 = Entity("Year/2016", "2016", "Year", year=2016)


def in_year(year: Entity, inferred: bool = False) -> Relation:
    return Relation(EXPO.key, "inYear", year.key, "test", inferred=inferred)


def test_documents_that_disagree_on_an_editions_year_are_outvoted_by_the_majority():
    corpus = [
        extraction("a", EXPO, Y2016, relations=(in_year(Y2016),)),
        extraction("b", EXPO, Y2015, relations=(in_year(Y2015),)),
        extraction("c", EXPO, Y2015, relations=(in_year(Y2015),)),
    ]
    merged = merge_extractions(corpus)
    years = {r.object for x in merged for r in x.relations if r.predicate == "inYear"}
    assert years == {Y2015.key}
    table = EntityTable()
    for document in corpus:
        table.add(document)
    assert table.year_conflicts() == 1


def test_a_stated_year_beats_inferred_ones_and_a_tie_goes_to_the_earlier_document():
    stated_later = [
        extraction("a", EXPO, Y2016, relations=(in_year(Y2016, inferred=True),)),
        extraction("b", EXPO, Y2016, relations=(in_year(Y2016, inferred=True),)),
        extraction("c", EXPO, Y2015, relations=(in_year(Y2015),)),
    ]
    merged = merge_extractions(stated_later)
    assert {r.object for x in merged for r in x.relations} == {Y2015.key}
    tie = [
        extraction("a", EXPO, Y2016, relations=(in_year(Y2016),)),
        extraction("b", EXPO, Y2015, relations=(in_year(Y2015),)),
    ]
    assert {r.object for x in merge_extractions(tie) for r in x.relations} == {Y2016.key}


def test_the_table_is_the_same_whatever_order_documents_are_added_in():
    early = Entity(EXPO.key, EXPO.label, "Event", edition_number=20, finer_class="Expo")
    late = Entity(EXPO.key, EXPO.label, "Event", edition_number=20)
    documents = [extraction("a", early), extraction("b", late)]
    forward, backward = EntityTable(), EntityTable()
    for position, document in enumerate(documents):
        forward.add(document, position)
    for position, document in reversed(list(enumerate(documents))):
        backward.add(document, position)
    assert forward.merged() == backward.merged()
    assert forward.merged()[EXPO.key].finer_class == "Expo"


# ------------------------------------------------- within one document (no model needed)
def _resolve(nlp, text: str, published: str | None = "2016-05-01"):
    from caexpo_kg.read.corpus import read_text
    from caexpo_kg.resolve.entities import resolve_document

    doc = nlp(text)
    resolved = resolve_document(doc, read_text(text, doc_id="t", published=published).published)
    return {
        text[start:end]: resolved.entities[key].label
        for (start, end), key in resolved.span_entity.items()
    }, resolved


def test_a_definite_description_takes_the_nearest_fitting_event_of_its_paragraph(blank_nlp):
    names, _ = _resolve(
        blank_nlp,
        "Firms gather in Nanning\n\n"
        "The China-ASEAN Expo opened beside the Information Harbor Forum. The expo drew firms."
        "\n\nThe Mekong Tourism Fair opened too. The fair was full. The forum was full too.",
    )
    assert names["expo"] == "China-ASEAN Expo"  # "fair" and "expo" are one family
    assert names["fair"] == "Mekong Tourism Fair"  # the nearer of the two
    # No forum in its paragraph: the first forum the article names after its headline.
    assert names["forum"] == "Information Harbor Forum"


def test_the_following_year_counts_from_the_last_year_named_before_it(blank_nlp):
    _, resolved = _resolve(
        blank_nlp,
        "The following year came first. The talks began in 2010. "
        "The following year, the talks ended. A pact came in 2014.",
    )
    years = sorted(e.label for e in resolved.entities.values() if e.core_class == "Year")
    # 2017: before any year is named, it counts from the publication date (2016)
    assert years == ["2010", "2011", "2014", "2017"]


def test_a_short_name_follows_a_longer_name_that_joins_a_longer_one_still():
    """ "Lim" is "Lim Jock Hoi", who is "Dato Lim Jock Hoi": all three are one person,
    whatever order the names come in (this order once raised a KeyError)."""
    import spacy
    from spacy.tokens import Span

    from caexpo_kg.extract.components.entities import register_extensions
    from caexpo_kg.resolve.entities import resolve_document

    register_extensions()
    doc = spacy.blank("en")("Lim Jock Hoi came . Lim spoke . Dato Lim Jock Hoi left .")
    spans = []
    for start, end in ((0, 3), (5, 6), (8, 12)):
        span = Span(doc, start, end, label="Person")
        span._.caexpo_label = span.text
        spans.append(span)
    doc.spans["caexpo"] = spans
    resolved = resolve_document(doc, None)
    assert set(resolved.span_entity.values()) == {"Person/dato-lim-jock-hoi"}
    (person,) = resolved.entities.values()
    assert set(person.aliases) == {"Lim", "Lim Jock Hoi"}


def test_a_first_line_opening_with_a_dateline_is_the_lede_whose_event_a_description_takes(
    blank_nlp,
):
    """ "KUNMING, July 23 -- The 8th X Expo opened ... the expo has since ...": a first line
    with a dateline is no headline; its event is the story's, not a fair named later."""
    body = (
        "The 8th China-South Asia Expo opened on Tuesday.\n\n"
        "The expo drew 2,000 firms.\n\n"
        "Running alongside it is the 28th Kunming Import and Export Fair."
    )
    names, _ = _resolve(blank_nlp, "KUNMING, July 23 -- " + body, published="2024-07-23")
    assert names["expo"] == "8th China-South Asia Expo"
    # A headline's event is not the antecedent: the fair named in the body is taken.
    headlined = body.replace(" opened on Tuesday.\n\n", " opens\n\n", 1)
    names, _ = _resolve(blank_nlp, headlined, published="2024-07-23")
    assert names["expo"] == "28th Kunming Import and Export Fair"
