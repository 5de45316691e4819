"""SPARQL over a caexpo-kg dataset: bound values, named queries, result formats.

Why this module exists: a researcher types a name ("12th China-ASEAN Expo") and
that name must reach the query as a *value*, never as SPARQL text, so a name with a
quote, a brace or a ``#`` cannot change what the query means. Values are passed to
the engine as bindings (pyoxigraph's ``substitutions``, following SPARQL SEP-0007;
rdflib's ``initBindings``), which the engines substitute into the parsed query.

Queries run over the union of the named graphs (entities, mentions, inferred), so a
plain ``?s ckg:inYear ?y`` sees stated and inferred years alike; ``GRAPH`` clauses
still address one graph. pyoxigraph is the default engine (rdflib's SPARQL engine
is one to two orders of magnitude slower); ``engine="rdflib"`` gives
the same rows and is kept to prove it.

Examples
--------
>>> from rdflib import Dataset, Literal, URIRef
>>> from rdflib.namespace import RDFS
>>> ds = Dataset()
>>> g = ds.graph(URIRef("https://w3id.org/caexpo-kg/graph/entities"))
>>> _ = g.add((URIRef("https://w3id.org/caexpo-kg/id/organisation/huawei"), RDFS.label,
...            Literal("Huawei")))
>>> result = run_query(ds, "SELECT ?org WHERE { ?org rdfs:label ?name }", name="Huawei")
>>> [str(row["org"]) for row in result]
['https://w3id.org/caexpo-kg/id/organisation/huawei']
"""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from ..errors import CaexpoError, FormatError, QueryError
from ..rdf import DatasetEdits, dataset_to_store, from_oxigraph, store_to_dataset
from ..resources import resource_dir
from ..vocab import CKG, DCTERMS, ID, ITSRDF, NIF, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, TIME, XSD

if TYPE_CHECKING:
    import pandas


__all__ = [
    "PREFIXES",
    "RESULT_FORMATS",
    "QueryResult",
    "SparqlStore",
    "calls_service",
    "describe_named_query",
    "load_named_query",
    "named_queries",
    "parse_binding",
    "run_query",
    "to_term",
]

#: Prefixes every query may use without declaring them.
PREFIXES: dict[str, str] = {
    "ckg": str(CKG),
    "id": str(ID),
    "ckgg": "https://w3id.org/caexpo-kg/graph/",
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "time": str(TIME),
    "prov": str(PROV),
    "schema": str(SCHEMA),
    "dcterms": str(DCTERMS),
    "nif": str(NIF),
    "itsrdf": str(ITSRDF),
}

#: The result formats :meth:`QueryResult.serialize` writes.
RESULT_FORMATS = ("table", "csv", "tsv", "json")

_XSD_STRING = str(XSD.string)
_TABLE_CELL = 80


