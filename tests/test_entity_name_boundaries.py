"""What is no entity, or no part of a name: a product in apposition to "a range of" goods,
page furniture (photo credits, masthead lines, a wire's sign-off glued to the last word)
and a preposition the NER's span took after a name. Each shape with a sentence of our own
it must leave alone and, where the rule reads one, the sentence it reads."""

from __future__ import annotations

import pytest

from caexpo_kg.resolve.entities import resolve_document
from conftest import entities

pytestmark = pytest.mark.model


#: (sentence, name, its class, or None where the name must not be an entity)
SHAPES = [
    # a name in apposition to "a range of"/"a line of" goods is a product, no entity
    ("The firm will unveil Mekong Gold Bites, a range of dried durian snacks, at the fair.",
     "Mekong Gold Bites", None),
    ('The firm will unveil "Siam Kitchen Pro", a line of ready meals, at the fair.',
     "Siam Kitchen Pro", None),
    ("The firm met Mekong Gold Foods, a maker of dried durian snacks, at the fair.",
     "Mekong Gold Foods", "Organisation"),
    # a photo credit (an agency's capitals, a slash, the photographer) is page furniture
    ("Buyers crowd the hall.\n\nBP/Budi Santoso Wirawan\n", "Budi Santoso Wirawan", None),
    ("Buyers crowd the hall. \u2014 VNA/VNS Photo Nguyen Minh Duc", "VNS Photo Nguyen Minh Duc",
     None),
    ("Buyers met Budi Santoso Wirawan in the hall.", "Budi Santoso Wirawan", "Person"),
    # a masthead line whose fields a bullet divides, one of them a date, is furniture
    ("Surabaya \u25cf Thu, March 2, 2023\n\nBuyers crowd the hall.", "Surabaya \u25cf Thu",
     None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "core_class"), SHAPES)
def test_the_class_of_a_name_from_its_shape(nlp, text, name, core_class):
    assert entities(nlp, text).get(name) == core_class


def test_a_preposition_the_ners_span_took_after_a_name_is_no_part_of_it(nlp):
    """The NER sometimes ends an event's span on the "in" after it; the name ends before."""
    from spacy.tokens import Span

    text = "Held within the 2019 ASEAN Transport Ministers' Meeting in Makati City were two talks."
    with nlp.select_pipes(disable=["caexpo_entities"]):
        doc = nlp(text)
    at = next(t.i for t in doc if t.text == "in")
    doc.ents = [Span(doc, 2, at + 1, label="EVENT"), *(e for e in doc.ents if e.start > at)]
    found = {
        e.label: e.core_class
        for e in resolve_document(nlp.get_pipe("caexpo_entities")(doc), None).entities.values()
    }
    assert found["2019 ASEAN Transport Ministers' Meeting"] == "Event"
    assert not any(label.endswith(" In") for label in found)


def test_a_wire_sign_off_glued_to_the_last_word(nlp):
    """ "... Rural Development./.": the Vietnam News Agency's sign-off is no part of the
    name before it; a stop after a name is left as it was."""
    found = entities(nlp, "Prices rose, according to the Ministry of Industry and Trade./.")
    assert found.get("Ministry of Industry and Trade") == "Organisation"
    tokens = [t.text for t in nlp.tokenizer("He joined Vinacafe Co. in 2010 (est.) and left.")]
    assert "./." not in tokens and "Co." in tokens
