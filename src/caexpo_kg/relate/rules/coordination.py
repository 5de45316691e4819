"""Two events named in one phrase share the frame the phrase stands in."""

from __future__ import annotations

from itertools import pairwise

from ...model import Relation
from ..index import DocumentIndex, Findings
from ..registry import rule

#: What a frame says of both events of "the 20th E1 and E2" alike: where and when they
#: were held. (Who took part is read by the participation rules.)
_SHARED_PROPERTIES = ("heldIn", "inYear")

#: Dependencies by which the first event's name hangs inside the second's noun phrase.
_INSIDE_DEPS = ("nmod", "compound", "amod", "npadvmod")


@rule(
    "coordinated-events",
    makes=_SHARED_PROPERTIES,
    example=(
        "Premier Li Qiang opened the 20th China-ASEAN Expo and China-ASEAN Business and "
        "Investment Summit in Nanning on Sunday."
    ),
    expect=("20th China-ASEAN Expo", "heldIn", "Nanning"),
    counter=(
        "Premier Li Qiang opened the 20th China-ASEAN Business and Investment Summit in "
        "Nanning on Sunday after the 20th China-ASEAN Expo had closed."
    ),
)
def coordinated_events(ix: DocumentIndex, found: Findings) -> None:
    """ "The 21st China-ASEAN Expo and China-ASEAN Business and Investment Summit opened
    in Nanning": the parser makes the first name a modifier inside the second's phrase, so
    the frame rules read the second event only; what they read of it in that sentence
    (where, when) holds for the first as well. Runs after the frame and year rules."""
    events = [(s, k) for s, k in ix.mention_spans if ix.core(k) == "Event"]
    said_of: dict[str, list[Relation]] = {}  # looked up per pair, not scanned: linear
    for relation in found.relations:
        if relation.predicate in _SHARED_PROPERTIES and relation.evidence:
            said_of.setdefault(relation.subject, []).append(relation)
    for (first, first_key), (second, second_key) in pairwise(events):
        if first_key == second_key or ix.text[first.end_char : second.start_char] != " and ":
            continue
        head = ix.head_mention_token(first)
        if head.dep_ not in _INSIDE_DEPS or not (second.start <= head.head.i < second.end):
            continue
        sentence = ix.sentence(head)
        stated = [
            r
            for r in said_of.get(second_key, ())
            if sentence.start_char <= r.evidence[0].start < sentence.end_char
        ]
        for relation in stated:
            found.add(first_key, relation.predicate, relation.object, "coordinated-event", head)
