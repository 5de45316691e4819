"""The notebooks: committed clean (no outputs), and every one runs top to bottom.

Running them is how they stay true: a renamed method or a changed query breaks the
test, not a researcher's afternoon. They run from ``notebooks/`` as the working
directory, as Jupyter would start them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
ALL = sorted(NOTEBOOKS.glob("*.ipynb"))


def _load(path: Path):
    import nbformat

    return nbformat.read(path, as_version=4)


def test_there_are_notebooks():
    assert {p.name for p in ALL} >= {"explore.ipynb", "corpus.ipynb"}


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_notebook_is_committed_stripped(path):
    """nbstripout-clean: no outputs, no execution counts, no per-run metadata."""
    import nbformat

    book = _load(path)
    nbformat.validate(book)
    for number, cell in enumerate(book.cells):
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{path.name} cell {number} has outputs"
            assert cell.execution_count is None, f"{path.name} cell {number} has a count"
        assert not {"execution", "collapsed", "scrolled"} & set(cell.metadata), (
            f"{path.name} cell {number} has run metadata"
        )
    assert set(book.metadata) <= {"kernelspec", "language_info"}


def _run(path: Path) -> list:
    """Every code cell's outputs, the notebook run top to bottom as Jupyter would."""
    from nbclient import NotebookClient

    book = _load(path)
    client = NotebookClient(
        book,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    client.execute()  # raises CellExecutionError, naming the cell, when one fails
    outputs = [o for cell in book.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    return outputs


@pytest.mark.model
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # jupyter_client/zmq on import
@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_notebook_runs(path):
    outputs = _run(path)
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert images, "no plot was drawn"
    if path.name == "explore.ipynb":
        pages = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
        assert any("<iframe srcdoc=" in page for page in pages), "no interactive graph shown"


@pytest.mark.model
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_the_corpus_notebook_runs_on_a_corpus_in_which_nothing_is_dated(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Officials met in Jakarta to talk about rice.\n")
    monkeypatch.setenv("CAEXPO_CORPUS", str(tmp_path))  # the kernel inherits it
    outputs = _run(NOTEBOOKS / "corpus.ipynb")
    assert any("1 articles" in "".join(o.get("text", "")) for o in outputs)
