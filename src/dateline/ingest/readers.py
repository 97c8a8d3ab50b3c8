"""Readers: files, folders, corpora and stdin -> Article or ReadFailure, in input order."""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from dateline.errors import (
    BadRow,
    BinaryInput,
    DatelineError,
    EmptyInput,
    InputError,
    TooLarge,
    UnreadableInput,
)
from dateline.record import Source

#: Articles longer than this many characters are refused with a clear message (spaCy's parser
#: needs memory in proportion to the text; news articles are far below this).
MAX_ARTICLE_CHARS = int(os.environ.get("DATELINE_MAX_CHARS", "1000000"))

#: Bytes read at a time when sniffing or skipping.
READ_CHUNK = 65536

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
CORPUS_SUFFIXES = {".jsonl", ".csv"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | CORPUS_SUFFIXES


@dataclass
class Article:
    """One input article before extraction."""

    text: str
    source: Source
    published: str | None = None


@dataclass
class ReadFailure:
    """An input that could not become an article; it becomes an error record downstream."""

    error: DatelineError
    source: Source


Item = Article | ReadFailure


def read_inputs(paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Yield one item per article from files, folders (recursively) and ``-`` (stdin)."""
    for raw in paths:
        if raw == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _read_folder(path)
        else:
            yield from read_file(path)


def _read_folder(folder: Path) -> Iterator[Item]:
    """Every known file under ``folder`` in sorted order; a subfolder that cannot be listed is an
    error record of its own, never a silent gap."""
    found: list[Path] = []
    failures: list[ReadFailure] = []

    def unreadable(exc: OSError) -> None:
        where = exc.filename or folder
        message = f"cannot list folder {where}: {exc.strerror or exc}"
        failures.append(ReadFailure(UnreadableInput(message), Source(path=str(where))))

    for top, dirs, files in os.walk(folder, onerror=unreadable):
        dirs.sort()
        found += [Path(top) / name for name in files
                  if Path(name).suffix.lower() in KNOWN_SUFFIXES]
    yield from failures
    for child in sorted(found):
        yield from read_file(child)


def read_file(path: Path) -> Iterator[Item]:
    source = Source(path=str(path))
    try:
        refusal = _refusal(path)
    except OSError as exc:
        yield ReadFailure(UnreadableInput(f"cannot read {path}: {exc.strerror or exc}"), source)
        return
    if refusal is not None:
        yield ReadFailure(refusal, source)
        return
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as stream:
            if suffix == ".jsonl":
                yield from _read_jsonl(stream, str(path))
            elif suffix == ".csv":
                yield from _read_csv(stream, str(path))
            elif suffix in HTML_SUFFIXES:
                yield _read_html(_bounded_read(stream), source)
            else:
                yield from _read_text_bytes(_bounded_read(stream), source)
    except OSError as exc:
        yield ReadFailure(UnreadableInput(f"cannot read {path}: {exc.strerror or exc}"), source)
    except InputError as exc:
        yield ReadFailure(exc, source)


def max_article_bytes() -> int:
    """The most bytes one article's file may hold: four per character (UTF-8's widest)."""
    return MAX_ARTICLE_CHARS * 4


def _refusal(path: Path) -> InputError | None:
    """Why a path is refused before a byte is read: not a regular file (a FIFO would block, a
    device never ends), or a single article's file far over the size limit."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        return UnreadableInput(f"{path} is not a regular file (a pipe, device or socket): "
                               f"give a file, a folder, or - for stdin")
    single = path.suffix.lower() not in CORPUS_SUFFIXES
    if single and info.st_size > max_article_bytes():
        return too_large(f"the file has {info.st_size:,} bytes")
    return None


def _bounded_read(stream: BinaryIO) -> bytes:
    """The stream's bytes, refused as soon as they pass one article's limit (never read whole)."""
    data = stream.read(max_article_bytes() + 1)
    if len(data) > max_article_bytes():
        raise too_large(f"the input has more than {max_article_bytes():,} bytes")
    return data


def _read_stdin(stream: BinaryIO) -> Iterator[Item]:
    """Stdin holds one article, or a JSONL corpus when its first line is a JSON object."""
    source = Source(path="-")
    head = stream.read(READ_CHUNK)
    rest = _chained_buffer(head, stream)
    if head.lstrip()[:1] == b"{" and _first_line_is_object(head):
        yield from _read_jsonl(rest, "-")
        return
    try:
        yield from _read_text_bytes(_bounded_read(rest), source)
    except InputError as exc:
        yield ReadFailure(exc, source)


