"""Reading inputs: ``.txt``, ``.md`` and ``.html`` files, folders of them, and JSON Lines.

Every reader yields :class:`~caexpo_kg.model.Document` records with NFC-normalised
text, so that mention offsets count the same characters NIF counts.

Bad-input policy: one bad file never costs the others. A problem that concerns the
whole run (a ``--published`` that is not a date, a path named on the command line
that does not exist) raises :class:`~caexpo_kg.errors.InputError`: one line, exit 1.
A problem that costs one document is one warning line naming it (``file`` or
``file:line``), and reading goes on:

- invalid UTF-8: decoded with U+FFFD replacements, the warning gives the byte offset;
- control characters XML 1.0 cannot hold (in a text, title, URL or id): each replaced
  with U+FFFD, one character for one so offsets hold;
- a binary file (NUL bytes, a known binary signature, mostly control characters): skipped;
- an empty file, or one whose HTML has no main text: skipped;
- a file (or JSON Lines record) over :data:`MAX_TEXT_BYTES` (5 MB, overridable with
  the ``CAEXPO_KG_MAX_BYTES`` environment variable): refused, not chunked, since one
  news article is never that long and a file that big is almost always a dump or a
  mistake; the limit counts the bytes actually read, never what ``stat`` says;
- a text over :data:`MAX_TEXT_CHARS` characters (spaCy's ``nlp.max_length``): skipped,
  not chunked (see the constant for why);
- anything but a regular file (a FIFO, a device such as ``/dev/zero``, a socket):
  refused without opening it for a blocking read;
- a file that cannot be read (permissions, I/O error, vanished): skipped; a folder
  that cannot be listed: warned about, its readable neighbours read;
- a malformed JSON Lines line (bad JSON, JSON nested too deep, a lone surrogate such
  as ``"\\ud800"``, no ``text``, a field of the wrong type, bad date): that line skipped;
- a document id used twice: the second document skipped; two ids that make the same
  document IRI (``a b`` and ``a-b``): the second id gets a stable suffix (a digest of
  the id, so the same input always gives the same IRI), reported;
- an ``.html`` page without trafilatura installed: skipped, with how to install it.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Document
from ..vocab import document_iri

__all__ = [
    "MAX_TEXT_BYTES",
    "MAX_TEXT_CHARS",
    "SUPPORTED_SUFFIXES",
    "parse_date",
    "read_documents",
    "read_file",
    "read_text",
]

log = logging.getLogger("caexpo_kg")

#: File suffixes read as articles (folders are searched recursively for them).
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".jsonl", ".html", ".htm")

#: The largest article read, in bytes (a ``.jsonl`` file is limited per record, not
#: as a whole). ``CAEXPO_KG_MAX_BYTES`` in the environment overrides it; so does
#: assigning this attribute.
MAX_TEXT_BYTES = 5_000_000

#: The longest text extracted, in characters: spaCy's default ``nlp.max_length``. A
#: longer text is skipped with a warning rather than cut into paragraph chunks: spaCy's
#: parser and NER need about 1 GB per 100,000 characters, our relation stages are not
#: linear in document length yet, and no news article is a million characters long
#: (such a text is a dump or a concatenation, better split into articles by its owner).
#: Assigning this attribute changes the limit.
MAX_TEXT_CHARS = 1_000_000

_HTML_SUFFIXES = (".html", ".htm")
_MARKDOWN_SUFFIXES = (".md", ".markdown")
#: Signatures of common binary formats that carry no NUL byte early on.
_BINARY_MAGIC = (
    b"%PDF",
    b"PK\x03\x04",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\x1f\x8b",
    b"7z\xbc",
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

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


#: Characters XML 1.0 cannot hold even as references (C0 controls but tab and newlines,
#: U+FFFE, U+FFFF). Each becomes U+FFFD, one character for one, so offsets still count
#: the text; every output format (RDF/XML too) can then be parsed by a strict parser, and
#: an escape sequence in an article (ESC, U+001B) never reaches a terminal as one.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _normalise(text: str, source: str) -> str:
    """NFC-normalise, unify line endings, replace what XML 1.0 cannot hold: the text
    that offsets count."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text, replaced = _NOT_XML.subn("\ufffd", text)
    if replaced:
        log.warning(
            "%s: %d control character%s replaced with U+FFFD",
            source,
            replaced,
            "" if replaced == 1 else "s",
        )
    return text


