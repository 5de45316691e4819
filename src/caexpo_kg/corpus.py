"""Reading inputs: ``.txt`` and ``.md`` files, folders of them, and JSON Lines corpora.

Every reader yields :class:`~caexpo_kg.model.Document` records with NFC-normalised
text, so that mention offsets count the same characters NIF counts. Problems the
user can fix raise :class:`~caexpo_kg.errors.InputError` with a one-line message;
problems that cost one document only (an empty file, undecodable bytes) are logged
as warnings and the rest of the corpus is still read.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from .errors import InputError
from .model import Document

__all__ = ["SUPPORTED_SUFFIXES", "parse_date", "read_documents", "read_file", "read_text"]

log = logging.getLogger("caexpo_kg")

#: File suffixes read as articles (folders are searched recursively for them).
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".jsonl")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.DOTALL)
_FRONT_MATTER_LINE = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


def parse_date(value: str | date | None, *, where: str = "date") -> date | None:
    """Parse ``YYYY-MM-DD`` (or pass a :class:`date` through); raise InputError otherwise."""
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(f"{where}: {text!r} is not a date in YYYY-MM-DD form") from None


def _normalise(text: str) -> str:
    """NFC-normalise and unify line endings: the text that offsets count."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def _decode(raw: bytes, source: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        log.warning(
            "%s: invalid UTF-8 at byte %d; undecodable bytes replaced with U+FFFD",
            source,
            err.start,
        )
        return raw.decode("utf-8", errors="replace")


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split simple ``key: value`` front matter (Jekyll/Hugo style) from a Markdown body."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        field = _FRONT_MATTER_LINE.match(line)
        if field:
            meta[field.group(1).lower()] = field.group(2).strip().strip("\"'")
    return meta, text[match.end() :]


def read_text(
    text: str,
    *,
    doc_id: str,
    published: str | date | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
) -> Document:
    """Make a :class:`Document` from a string (what notebooks and tests use)."""
    return Document(
        id=doc_id,
        text=_normalise(text),
        published=parse_date(published, where=source or doc_id),
        title=title,
        url=url,
        source=source,
    )


def read_file(
    path: Path, *, published: date | None = None, doc_id: str | None = None
) -> Iterator[Document]:
    """Read one file: a ``.txt``/``.md`` article, or a ``.jsonl`` corpus of many.

    ``doc_id`` defaults to the file's stem (JSON Lines records carry their own ids).
    """
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl(path, published)
        return
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    if b"\x00" in raw[:8192]:
        log.warning("%s: looks binary; skipped", path)
        return
    text = _decode(raw, str(path))
    meta: dict[str, str] = {}
    if path.suffix.lower() in (".md", ".markdown"):
        meta, text = _split_front_matter(text)
    if not text.strip():
        log.warning("%s: empty; skipped", path)
        return
    yield read_text(
        text,
        doc_id=meta.get("id") or doc_id or path.stem,
        published=parse_date(meta.get("published") or meta.get("date"), where=str(path))
        or published,
        title=meta.get("title"),
        url=meta.get("url"),
        source=str(path),
    )


def _read_jsonl(path: Path, published: date | None) -> Iterator[Document]:
    try:
        handle = path.open("rb")
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    with handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{path}:{number}"
            line = _decode(raw, where).strip()
            if not line:
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                log.warning("%s: not valid JSON (%s); line skipped", where, err.msg)
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                log.warning("%s: a record needs a string 'text' field; line skipped", where)
                continue
            if not record["text"].strip():
                log.warning("%s: empty text; skipped", where)
                continue
            try:
                record_date = parse_date(record.get("published"), where=where)
            except InputError as err:
                log.warning("%s; line skipped", err)
                continue
            yield read_text(
                record["text"],
                doc_id=str(record.get("id") or f"{path.stem}-{number}"),
                published=record_date or published,
                title=record.get("title"),
                url=record.get("url"),
                source=where,
            )


def _expand(paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """Yield ``(file, id)``: a folder's files get their path inside it as id (``2015/a``)."""
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
            if not found:
                log.warning("%s: no .txt, .md or .jsonl files inside", path)
            for file in found:
                yield file, file.relative_to(path).with_suffix("").as_posix()
        elif path.exists():
            yield path, path.stem
        else:
            raise InputError(f"{path}: no such file or directory")


def read_documents(
    paths: Iterable[str | Path], *, published: str | date | None = None
) -> Iterator[Document]:
    """Yield the documents of every path given (files, folders searched recursively).

    ``published`` is the date of texts that carry none of their own (plain ``.txt``).

    Examples
    --------
    >>> docs = list(read_documents(["data/sample"]))  # doctest: +SKIP
    """
    default_date = parse_date(published, where="--published")
    seen_ids: dict[str, str] = {}
    for path, doc_id in _expand(Path(p) for p in paths):
        for document in read_file(path, published=default_date, doc_id=doc_id):
            previous = seen_ids.get(document.id)
            if previous is not None:
                raise InputError(
                    f"{document.source}: document id {document.id!r} is already used by {previous}"
                )
            seen_ids[document.id] = document.source or document.id
            yield document
