"""The one error tree of caexpo-kg.

::

    CaexpoError                 anything the user can fix; the CLI prints it on one line, exit 1
    ├── InputError              an unreadable path, a bad date, a malformed JSON Lines line
    ├── ModelNotFoundError      the spaCy pipeline named is not installed
    ├── FormatError             an RDF format we cannot read or write
    ├── EntityNotFoundError     a name that matches no entity (carries suggestions)
    ├── QueryError              malformed SPARQL or an unknown named query
    └── ValidationError         a graph that violates ontology/shapes.ttl (SHACL)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .validate import ValidationReport

__all__ = [
    "CaexpoError",
    "EntityNotFoundError",
    "FormatError",
    "InputError",
    "ModelNotFoundError",
    "QueryError",
    "ValidationError",
]


class CaexpoError(Exception):
    """Base class of every error caexpo-kg raises on purpose."""


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
