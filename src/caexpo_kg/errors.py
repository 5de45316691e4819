"""The one error tree of caexpo-kg.

::

    CaexpoError                 anything the user can fix; the CLI prints it on one line, exit 1
    ├── InputError              an unreadable path, a bad date, a malformed JSON Lines line
    ├── ModelNotFoundError      the spaCy pipeline named is not installed
    ├── FormatError             an RDF format we cannot read or write
    ├── EntityNotFoundError     a name that matches no entity (carries suggestions)
    ├── QueryError              malformed SPARQL or an unknown named query
    ├── ValidationError         a graph that violates ontology/shapes.ttl (SHACL)
    └── HeldBackError           the graph was written without the documents that broke
                                the shapes (exit 5: the output is not the whole corpus)

An ``OSError`` that reaches the CLI (permission denied, disk full, a read-only file
system while writing) is an input/output error: one line, exit 4. Each exit code is
``exit_code`` on the class, so the CLI and the README table have one source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rdf.validate import ValidationReport

__all__ = [
    "IO_ERROR_EXIT",
    "CaexpoError",
    "EntityNotFoundError",
    "FormatError",
    "HeldBackError",
    "InputError",
    "ModelNotFoundError",
    "QueryError",
    "ValidationError",
]


class CaexpoError(Exception):
    """Base class of every error caexpo-kg raises on purpose."""

    exit_code = 1


class InputError(CaexpoError):
    """An input path, date or record that cannot be read."""


class ModelNotFoundError(CaexpoError):
    """The spaCy pipeline that was asked for is not installed."""


class FormatError(CaexpoError):
    """An RDF serialisation format we do not know."""


class EntityNotFoundError(CaexpoError):
    """A name that matches no entity in the graph."""

    def __init__(self, name: str, suggestions: list[str] | None = None) -> None:
        self.name = name
        self.suggestions = list(suggestions or [])
        message = f"no entity named {name!r}"
        if self.suggestions:
            message += "; did you mean: " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(message)


class QueryError(CaexpoError):
    """A SPARQL query that does not parse, or a named query that does not exist."""


class ValidationError(CaexpoError):
    """A graph that violates the SHACL shapes (``report`` lists each violation)."""

    def __init__(self, message: str, report: ValidationReport | None = None) -> None:
        super().__init__(message)
        self.report = report


class HeldBackError(CaexpoError):
    """The graph was written, but without documents whose triples broke the shapes."""

    exit_code = 5


#: The exit code of an ``OSError`` (permission denied, disk full) that reaches the CLI.
IO_ERROR_EXIT = 4