def _first_line_is_object(head: bytes) -> bool:
    line = head.lstrip().split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


class _Chained(io.RawIOBase):
    """Bytes already read, then the rest of a stream: lets stdin be sniffed and still streamed."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _read_text_bytes(data: bytes, source: Source) -> Iterator[Item]:
    try:
        yield checked_article(Article(decode_bytes(data), source))
    except InputError as exc:
        yield ReadFailure(exc, source)


def checked_article(article: Article) -> Article:
    """The article, or an InputError if it is empty or over the size limit."""
    if not article.text.strip():
        raise EmptyInput("the article is empty: give it some text")
    if len(article.text) > MAX_ARTICLE_CHARS:
        raise too_large(f"the article has {len(article.text):,} characters")
    return article


def too_large(what: str) -> TooLarge:
    return TooLarge(f"{what}; the limit is {MAX_ARTICLE_CHARS:,} characters per article "
                    f"(split it, or raise DATELINE_MAX_CHARS)")


#: Byte-order marks of the encodings that need one to be read at all (UTF-16/32 text is full of
#: NUL bytes and would otherwise look binary). UTF-32 first: its LE mark starts like UTF-16's.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes) -> str:
    """Decode text bytes: a UTF-16/32 byte-order mark, else UTF-8, else the best detected
    encoding; refuse binary data."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise BinaryInput(f"the file starts with a {encoding.upper()} byte-order mark "
                                  f"but is not valid {encoding.upper()}: {exc.reason}") from exc
    if looks_binary(data):
        raise BinaryInput("this looks like a binary file, not text: give .txt, .html, .jsonl, .csv")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return data.decode("utf-8", errors="replace")
    return str(best)


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bool(sample) and controls / len(sample) > 0.05


def _read_html(data: bytes, source: Source) -> Item:
    try:
        html = decode_bytes(data)
        if not html.strip():
            raise EmptyInput("the HTML file is empty")
        return checked_article(html_to_article(html, source))
    except InputError as exc:
        return ReadFailure(exc, source)


def html_to_article(html: str, source: Source) -> Article:
    """Main text and metadata of an HTML page (trafilatura; never touches the network)."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    doc: dict[str, Any] = {}
    if result is not None:
        doc = result if isinstance(result, dict) else result.as_dict()
    if not (doc.get("text") or "").strip():
        raise EmptyInput("no article text found in the HTML page")
    title = doc.get("title")
    text = str(doc["text"])
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    source.title = source.title or title
    source.url = source.url or doc.get("url")
    source.publisher = source.publisher or doc.get("sitename")
    return Article(text=text, source=source, published=doc.get("date"))


def _read_jsonl(stream: BinaryIO, name: str) -> Iterator[Item]:
    """One item per line, streamed: a line that cannot be read (bad UTF-8, not JSON, nested too
    deep, a number too long, over the size limit) is that line's error record, and the lines
    after it are read as usual. Lines end at ``\\n`` only: U+2028 inside a string is text."""
    for number, line in _numbered_lines(stream, max_article_bytes() + 4096):
        source = Source(path=f"{name}:{number}")
        if line is None:
            yield ReadFailure(too_large(f"line {number} is too long"), source)
            continue
        if not line.strip():
            continue
        try:
            row = json.loads(line.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            yield ReadFailure(BadRow(f"line {number} is not UTF-8: {exc.reason}"), source)
            continue
        except json.JSONDecodeError as exc:
            yield ReadFailure(BadRow(f"line {number} is not JSON: {exc.msg}"), source)
            continue
        except (ValueError, RecursionError) as exc:  # 5,000-digit numbers; nesting 100,000 deep
            yield ReadFailure(BadRow(f"line {number} cannot be read as JSON: {exc}"), source)
            continue
        if not isinstance(row, dict):
            yield ReadFailure(BadRow(f"line {number} is not a JSON object"), source)
            continue
        yield row_to_item(row, source, f"line {number}")


def _numbered_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """The stream's lines with their numbers; a line over ``limit`` bytes is skipped to its end
    without being held in memory, and comes out as None."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (more := stream.readline(READ_CHUNK)) and not more.endswith(b"\n"):
                pass
            yield number, None
            continue
        yield number, line


