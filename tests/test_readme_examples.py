"""Every command the README, ``docs/`` and ``--help`` show runs on the bundled sample and answers.

The commands are read from the README itself and from the ``docs/*.md`` files it points
to, where its longer sections moved (their ``bash`` blocks, and inline examples that name
the sample), and from each verb's help, so an example that stops answering, or a README
that drifts from the code, fails here. They run in a scratch folder where
``data/`` is the repository's, in the order written, through the same click entry
point as the ``caexpo-kg`` script (in process: the model loads once). "Answers" means
exit 0 and something to show: printed output, or the file ``-o`` names, or the note a
store build prints; never an empty table, an empty JSON result or "no path".
"""

from __future__ import annotations

import glob
import re
import shlex
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from caexpo_kg.cli import main
from conftest import REPO

README = REPO / "README.md"
#: docs files whose examples name the reader's own files (``my-article.gold.json``), not the sample
_NOT_RUN = {"evaluation.md"}
#: README's longer sections, moved to ``docs/``: their examples are README's and are run too
DOCS = sorted(path for path in (REPO / "docs").glob("*.md") if path.name not in _NOT_RUN)
PROGRAMS = (["caexpo-kg"], ["python", "-m", "caexpo_kg"])
#: Inline code that is an example, not a synopsis: it names the sample's files.
_RUNNABLE_INLINE = re.compile(r"sample\.trig|sample\.oxigraph|data/")
_LOCAL_SERVER = re.compile(r"http://127\.0\.0\.1:\d+")


def _command(tokens: list[str]) -> list[str] | None:
    """The arguments after the program name, if ``tokens`` runs caexpo-kg."""
    for program in PROGRAMS:
        if tokens[: len(program)] == program:
            return tokens[len(program) :]
    return None


def _commands_in(line: str) -> list[list[str]]:
    """caexpo-kg commands on one shell line (``a && b``; comments dropped)."""
    tokens = shlex.split(line, comments=True)
    found, current = [], []
    for token in [*tokens, "&&"]:
        if token == "&&":
            command = _command(current)
            if command is not None:
                found.append(command)
            current = []
        else:
            current.append(token)
    return found


def readme_commands(text: str) -> list[list[str]]:
    """The caexpo-kg commands of the README: ``bash`` blocks, then runnable inline code."""
    commands = []
    for block in re.findall(r"```bash\n(.*?)```", text, flags=re.DOTALL):
        for line in block.splitlines():
            commands += _commands_in(line)
    prose = re.sub(r"```.*?```", "", text, flags=re.DOTALL)
    for span in re.findall(r"`([^`\n]+)`", prose):
        if span.startswith(("caexpo-kg ", "python -m caexpo_kg")) and _RUNNABLE_INLINE.search(span):
            commands += _commands_in(span)
    return commands


def help_commands() -> list[list[str]]:
    """The examples at the end of ``caexpo-kg --help`` and of each verb's ``--help``."""
    commands = []
    for name in ["", *sorted(main.commands)]:
        args = [name, "--help"] if name else ["--help"]
        text = CliRunner().invoke(main, args).output
        examples = text.split("Examples:", 1)[1] if "Examples:" in text else ""
        for line in examples.splitlines():
            commands += _commands_in(line.strip())
    return commands


def _unique(commands: list[list[str]]) -> list[list[str]]:
    seen, unique = set(), []
    for command in commands:
        if tuple(command) not in seen:
            seen.add(tuple(command))
            unique.append(command)
    return unique


EXAMPLES = _unique(
    [
        command
        for page in [README, *DOCS]
        for command in readme_commands(page.read_text(encoding="utf-8"))
    ]
    + help_commands()
)


def test_the_examples_were_found() -> None:
    """A broken extractor would make the test below pass on nothing."""
    assert len(EXAMPLES) >= 30
    verbs = {command[0] for command in EXAMPLES if command and not command[0].startswith("-")}
    assert verbs >= set(main.commands)  # every verb has at least one example


