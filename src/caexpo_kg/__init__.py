"""caexpo-kg: build an RDF knowledge graph of China-ASEAN cooperation from news text."""

__version__ = "0.1.0"

from .api import KnowledgeGraph, build, build_documents, extract
from .errors import CaexpoError, EntityNotFoundError, QueryError
from .graph import EntityInfo, RelationPath
from .query import QueryResult

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