# ----------------------------------------------------------------- results
@dataclass(frozen=True)
class QueryResult:
    """The answer to one query: rows of rdflib terms (``None`` where unbound).

    ``SELECT`` fills :attr:`variables` and :attr:`rows`; ``ASK`` sets :attr:`boolean`;
    ``CONSTRUCT``/``DESCRIBE`` give rows of ``subject``, ``predicate``, ``object``.
    Iterating yields one ``{variable: term}`` dict per row.
    """

    variables: tuple[str, ...]
    """The projected variable names, without ``?``, in the query's order."""
    rows: tuple[tuple[Node | None, ...], ...] = ()
    """One tuple per solution, aligned with :attr:`variables`."""
    boolean: bool | None = None
    """The answer of an ``ASK`` query; ``None`` for the other forms."""
    namespaces: tuple[tuple[str, str], ...] = field(default=(), compare=False, repr=False)
    """Prefixes used to shorten IRIs in the readable table."""

    def __iter__(self) -> Iterator[dict[str, Node | None]]:
        for row in self.rows:
            yield dict(zip(self.variables, row, strict=True))

    def __len__(self) -> int:
        return len(self.rows)

    def __bool__(self) -> bool:
        return bool(self.boolean) if self.boolean is not None else bool(self.rows)

    def values(self) -> list[tuple[str | None, ...]]:
        """Rows as plain strings (IRIs and lexical forms): handy in tests and notebooks."""
        return [tuple(None if t is None else str(t) for t in row) for row in self.rows]

    def to_dataframe(self) -> pandas.DataFrame:
        """The rows as a pandas DataFrame, one column per variable, in the query's order.

        Literals become Python values where rdflib knows the datatype (numbers, dates,
        strings; others, such as ``xsd:gYear``, their lexical form), IRIs and blank
        nodes strings, unbound cells ``None``. An ``ASK`` gives one ``boolean`` cell.
        pandas is imported here, so the rest of caexpo-kg does not need it.
        """
        try:
            import pandas
        except ImportError:
            raise CaexpoError(
                'QueryResult.to_dataframe needs pandas: pip install "caexpo-kg[notebooks]"'
            ) from None
        if self.boolean is not None:
            return pandas.DataFrame({"boolean": [self.boolean]})
        rows = [tuple(_python_value(term) for term in row) for row in self.rows]
        return pandas.DataFrame.from_records(rows, columns=list(self.variables))

    def serialize(self, results_format: str = "table") -> str:
        """The result as ``table``, ``csv``, ``tsv`` or ``json`` (SPARQL 1.1 Query Results)."""
        writer = {
            "table": _write_table,
            "csv": _write_csv,
            "tsv": _write_tsv,
            "json": _write_json,
        }.get(results_format.lower())
        if writer is None:
            raise FormatError(
                f"unknown results format {results_format!r}; use one of {', '.join(RESULT_FORMATS)}"
            )
        return writer(self)


def _python_value(term: Node | None) -> Any:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return str(term) if isinstance(value, Node) else value
    return str(term)


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None and str(term.datatype) != _XSD_STRING:
            out["datatype"] = str(term.datatype)
        return out
    return {"type": "literal", "value": str(term)}


def _write_json(result: QueryResult) -> str:
    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean}, ensure_ascii=False) + "\n"
    bindings = [
        {
            var: _json_term(term)
            for var, term in zip(result.variables, row, strict=True)
            if term is not None
        }
        for row in result.rows
    ]
    document = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _plain(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _write_csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.boolean is not None:
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
        return buffer.getvalue()
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([_plain(term) for term in row])
    return buffer.getvalue()


def _tsv_escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )


