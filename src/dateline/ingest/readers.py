"""Readers: files, folders, corpora and stdin -> Article or ReadFailure, in input order."""

from __future__ import annotations

import csv
import io
import json
import os
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
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_text_bytes(stream.read(), Source(path="-"))
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in KNOWN_SUFFIXES:
                    yield from read_file(child)
        else:
            yield from read_file(path)


def read_file(path: Path) -> Iterator[Item]:
    source = Source(path=str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield ReadFailure(UnreadableInput(f"cannot read {path}: {exc.strerror or exc}"), source)
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(data, path)
    elif suffix == ".csv":
        yield from _read_csv(data, path)
    elif suffix in HTML_SUFFIXES:
        yield _read_html(data, source)
    else:
        yield from _read_text_bytes(data, source)


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
        raise TooLarge(
            f"the article has {len(article.text):,} characters; the limit is "
            f"{MAX_ARTICLE_CHARS:,} (split it, or raise DATELINE_MAX_CHARS)"
        )
    return article


def decode_bytes(data: bytes) -> str:
    """Decode text bytes: UTF-8 first, else the best detected encoding; refuse binary data."""
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


def _read_jsonl(data: bytes, path: Path) -> Iterator[Item]:
    try:
        content = decode_bytes(data)
    except InputError as exc:
        yield ReadFailure(exc, Source(path=str(path)))
        return
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        source = Source(path=f"{path}:{number}")
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadFailure(BadRow(f"line {number} is not JSON: {exc.msg}"), source)
            continue
        if not isinstance(row, dict):
            yield ReadFailure(BadRow(f"line {number} is not a JSON object"), source)
            continue
        yield _row_to_item(row, source, f"line {number}")


def _read_csv(data: bytes, path: Path) -> Iterator[Item]:
    try:
        content = decode_bytes(data)
    except InputError as exc:
        yield ReadFailure(exc, Source(path=str(path)))
        return
    csv.field_size_limit(MAX_ARTICLE_CHARS * 4)
    reader = csv.DictReader(io.StringIO(content))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        found = ", ".join(reader.fieldnames or []) or "none"
        message = f"the CSV has no 'text' column (columns: {found})"
        yield ReadFailure(BadRow(message), Source(path=str(path)))
        return
    try:
        for number, row in enumerate(reader, start=2):
            yield _row_to_item(row, Source(path=f"{path}:{number}"), f"row {number}")
    except csv.Error as exc:
        yield ReadFailure(BadRow(f"malformed CSV: {exc}"), Source(path=str(path)))


def _row_to_item(row: dict[str, Any], source: Source, where: str) -> Item:
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
