"""What a build does unless told otherwise, for ``caexpo-kg build`` and ``caexpo_kg.build()``.

One home, so that the command line and the Python API make the same graph from the
same input. Kept free of heavy imports: the command line reads it before spaCy loads.
"""

from __future__ import annotations

__all__ = [
    "INFER",
    "LEARNED_ENTITIES",
    "MODEL_ENV",
    "REASON",
    "STRICT",
    "VALIDATE",
    "WORLD_KNOWLEDGE",
]

#: Infer editions' years from other editions of the series (the ``inferred`` graph).
INFER = True
#: Check the graph against ``ontology/shapes.ttl`` before it is returned or written.
VALIDATE = True
#: On a violation, keep nothing: off, the documents whose triples break a shape are held
#: back and the rest is kept (one mis-read sentence should not cost a corpus).
STRICT = False
#: Add the OWL-RL closure (the ``reasoned`` graph): off, it costs seconds and adds triples.
REASON = False
#: Add which country each named city or province is in (the ``world`` graph): off, since
#: news rarely says so and annotators rarely write it down (:mod:`caexpo_kg.rdf.world`).
WORLD_KNOWLEDGE = False
#: Drop the entities the learned filter (``data/models/entities.json``) rejects, with their
#: mentions and relations (``docs/learned-layer.md``): on, since it raised held-out batch
#: 09's entity F1 (0.882 → 0.902) and did not lower its relation F1; then the relations
#: the learned relation filter (``data/models/relations.json``) rejects (cross-validated
#: on unseen readings, relation precision 0.839 → 0.870 at recall 0.640 → 0.631);
#: then adds the participations the learned proposer (``data/models/participation.json``)
#: finds (cross-validated on unseen readings after both filters, relation F1 0.738 →
#: 0.746, precision 0.874 → 0.871), then the participations across sentences that the
#: second participation proposer (``data/models/proposals/participatedIn-across.json``)
#: finds (the same cross-validation over 01–18, after participation: relation F1 0.753 →
#: 0.763, precision 0.874 → 0.872), then the places events were held in that the heldIn
#: proposer (``data/models/proposals/heldIn.json``) finds (the same cross-validation, after
#: participation: relation F1 0.753 → 0.759, precision 0.876 → 0.874);
#: ``--rules-only`` (``learned_entities=False``) leaves the rules alone to decide.
LEARNED_ENTITIES = True
#: The environment variable naming the spaCy pipeline to use when none is given.
MODEL_ENV = "CAEXPO_KG_MODEL"
