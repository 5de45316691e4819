"""The linear model the learned layers ship as JSON: scoring, explaining, files."""

from __future__ import annotations

import json
import math

import pytest

from caexpo_kg.errors import InputError
from caexpo_kg.linear import LinearModel, fit_logistic


def _model() -> LinearModel:
    return LinearModel("toy", bias=-1.0, weights={"verb=attend": 3.0, "far": -2.0}, threshold=0.6)


def test_probability_is_the_logistic_of_the_weights_present():
    model = _model()
    assert model.probability([]) == pytest.approx(1 / (1 + 2.718281828**1.0), rel=1e-6)
    assert model.probability(["verb=attend"]) == pytest.approx(1 / (1 + 2.718281828**-2.0))
    # a feature counts once, however often it is listed; unknown features weigh nothing
    assert model.probability(["verb=attend", "verb=attend", "unseen"]) == model.probability(
        ["verb=attend"]
    )


def test_distinct_features_sum_as_given_and_as_probability_does():
    model = LinearModel("toy", bias=0.1, weights={"a": 0.1, "b": 0.2, "c": 0.3})
    features = ["c", "a", "b", "unseen"]
    assert model.probability_of_distinct(features) == model.probability(features)
    # summed in the order first given, whatever the process's string hashes (a set's order
    # would vary with them): a float sum depends on its order, 1e16 + 1 - 1e16 == 0
    skewed = LinearModel("toy", bias=0.0, weights={"big": 1e16, "one": 1.0, "minus": -1e16})
    assert skewed.probability(["big", "one", "big", "minus"]) == 0.5
    assert skewed.probability(["big", "minus", "one"]) == 1 / (1 + math.exp(-1.0))


def test_accepts_only_at_or_above_the_threshold():
    model = _model()
    assert model.accepts(["verb=attend"])
    assert not model.accepts(["verb=attend", "far"])


def test_explain_names_the_heaviest_features_present():
    assert _model().explain(["far", "verb=attend", "unseen"]) == [
        ("verb=attend", 3.0),
        ("far", -2.0),
    ]


def test_a_saved_model_loads_the_same(tmp_path):
    path = tmp_path / "toy.json"
    _model().save(path)
    again = LinearModel.load(path)
    assert again == _model()
    assert not (tmp_path / "toy.json.partial").exists()
    assert list(json.loads(path.read_text())["weights"]) == ["far", "verb=attend"]


def test_a_broken_model_file_is_named_in_one_line(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"name": "x"}')
    with pytest.raises(InputError, match=r"broken\.json: not a linear model file"):
        LinearModel.load(path)
    with pytest.raises(InputError, match=r"missing\.json: cannot read model"):
        LinearModel.load(tmp_path / "missing.json")


def test_fitting_learns_which_feature_marks_the_positives():
    examples = [["cue", "noise"], ["cue"], ["noise"], ["other"]] * 5
    labels = [True, True, False, False] * 5
    model = fit_logistic(examples, labels, regularisation=10.0, name="toy")
    assert model.weights["cue"] > 1.0 > model.weights["noise"]
    assert model.accepts(["cue"]) and not model.accepts(["noise"])


def test_fitting_needs_both_classes():
    with pytest.raises(InputError, match="both classes"):
        fit_logistic([["a"], ["b"]], [True, True], name="toy")


def test_conjoined_features_score_as_the_conjoined_list_does():
    # the class corrector scores an entity's features under each class it might take:
    # the same float as the list of conjoined strings, without making them
    model = LinearModel(
        "toy",
        bias=0.25,
        weights={"to:A": 0.5, "to:A|x": 1e16, "to:A|y": 1.0, "to:A|z": -1e16, "to:B|x": 3.0},
    )
    for features in (["x", "y", "z"], ["y", "x", "z"], ["z", "unseen"], []):
        conjoined = ["to:A", *(f"to:A|{f}" for f in features)]
        assert model.probability_conjoined("to:A", features) == model.probability_of_distinct(
            conjoined
        )
    assert model.probability_conjoined("to:C", ["x"]) == model.probability([])
    # all prefixes at once (each feature looked up once): each the same float as alone, in
    # the prefixes' order, a prefix with no weights and a feature none weighs included
    for features in (["x", "y", "z"], ["z", "y", "x"], ["y", "unseen", "x"], []):
        prefixes = ("to:B", "to:A", "to:C")
        assert model.probabilities_conjoined(prefixes, features) == [
            model.probability_conjoined(prefix, features) for prefix in prefixes
        ]