def _read_csv(stream: BinaryIO, name: str) -> Iterator[Item]:
    """One item per row, streamed; a row that cannot be read is that row's error record."""
    head = stream.read(READ_CHUNK)
    encoding = "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    text = io.TextIOWrapper(_chained_buffer(head, stream), encoding=encoding, errors="replace",
                            newline="")
    csv.field_size_limit(MAX_ARTICLE_CHARS)
    reader = csv.DictReader(text)
    try:
        fieldnames = reader.fieldnames
    except csv.Error as exc:
        yield ReadFailure(BadRow(f"malformed CSV header: {exc}"), Source(path=name))
        return
    if not fieldnames or "text" not in fieldnames:
        found = ", ".join(fieldnames or []) or "none"
        message = f"the CSV has no 'text' column (columns: {found})"
        yield ReadFailure(BadRow(message), Source(path=name))
        return
    yield from _csv_rows(reader, name)


def _csv_rows(reader: csv.DictReader[str], name: str) -> Iterator[Item]:
    """Rows numbered as a spreadsheet shows them (the header is row 1)."""
    number = 1
    while True:
        number += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # the reader resumes at the next row
            yield ReadFailure(BadRow(f"row {number} cannot be read: {exc}"),
                              Source(path=f"{name}:{number}"))
            continue
        yield row_to_item(row, Source(path=f"{name}:{number}"), f"row {number}")


def _chained_buffer(head: bytes, stream: BinaryIO) -> io.BufferedReader:
    return io.BufferedReader(_Chained(head, stream))


def row_to_item(row: dict[str, Any], source: Source, where: str) -> Item:
    """An article from a corpus row (a JSONL object, a CSV row, a dict): ``text`` and optional
    ``id``, ``title``, ``url``, ``publisher``, ``date``/``published``."""
    source.id = _optional_str(row.get("id"))
    source.title = _optional_str(row.get("title"))
    source.url = _optional_str(row.get("url"))
    source.publisher = _optional_str(row.get("publisher"))
    text = row.get("text")
    if not isinstance(text, str):
        return ReadFailure(BadRow(f"{where} has no 'text' string field"), source)
    published = metadata_date(_optional_str(row.get("published")) or _optional_str(row.get("date")))
    try:
        return checked_article(Article(text=text, source=source, published=published))
    except InputError as exc:
        return ReadFailure(exc, source)


def _optional_str(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


# -- metadata dates --------------------------------------------------------------------------


def metadata_date(value: str | None) -> str | None:
    """A metadata date as ISO when it is in a common format (ISO, RFC 2822, ``2022/08/10``,
    day and month in an unambiguous order with slashes or dots, month names); otherwise the
    value unchanged, so that ``metadata_date_warnings`` can report it."""
    if value is None:
        return None
    return parse_metadata_date(value) or value


def parse_metadata_date(value: str) -> str | None:
    """ISO date or datetime for a metadata date in a common format, else None."""
    import datetime as dt
    import email.utils
    import re

    from dateline.dates import DMY, MDY, WEEKDAY_PREFIX, iso_date, parse_date_match, parse_numeric

    text = value.strip()
    if iso_date(text):
        return text
    ymd = re.fullmatch(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})", text)
    if ymd:
        try:
            return dt.date(*map(int, ymd.groups())).isoformat()
        except ValueError:
            return None
    numeric = parse_numeric(text)
    if numeric is not None:
        return numeric.iso()
    try:
        stamp = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        stamp = None
    if stamp is not None:
        return stamp.isoformat()
    named = re.match(rf"{WEEKDAY_PREFIX}?(?:{DMY}|{MDY})\b", text, re.IGNORECASE)
    found = parse_date_match(named) if named else None
    return found.iso() if found is not None else None


def metadata_date_warnings(published: str | None) -> list[str]:
    """The warning a record carries when its metadata date could not be read."""
    from dateline.dates import iso_date

    if published is None or iso_date(published):
        return []
    return [f"metadata date {published[:80]!r} is not a date dateline can read (use ISO "
            "YYYY-MM-DD); relative dates were anchored without it"]


def as_item(value: Any) -> Item:
    """An Article or ReadFailure from any accepted input: an Article, a ReadFailure, a string
    (the text), or a dict read like a JSONL line; anything else is a ReadFailure naming it."""
    if isinstance(value, Article | ReadFailure):
        return value
    if isinstance(value, str):
        return Article(value, Source())
    if isinstance(value, dict):
        return row_to_item(dict(value), Source(), "the dict")
    message = (f"cannot extract from {type(value).__name__}: give an Article, a string or a "
               f"dict with a 'text' field")
    return ReadFailure(BadRow(message), Source())
