"""Our spaCy components, registered as factories (and as ``spacy_factories`` entry points).

Importing this package registers them, so ``nlp.add_pipe("caexpo_entities")`` works
in any pipeline; the entry point makes that happen even without the import.
"""

from .entities import EntityRecognizer, make_entity_recognizer, register_extensions
from .paragraphs import mark_paragraphs

__all__ = ["EntityRecognizer", "make_entity_recognizer", "mark_paragraphs", "register_extensions"]