def _tsv_term(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        text = f'"{_tsv_escape(str(term))}"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None and str(term.datatype) != _XSD_STRING:
            return f"{text}^^<{term.datatype}>"
        return text
    return f'"{_tsv_escape(str(term))}"'


def _write_tsv(result: QueryResult) -> str:
    if result.boolean is not None:
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{var}" for var in result.variables)]
    lines += ["\t".join(_tsv_term(term) for term in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _short(term: Node | None, namespaces: tuple[tuple[str, str], ...]) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        best = ("", "")
        for prefix, namespace in namespaces:
            if text.startswith(namespace) and len(namespace) > len(best[1]):
                best = (prefix, namespace)
        if best[1]:
            return f"{best[0]}:{text[len(best[1]) :]}"
        return f"<{text}>"
    text = _plain(term)
    text = " ".join(text.split())
    if len(text) > _TABLE_CELL:
        text = text[: _TABLE_CELL - 1] + "…"
    return text


def _write_table(result: QueryResult) -> str:
    if result.boolean is not None:
        return ("yes" if result.boolean else "no") + "\n"
    namespaces = result.namespaces or tuple(PREFIXES.items())
    cells = [[_short(term, namespaces) for term in row] for row in result.rows]
    widths = [len(var) for var in result.variables]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    lines = [
        "  ".join(var.ljust(w) for var, w in zip(result.variables, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    count = len(result.rows)
    lines.append(f"({count} row{'' if count == 1 else 's'})")
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------- bindings
def to_term(value: Any) -> Node:
    """A Python value as an RDF term to bind: ``str`` → a plain literal, terms unchanged.

    ``int``, ``float``, ``bool`` and dates become typed literals. Nothing is ever parsed
    as SPARQL.

    Examples
    --------
    >>> to_term("12th CAEXPO")
    rdflib.term.Literal('12th CAEXPO')
    >>> to_term(URIRef("https://w3id.org/caexpo-kg/id/place/nanning"))
    rdflib.term.URIRef('https://w3id.org/caexpo-kg/id/place/nanning')
    """
    if isinstance(value, Node):
        return value
    if isinstance(value, (str, bool, int, float, date, datetime)):
        return Literal(value)
    raise QueryError(f"cannot bind a value of type {type(value).__name__}: {value!r}")


def parse_binding(text: str) -> tuple[str, Node]:
    """``NAME=VALUE`` from the command line → (name, term).

    The value is a plain literal, or an IRI when written ``<...>``; either way a value.

    Examples
    --------
    >>> parse_binding('edition=15th China-ASEAN Expo')
    ('edition', rdflib.term.Literal('15th China-ASEAN Expo'))
    >>> parse_binding('?org=<https://w3id.org/caexpo-kg/id/organisation/huawei>')
    ('org', rdflib.term.URIRef('https://w3id.org/caexpo-kg/id/organisation/huawei'))
    """
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not name or not name.replace("_", "").isalnum():
        raise QueryError(f"--bind takes NAME=VALUE, not {text!r}")
    if len(value) > 2 and value.startswith("<") and value.endswith(">") and " " not in value:
        return name, URIRef(value[1:-1])
    return name, Literal(value)


def _bindings(bindings: Mapping[str, Any]) -> dict[str, Node]:
    return {name.lstrip("?$"): to_term(value) for name, value in bindings.items()}


# ----------------------------------------------------------------- engines
def _ox_term(term: Node) -> Any:
    from ..rdf import to_oxigraph

    try:
        return to_oxigraph(term)
    except TypeError:
        raise QueryError(f"cannot use {term!r} in a query") from None


class SparqlStore:
    """A pyoxigraph ``Store`` and an rdflib :class:`Dataset` view of it, kept in step.

    What a :class:`~caexpo_kg.api.KnowledgeGraph` holds: the store is the graph, queried
    in place; the Dataset is a copy made the first time an rdflib user (pyshacl, owlrl,
    a notebook) asks for it. Made from a Dataset instead (``run_query`` on one), the
    store is the copy, made when first queried. Either way, edits made through the
    Dataset reach the store: the store is copied from it again the next time it is
    read (:class:`~caexpo_kg.rdf.DatasetEdits` tells). Edits made to the store itself
    do not reach a Dataset copy already made.
    """

    def __init__(self, dataset: Dataset | None = None, store: Any = None) -> None:
        if dataset is None and store is None:
            raise TypeError("SparqlStore needs a Dataset or a pyoxigraph Store")
        self._store = store
        self._dataset: Dataset | None = None
        self._edits: DatasetEdits | None = None
        if dataset is not None:
            self._watch(dataset)

    def _watch(self, dataset: Dataset) -> None:
        self._dataset, self._edits = dataset, DatasetEdits(dataset)
        if self._store is not None:
            self._edits.settle()  # the store was there first: they are in step

    @property
    def dataset(self) -> Dataset:
        """The rdflib view (a copy of the store, made on first use)."""
        if self._dataset is None:
            self._watch(store_to_dataset(self._store))
        return self._dataset  # type: ignore[return-value]

    def store(self) -> Any:
        """The pyoxigraph ``Store``, copied again from the Dataset if it was edited."""
        if self._edits is not None and (self._store is None or self._edits.changed()):
            self._store = dataset_to_store(self._edits.dataset)
            self._edits.settle()
        return self._store

    def query(self, query: str, bindings: Mapping[str, Any] | None = None) -> QueryResult:
        """Run ``query`` with ``bindings`` substituted as values."""
        import pyoxigraph as ox

        values = _bindings(bindings or {})
        substitutions = {ox.Variable(name): _ox_term(term) for name, term in values.items()}
        try:
            answer = self.store().query(
                query,
                prefixes=PREFIXES,
                use_default_graph_as_union=True,
                substitutions=substitutions or None,
            )
        except SyntaxError as err:
            raise QueryError(f"malformed SPARQL: {_one_line(str(err))}") from None
        except RuntimeError as err:
            if values and "projection" in str(err):
                # pyoxigraph substitutes only selected variables (SEP-0007); rdflib's
                # initBindings binds any variable, with the same rows, more slowly.
                return _rdflib_query(self.dataset, query, values)
            raise QueryError(f"query failed: {_one_line(str(err))}") from None
        except (ValueError, OSError) as err:
            raise QueryError(f"query failed: {_one_line(str(err))}") from None
        return _from_oxigraph(answer, tuple(PREFIXES.items()))


def _one_line(message: str, limit: int = 300) -> str:
    text = " ".join(message.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _namespaces(dataset: Dataset) -> tuple[tuple[str, str], ...]:
    spaces = dict(PREFIXES)
    for prefix, namespace in dataset.namespaces():
        if prefix and str(namespace) not in spaces.values():
            spaces[prefix] = str(namespace)
    return tuple(spaces.items())


def _from_oxigraph(answer: Any, namespaces: tuple[tuple[str, str], ...]) -> QueryResult:
    import pyoxigraph as ox

    if isinstance(answer, ox.QueryBoolean):
        return QueryResult((), (), bool(answer), namespaces)
    if isinstance(answer, ox.QuerySolutions):
        variables = tuple(v.value for v in answer.variables)
        rows = tuple(
            tuple(None if solution[v] is None else from_oxigraph(solution[v]) for v in variables)
            for solution in answer
        )
        return QueryResult(variables, rows, None, namespaces)
    rows = tuple(
        (from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object))
        for t in answer
    )
    return QueryResult(("subject", "predicate", "object"), rows, None, namespaces)


def _rdflib_query(dataset: Dataset, query: str, bindings: Mapping[str, Any]) -> QueryResult:
    from rdflib.term import Variable

    values = {Variable(name): term for name, term in _bindings(bindings).items()}
    previous = dataset.default_union
    dataset.default_union = True
    try:
        with warnings.catch_warnings():
            # rdflib 7.6 warns about its own Dataset internals while querying.
            warnings.simplefilter("ignore", DeprecationWarning)
            answer = dataset.query(query, initNs=PREFIXES, initBindings=values)
            rows = tuple(answer)
        if answer.type == "ASK":
            return QueryResult((), (), bool(answer.askAnswer), _namespaces(dataset))
        if answer.type == "SELECT":
            variables = tuple(str(v) for v in answer.vars or ())
            rows = tuple(tuple(row) for row in rows)  # type: ignore[arg-type]
            return QueryResult(variables, rows, None, _namespaces(dataset))
        rows = tuple((s, p, o) for s, p, o in rows)  # type: ignore[misc]
        return QueryResult(("subject", "predicate", "object"), rows, None, _namespaces(dataset))
    except Exception as err:  # rdflib raises pyparsing and many other types
        raise QueryError(f"malformed SPARQL: {_one_line(str(err))}") from None
    finally:
        dataset.default_union = previous


def run_query(
    dataset: Dataset | SparqlStore | Any,
    query: str,
    bindings: Mapping[str, Any] | None = None,
    *,
    engine: str = "oxigraph",
    allow_service: bool = False,
    **more: Any,
) -> QueryResult:
    """Run SPARQL ``query`` over the union of ``dataset``'s graphs, with values bound.

    Parameters
    ----------
    dataset
        An rdflib :class:`Dataset`, a pyoxigraph ``Store`` (queried in place), or a
        :class:`SparqlStore` kept between queries.
    query
        SPARQL 1.1 text; the prefixes in :data:`PREFIXES` need no declaration.
    bindings, **more
        Variable name → value (``str`` → plain literal, rdflib terms as they are).
        pyoxigraph binds only selected variables; a query that binds another one
        runs on rdflib instead (same rows, slower).
    engine
        ``"oxigraph"`` (fast, the default) or ``"rdflib"`` (the same rows, slower).
    allow_service
        Run ``SERVICE`` clauses (both engines would send HTTP requests to their
        endpoints); off by default, a query that has one raises QueryError.

    Raises
    ------
    QueryError
        The query does not parse, or binds a variable it does not have (a typo in
        ``--bind`` would otherwise silently match everything).
    """
    values = {**(bindings or {}), **more}
    if not allow_service and calls_service(query):
        raise QueryError(
            "the query calls a remote endpoint (SERVICE), which is off: a query file could"
            " otherwise send requests anywhere; allow it with --allow-service"
            " (allow_service=True in Python)"
        )
    for name in values:
        variable = name.lstrip("?$")
        if not re.search(rf"[?$]{re.escape(variable)}(?![\w\u00b7])", query):
            raise QueryError(f"cannot bind ?{variable}: the query has no such variable")
    if isinstance(dataset, SparqlStore):
        holder = dataset
    elif isinstance(dataset, Graph):
        holder = SparqlStore(dataset)
    else:
        holder = SparqlStore(store=dataset)
    if engine == "oxigraph":
        return holder.query(query, values)
    if engine == "rdflib":
        return _rdflib_query(holder.dataset, query, values)
    raise QueryError(f"unknown SPARQL engine {engine!r}; use 'oxigraph' or 'rdflib'")


# What can hide a keyword from a plain search: strings (long ones first), IRIs, comments.
_NOT_KEYWORDS = re.compile(
    "|".join(
        (
            r"'{3}(?:[^'\\]|\\.|'(?!''))*'{3}",  # long strings first
            r'"{3}(?:[^"\\]|\\.|"(?!""))*"{3}',
            r"'(?:[^'\\\n]|\\.)*'",
            r'"(?:[^"\\\n]|\\.)*"',
            r'<[^<>"{}|^`\\\x00-\x20]*>',  # IRIs (a "<" with spaces is an operator)
            r"#[^\n]*",  # comments
        )
    )
)
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:])", re.IGNORECASE)
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def calls_service(query: str) -> bool:
    """Whether ``query`` has a ``SERVICE`` clause (a keyword, not a word in a string, an
    IRI or a comment). SPARQL expands ``\\u0053``-style escapes before parsing and rdflib
    does too, so they are expanded here first."""
    expanded = _CODEPOINT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), query)
    return bool(_SERVICE.search(_NOT_KEYWORDS.sub(" ", expanded)))


# ----------------------------------------------------------------- named queries
def named_queries() -> dict[str, Path]:
    """The shipped named queries: name (file stem) → path of the ``.rq`` file."""
    folder = resource_dir("queries")
    return {path.stem: path for path in sorted(folder.glob("*.rq"))}


def load_named_query(name: str) -> str:
    """The SPARQL text of the named query ``name`` (``organisations-at-edition``)."""
    queries = named_queries()
    path = queries.get(name.removesuffix(".rq"))
    if path is None:
        known = ", ".join(queries) or "(none installed)"
        raise QueryError(f"unknown named query {name!r}; known: {known}")
    return path.read_text(encoding="utf-8")


def describe_named_query(name: str) -> str:
    """The comment header of a named query: what it answers, what can be bound."""
    lines = []
    for line in load_named_query(name).splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("#").strip())
    return "\n".join(lines).strip()
