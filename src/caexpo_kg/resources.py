"""Where the files that ship with the package live: ontology, rule data, named queries.

An installed wheel carries them under ``caexpo_kg/_resources``; an editable install
(or a plain checkout on ``PYTHONPATH``) reads them from the repository's top level,
where they are kept so that a newcomer sees ``ontology/`` and ``queries/`` first.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_REPO_ROOT = _PACKAGE_DIR.parent.parent

#: Folder names in the wheel → folder names in the repository.
_LAYOUT = {
    "ontology": "ontology",
    "queries": "queries",
    "rules": "data/rules",
    "models": "data/models",
}


def resource_dir(kind: str) -> Path:
    """The folder of the shipped ``kind`` files (``ontology``, ``queries``, ``rules``,
    ``models``)."""
    if kind not in _LAYOUT:
        raise KeyError(f"unknown resource kind {kind!r}; expected one of {sorted(_LAYOUT)}")
    packaged = _PACKAGE_DIR / "_resources" / kind
    if packaged.is_dir():
        return packaged
    return _REPO_ROOT / _LAYOUT[kind]


def resource_path(kind: str, name: str) -> Path:
    """Return the path of one shipped file, e.g. ``resource_path("ontology", "caexpo.ttl")``."""
    return resource_dir(kind) / name
