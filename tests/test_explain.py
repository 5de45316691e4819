"""explain: the rule and the sentence behind a triple, word for word (model-free)."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from caexpo_kg import KnowledgeGraph
from caexpo_kg.cli import main
from caexpo_kg.errors import EntityNotFoundError
from caexpo_kg.query.explain import Explanation

MINI = str(Path(__file__).parent / "data" / "caexpo-mini.trig")
SEED = "https://w3id.org/caexpo-kg/id/document/seed"
HUAWEI_AT_15 = (
    "At the 15th CAEXPO, Chinese tech giant Huawei presented future scenarios of a micro "
    "smart city."
)


def run(*args: str) -> Result:
    with warnings.catch_warnings():  # rdflib 7.6 warns parsing TriG: not ours
        warnings.simplefilter("ignore", DeprecationWarning)
        return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def mini() -> KnowledgeGraph:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return KnowledgeGraph.load(MINI)


def test_a_stated_triple_gives_its_rule_and_sentence(mini: KnowledgeGraph) -> None:
    assert mini.explain("Huawei", "participatedIn", "15th CAEXPO") == [
        Explanation("participatedIn:at-edition", HUAWEI_AT_15, SEED, inferred=False)
    ]


def test_an_inferred_triple_says_so_and_has_no_sentence(mini: KnowledgeGraph) -> None:
    assert mini.explain("15th China-ASEAN Expo", "inYear", "2018") == [
        Explanation("inYear:from-other-editions", "", SEED, inferred=True)
    ]


def test_names_are_labels_or_aliases_and_predicates_names_or_iris(mini: KnowledgeGraph) -> None:
    by_iri = mini.explain(
        "huawei", "https://w3id.org/caexpo-kg/ontology#participatedIn", "15th China-ASEAN Expo"
    )
    assert by_iri == mini.explain("Huawei", "participatedIn", "15th CAEXPO")


def test_the_command_prints_the_rule_then_the_sentence() -> None:
    result = run("explain", MINI, "Huawei", "participatedIn", "15th CAEXPO")
    assert result.exit_code == 0, result.output
    assert result.stdout == (f"participatedIn:at-edition (stated) in {SEED}\n    {HUAWEI_AT_15}\n")
    inferred = run("explain", MINI, "15th CAEXPO", "inYear", "2018")
    assert inferred.stdout == f"inYear:from-other-editions (inferred) in {SEED}\n"


def test_a_triple_without_evidence_is_a_one_line_error() -> None:
    result = run("explain", MINI, "15th CAEXPO", "heldIn", "Nanning")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        "caexpo-kg: error: no evidence for '15th CAEXPO' heldIn 'Nanning' in caexpo-mini.trig\n"
    )


def test_an_unknown_name_suggests_close_ones(mini: KnowledgeGraph) -> None:
    with pytest.raises(EntityNotFoundError, match="did you mean: 'Huawei'"):
        mini.explain("Huawai", "participatedIn", "15th CAEXPO")


def test_a_relation_that_does_not_exist_is_named_with_the_ones_that_do() -> None:
    result = run("explain", MINI, "Huawei", "heldin", "15th CAEXPO")  # a slip of case
    assert result.exit_code == 1
    assert result.stderr.startswith("caexpo-kg: error: unknown relation 'heldin'; use one of ")
    assert "heldIn" in result.stderr and result.stderr.count("\n") == 1


def test_a_relation_may_be_written_with_its_prefix(mini: KnowledgeGraph) -> None:
    assert mini.explain("Huawei", "ckg:participatedIn", "15th CAEXPO") == mini.explain(
        "Huawei", "participatedIn", "15th CAEXPO"
    )
