"""caexpo-kg: build an RDF knowledge graph of China-ASEAN cooperation from news text."""

__version__ = "0.1.0"

from .api import KnowledgeGraph, build, build_documents, extract
from .errors import CaexpoError

__all__ = ["CaexpoError", "KnowledgeGraph", "__version__", "build", "build_documents", "extract"]