def _clean_field(value: str | None) -> str | None:
    """A title, URL or id: control characters replaced, surrounding space trimmed."""
    return None if value is None else _NOT_XML.sub("\ufffd", value).strip()


def max_text_bytes() -> int:
    """The size limit in force: ``CAEXPO_KG_MAX_BYTES`` if set, else :data:`MAX_TEXT_BYTES`."""
    value = os.environ.get("CAEXPO_KG_MAX_BYTES", "").strip()
    if value:
        try:
            return int(value)
        except ValueError:
            raise InputError(
                f"CAEXPO_KG_MAX_BYTES: {value!r} is not a whole number of bytes"
            ) from None
    return MAX_TEXT_BYTES


def _too_large(size: int, source: str) -> bool:
    limit = max_text_bytes()
    if size > limit:
        log.warning(
            "%s: %s is over the %s limit (CAEXPO_KG_MAX_BYTES); skipped",
            source,
            _megabytes(size),
            _megabytes(limit),
        )
        return True
    return False


def too_long(text: str, source: str, limit: int | None = None) -> bool:
    """Whether ``text`` is over ``limit`` characters (default :data:`MAX_TEXT_CHARS`, read
    when called, so assigning it takes effect); then say so, naming ``source``."""
    limit = MAX_TEXT_CHARS if limit is None else limit
    if len(text) > limit:
        log.warning(
            "%s: %s characters, over spaCy's max_length of %s; skipped (split it into articles)",
            source,
            f"{len(text):,}",
            f"{limit:,}",
        )
        return True
    return False


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size} bytes"


def _looks_binary(raw: bytes) -> bool:
    head = raw[:8192]
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False  # UTF-16 text: NUL bytes are expected
    if b"\x00" in head or head.startswith(_BINARY_MAGIC):
        return True
    sample = head.decode("latin-1")
    return bool(sample) and len(_CONTROL.findall(sample)) > len(sample) * 0.1


def _decode(raw: bytes, source: str) -> str:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        bad = sum(1 for ch in raw.decode("utf-8", errors="replace") if ch == "\ufffd")
        log.warning(
            "%s: invalid UTF-8 at byte %d (%d undecodable sequence%s replaced with U+FFFD)",
            source,
            err.start,
            bad,
            "" if bad == 1 else "s",
        )
        return raw.decode("utf-8-sig", errors="replace")


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
        id=_clean_field(doc_id) or doc_id,
        text=_normalise(text, source or doc_id),
        published=parse_date(published, where=source or doc_id),
        title=_clean_field(title),
        url=_clean_field(url),
        source=source,
    )


def read_file(
    path: Path, *, published: date | None = None, doc_id: str | None = None
) -> Iterator[Document]:
    """Read one file: a ``.txt``/``.md`` article, or a ``.jsonl`` corpus of many.

    ``doc_id`` defaults to the file's stem (JSON Lines records carry their own ids).
    """
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(path, published)
        return
    limit = max_text_bytes()
    with _open_regular(path) as handle:
        try:
            raw = handle.read(limit + 1)  # the limit counts what is read, not what stat says
        except OSError as err:
            raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    if _too_large(len(raw), str(path)):
        return
    if not raw.strip():
        log.warning("%s: empty; skipped", path)
        return
    if _looks_binary(raw):
        log.warning("%s: looks binary, not text; skipped", path)
        return
    meta: dict[str, str] = {}
    if suffix in _HTML_SUFFIXES:
        extracted = _html_main_text(raw, str(path))
        if extracted is None:
            return
        meta, text = extracted
    else:
        text = _decode(raw, str(path))
    if suffix in _MARKDOWN_SUFFIXES:
        meta, text = _split_front_matter(text)
    if not text.strip():
        log.warning("%s: empty; skipped", path)
        return
    try:
        own_date = parse_date(meta.get("published") or meta.get("date"), where=str(path))
    except InputError as err:
        log.warning("%s; the default date is used", err)
        own_date = None
    document = read_text(
        text,
        doc_id=meta.get("id") or doc_id or path.stem,
        published=own_date or published,
        title=meta.get("title"),
        url=meta.get("url"),
        source=str(path),
    )
    if not too_long(document.text, str(path)):  # the normalised text is what spaCy reads
        yield document


