"""caexpo-kg: build an RDF knowledge graph of China-ASEAN cooperation from news text.

The public names load lazily (PEP 562), so that ``import caexpo_kg.cli`` does not pull
in spaCy before the command line is ready to turn Ctrl-C into a clean exit.
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:  # pyproject.toml is the one place the version is written
    __version__ = version("caexpo-kg")
except PackageNotFoundError:  # a checkout on PYTHONPATH, never installed
    __version__ = "0+unknown"

__all__ = [
    "CaexpoError",
    "EntityInfo",
    "EntityNotFoundError",
    "KnowledgeGraph",
    "QueryError",
    "QueryResult",
    "RelationPath",
    "__version__",
    "build",
    "build_documents",
    "extract",
]

#: Public name → the module that defines it.
_HOMES = {
    "KnowledgeGraph": ".api",
    "build": ".api",
    "build_documents": ".api",
    "extract": ".api",
    "CaexpoError": ".errors",
    "EntityNotFoundError": ".errors",
    "QueryError": ".errors",
    "EntityInfo": ".query.graph",
    "RelationPath": ".query.graph",
    "QueryResult": ".query.sparql",
}

if TYPE_CHECKING:
    from .api import KnowledgeGraph, build, build_documents, extract
    from .errors import CaexpoError, EntityNotFoundError, QueryError
    from .query.graph import EntityInfo, RelationPath
    from .query.sparql import QueryResult


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'caexpo_kg' has no attribute {name!r}")
    value = getattr(import_module(home, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