def test_ci_runs_the_readme_set_up_commands_as_written() -> None:
    block = re.search(
        r"## Set-up: two commands\n\n```bash\n(.*?)```", README.read_text(), flags=re.DOTALL
    )
    assert block is not None
    set_up = [line for line in block.group(1).splitlines() if line and not line.startswith("#")]
    assert len(set_up) == 2
    ci = (REPO / ".ci" / "run").read_text().splitlines()
    assert [line for line in ci if line in set_up] == set_up
    assert not [line for line in ci if "--upgrade pip" in line]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory, nlp) -> Path:
    """A scratch folder with ``data/``, the sample's graph and its store already built,
    so that any one example can run alone."""
    folder = tmp_path_factory.mktemp("readme")
    (folder / "data").symlink_to(REPO / "data", target_is_directory=True)
    for args in (["-o", "sample.trig"], ["--store", "sample.oxigraph"]):
        result = _run(folder, ["build", "data/sample", *args])
        assert result.exit_code == 0, result.output
    return folder


def _run(folder: Path, command: list[str]) -> Result:
    """``command`` in ``folder``: shell globs expanded, ``< FILE`` as standard input."""
    args, stdin = [], None
    tokens = iter(command)
    for token in tokens:
        if token == "<":
            stdin = (folder / next(tokens)).read_bytes()
        elif any(c in token for c in "*?["):
            args += sorted(
                str(Path(p).relative_to(folder)) for p in glob.glob(str(folder / token))
            ) or [token]
        else:
            args.append(token)
    with pytest.MonkeyPatch.context() as patch, warnings.catch_warnings():
        patch.chdir(folder)
        # rdflib 7.6's Dataset.parse warns (DeprecationWarning) for TriG: not ours.
        warnings.simplefilter("ignore", DeprecationWarning)
        return CliRunner().invoke(main, args, input=stdin)


def _answer(folder: Path, command: list[str], result: Result) -> str:
    """What the command gave: its output, else the file -o names, else its note."""
    if result.stdout.strip():
        return result.stdout
    for flag in ("-o", "--output"):
        if flag in command:
            written = folder / command[command.index(flag) + 1]
            return written.read_text(encoding="utf-8", errors="replace") if written.exists() else ""
    return result.stderr


@pytest.mark.model
@pytest.mark.parametrize("command", EXAMPLES, ids=shlex.join)
def test_example_answers(command: list[str], workdir: Path) -> None:
    if command[0] == "push":  # the README's server, started here on a free port
        from _servers import oxigraph_server, sparql_select

        with oxigraph_server("serve", "--location", str(workdir / "pushed")) as base:
            command = [_LOCAL_SERVER.sub(base, token) for token in command]
            result = _run(workdir, command)
            count = sparql_select(base, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
        assert result.exit_code == 0, result.output
        assert int(count[0]["n"]["value"]) > 1000
        return
    result = _run(workdir, command)
    assert result.exit_code == 0, f"{shlex.join(command)}\n{result.output}"
    answer = _answer(workdir, command, result)
    assert answer.strip(), f"{shlex.join(command)} answered nothing"
    assert "(0 rows)" not in answer
    assert '"bindings": []' not in answer
    assert "no path between" not in result.stderr


def _python_blocks(page: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), re.DOTALL)


def test_readme_has_python_examples() -> None:
    assert len(_python_blocks(README)) >= 2


@pytest.mark.model
@pytest.mark.parametrize("page", [README, *DOCS], ids=lambda page: page.name)
def test_readme_python_examples_run_and_answer(page: Path, workdir: Path) -> None:
    """Each page's Python blocks, in order, in one namespace of its own (README's, then
    each docs file's); an expression that gives a value gives a non-empty one."""
    import ast

    namespace: dict = {}
    with pytest.MonkeyPatch.context() as patch, warnings.catch_warnings():
        patch.chdir(workdir)
        warnings.simplefilter("ignore", DeprecationWarning)
        for block in _python_blocks(page):
            for statement in ast.parse(block).body:
                line = ast.get_source_segment(block, statement)
                if isinstance(statement, ast.Expr):
                    value = eval(
                        compile(ast.Expression(statement.value), page.name, "eval"), namespace
                    )
                    empty = len(value) == 0 if hasattr(value, "__len__") else not value
                    assert value is None or not empty, f"{page.name}: {line} answered nothing"
                else:
                    exec(compile(ast.Module([statement], []), page.name, "exec"), namespace)