_FILE_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def _open_regular(path: Path) -> Any:
    """Open ``path`` for reading bytes if it is a regular file; else InputError.

    Opened without blocking (a FIFO with no writer would hang a plain ``open``) and
    checked with ``fstat`` on what was opened, so a file swapped for a FIFO or a device
    after a ``stat`` is refused too.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        kind = next((name for test, name in _FILE_KINDS if test(mode)), "not a regular file")
        raise InputError(f"{path}: {kind}, not a regular file")
    if hasattr(os, "set_blocking"):
        os.set_blocking(descriptor, True)
    return os.fdopen(descriptor, "rb")


def _html_main_text(raw: bytes, source: str) -> tuple[dict[str, str], str] | None:
    """The main text of an HTML page, and its title, date and URL, with trafilatura."""
    try:
        import trafilatura
    except ImportError:
        log.warning(
            "%s: reading HTML needs trafilatura (pip install 'caexpo-kg[html]'); skipped", source
        )
        return None
    try:
        result = trafilatura.bare_extraction(
            raw, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as err:  # trafilatura and lxml raise many types on broken pages
        log.warning("%s: cannot parse the HTML (%s); skipped", source, type(err).__name__)
        return None
    if result is None:
        log.warning("%s: no main text found in the HTML; skipped", source)
        return None
    fields = result if isinstance(result, dict) else result.as_dict()
    text = fields.get("text") or ""
    if not text.strip():
        log.warning("%s: no main text found in the HTML; skipped", source)
        return None
    # trafilatura puts one block per line; a blank line between blocks, as in our .txt.
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    meta = {
        key: str(fields[key]).strip()
        for key in ("title", "date", "url")
        if fields.get(key) and str(fields[key]).strip()
    }
    if "date" in meta:
        try:
            date.fromisoformat(meta["date"][:10])
        except ValueError:
            del meta["date"]  # trafilatura's guess, not a date we can use
    return meta, text


def _read_jsonl(path: Path, published: date | None) -> Iterator[Document]:
    limit = max_text_bytes()
    with _open_regular(path) as handle:
        for number, raw in enumerate(_bounded_lines(handle, limit), start=1):
            where = f"{path}:{number}"
            if raw is None:
                log.warning(
                    "%s: a record over the %s limit (CAEXPO_KG_MAX_BYTES); skipped",
                    where,
                    _megabytes(limit),
                )
                continue
            document = _jsonl_record(raw, where, f"{path.stem}-{number}", published)
            if document is not None:
                yield document


def _bounded_lines(handle: Any, limit: int) -> Iterator[bytes | None]:
    """The lines of ``handle``; ``None`` for a line over ``limit`` bytes, never held whole."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest, a chunk at a time
                line = handle.readline(1 << 20)
            yield None
        elif len(line.rstrip(b"\r\n")) > limit:
            yield None
        else:
            yield line


_SURROGATE = re.compile("[\ud800-\udfff]")
_OPTIONAL_TEXT_FIELDS = ("title", "url", "published")


