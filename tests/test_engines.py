"""Engines: a Dask cluster of two workers gives what the local engine gives."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from caexpo_kg.errors import CaexpoError
from caexpo_kg.pipeline.engines import DaskEngine, LocalEngine, make_engine
from caexpo_kg.read.corpus import read_documents
from conftest import SAMPLE

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as local,
        distributed.Client(local) as client,
    ):
        yield local, client


def test_dask_engine_gives_the_local_engine_output(cluster):
    _, client = cluster
    documents = list(read_documents([SAMPLE]))
    local = list(LocalEngine().extract(documents, model="blank"))
    engine = DaskEngine(client=client, chunk_size=3)
    assert list(engine.extract(documents, model="blank")) == local
    assert len(client.scheduler_info()["workers"]) == 2


def test_cli_build_with_dask_equals_local(cluster, tmp_path):
    local_cluster, _ = cluster
    from caexpo_kg.cli import main

    runner = CliRunner()
    args = ["build", str(SAMPLE), "--model", "blank"]
    local = runner.invoke(main, [*args, "-o", str(tmp_path / "local.nq")])
    assert local.exit_code == 0, local.output
    dask = runner.invoke(
        main,
        [
            *args,
            "-o",
            str(tmp_path / "dask.nq"),
            "--engine",
            "dask",
            "--scheduler",
            local_cluster.scheduler_address,
        ],
    )
    assert dask.exit_code == 0, dask.output
    assert (tmp_path / "dask.nq").read_bytes() == (tmp_path / "local.nq").read_bytes()


def test_dask_without_a_scheduler_is_a_user_error():
    with pytest.raises(CaexpoError, match="--scheduler"):
        make_engine("dask")


def test_unknown_engine():
    with pytest.raises(CaexpoError, match="unknown engine"):
        make_engine("spark")