def _jsonl_record(
    raw: bytes, where: str, default_id: str, published: date | None
) -> Document | None:
    """One JSON Lines record as a Document, or None (with a warning naming ``where``)."""
    line = _decode(raw, where).strip()
    if not line:
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        log.warning("%s: not valid JSON (%s); line skipped", where, err.msg)
        return None
    except RecursionError:
        log.warning("%s: JSON nested too deep to read; line skipped", where)
        return None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        log.warning("%s: a record needs a string 'text' field; line skipped", where)
        return None
    for name in _OPTIONAL_TEXT_FIELDS:
        if record.get(name) is not None and not isinstance(record[name], str):
            log.warning("%s: the '%s' field must be a string; line skipped", where, name)
            return None
    if record.get("id") is not None and not isinstance(record["id"], (str, int)):
        log.warning("%s: the 'id' field must be a string or a number; line skipped", where)
        return None
    for name in ("id", "text", *_OPTIONAL_TEXT_FIELDS):
        if isinstance(record.get(name), str) and _SURROGATE.search(record[name]):
            # JSON's \ud800 escapes can spell a lone surrogate, which is not text: no
            # UTF-8 writer (RDF, the store, the terminal) could put it out.
            log.warning("%s: a lone surrogate in '%s' is not text; line skipped", where, name)
            return None
    if not record["text"].strip():
        log.warning("%s: empty text; skipped", where)
        return None
    try:
        record_date = parse_date(record.get("published"), where=where)
    except InputError as err:
        log.warning("%s; line skipped", err)
        return None
    document = read_text(
        record["text"],
        doc_id=str(record.get("id") or default_id),
        published=record_date or published,
        title=record.get("title"),
        url=record.get("url"),
        source=where,
    )
    return None if too_long(document.text, where) else document


def _expand(paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """Yield ``(file, id)``: a folder's files get their path inside it as id (``2015/a``)."""
    for path in paths:
        if path.is_dir():
            found = sorted(_files_under(path))
            if not found:
                log.warning("%s: no .txt, .md, .html or .jsonl files inside", path)
            for file in found:
                yield file, file.relative_to(path).with_suffix("").as_posix()
        elif path.exists():
            yield path, path.stem
        else:
            raise InputError(f"{path}: no such file or directory")


def _files_under(folder: Path) -> Iterator[Path]:
    """Every file of a supported kind under ``folder``; a subfolder that cannot be listed
    is one warning (``Path.rglob`` would pass over it in silence)."""

    def unreadable(err: OSError) -> None:
        log.warning("%s: cannot list the folder (%s); skipped", err.filename, err.strerror or err)

    for parent, _, names in os.walk(folder, onerror=unreadable):
        for name in names:
            if Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                # FIFOs and devices are listed too: reading refuses them with a message.
                yield Path(parent, name)


def _read_file_or_warn(path: Path, published: date | None, doc_id: str) -> Iterator[Document]:
    """:func:`read_file`, but a file that cannot be read is a warning, not the end of the run."""
    try:
        yield from read_file(path, published=published, doc_id=doc_id)
    except InputError as err:
        log.warning("%s; skipped", err)


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
    max_text_bytes()  # a bad CAEXPO_KG_MAX_BYTES fails now, not halfway through
    seen_ids: dict[str, str] = {}
    seen_iris: set[str] = set()
    roots = [Path(p) for p in paths]
    for root in roots:  # a mistyped path fails before anything is read
        if not root.exists():
            raise InputError(f"{root}: no such file or directory")
    for path, doc_id in _expand(roots):
        for document in _read_file_or_warn(path, default_date, doc_id):
            previous = seen_ids.get(document.id)
            if previous is not None:
                log.warning(
                    "%s: document id %r is already used by %s; skipped",
                    document.source,
                    document.id,
                    previous,
                )
                continue
            seen_ids[document.id] = document.source or document.id
            if str(document_iri(document.id)) in seen_iris:
                document = _with_unique_iri(document, seen_iris)
            seen_iris.add(str(document_iri(document.id)))
            yield document


def _with_unique_iri(document: Document, taken: set[str]) -> Document:
    """``document`` with a suffix on its id that gives it a document IRI of its own.

    Two ids can make one IRI (``a b`` and ``a-b`` both slug to ``a-b``); the suffix is
    a digest of the id, so the same input gives the same IRI on every run.
    """
    salt = 0
    while True:
        digest = hashlib.sha256(f"{document.id}|{salt}".encode()).hexdigest()[:8]
        unique_id = f"{document.id}-{digest}"
        if str(document_iri(unique_id)) not in taken:
            break
        salt += 1
    log.warning(
        "%s: document id %r makes the same IRI as an earlier document's; it is read as %r",
        document.source,
        document.id,
        unique_id,
    )
    return replace(document, id=unique_id)
