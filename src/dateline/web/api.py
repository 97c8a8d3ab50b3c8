"""Write endpoints: ``POST /api/extract`` (one text) and ``POST /api/ingest`` (a file upload).

They are off unless a token is configured (``$DATELINE_TOKEN``), and then need it as a bearer
token. Bodies and uploads above the size limit get 413.
"""

from __future__ import annotations

import hmac
import re
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, File, Form, Request, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel, Field

from dateline.errors import DatelineError
from dateline.ingest.readers import (
    KNOWN_SUFFIXES,
    Article,
    ReadFailure,
    checked_article,
    read_file,
)
from dateline.record import ErrorRecord, Source
from dateline.web.errors import ERROR_RESPONSES, ApiError, ErrorBody
from dateline.web.params import check_date, check_min_confidence
from dateline.web.service import store_articles

CHUNK = 64 * 1024
#: Room for the multipart envelope and the JSON around a text, above the size limit.
ENVELOPE = 64 * 1024
WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    **ERROR_RESPONSES,
    401: {"model": ErrorBody, "description": "Missing or wrong bearer token"},
    403: {"model": ErrorBody, "description": "Write endpoints are off (no DATELINE_TOKEN)"},
    413: {"model": ErrorBody, "description": "Body or upload above the size limit"},
}
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class ExtractRequest(BaseModel):
    text: str = Field(min_length=1, description="The article's text")
    date: str | None = Field(None, description="Anchor date YYYY-MM-DD if the text has none")
    published: str | None = Field(None, description="The article's own metadata date")
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    min_confidence: float | None = Field(
        None, ge=0, le=1, description="Withhold events whose confidence is below this (default: "
                                      "dateline's, 0.3; 0 keeps every event the rules found)")


def authorised(request: Request) -> None:
    """Refuse unless a token is configured and given as ``Authorization: Bearer TOKEN``."""
    token: str | None = request.app.state.token
    if not token:
        raise ApiError(403, "write endpoints are off: start the server with DATELINE_TOKEN set",
                       code="writes-disabled")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(),
                                                             token.encode()):
        raise ApiError(401, "give the server's token as 'Authorization: Bearer TOKEN'")


def size_limited(request: Request) -> None:
    """413 early when the declared body is above the limit."""
    limit: int = request.app.state.max_upload
    declared = request.headers.get("content-length")
    if declared and (not declared.isdigit() or int(declared) > limit + ENVELOPE):
        raise ApiError(413, f"the request body is over the limit of {limit:,} bytes")


Guards = [Depends(authorised), Depends(size_limited)]


def extract(request: Request, body: ExtractRequest) -> dict[str, Any]:
    """Extract one text and return its record (nothing is stored), under the time budget and
    the worker memory limit (``web.service.Extractor``)."""
    limit: int = request.app.state.max_upload
    if len(body.text.encode("utf-8")) > limit:
        raise ApiError(413, f"the text is over the limit of {limit:,} bytes")
    anchor = check_date("date", body.date)
    source = Source(title=body.title, url=body.url, publisher=body.publisher)
    try:
        article = checked_article(Article(body.text, source, published=body.published))
    except DatelineError as exc:
        raise ApiError(422, str(exc), param="text", code=exc.code) from exc
    record = request.app.state.extractor.extract(article, anchor, body.min_confidence)
    if isinstance(record, ErrorRecord):
        raise ApiError(422, record.message, param="text", code=record.code)
    return record.to_dict()  # type: ignore[no-any-return]


async def ingest(request: Request, file: Annotated[UploadFile, File()],
                 date: Annotated[str | None, Form()] = None,
                 min_confidence: Annotated[str | None, Form()] = None) -> dict[str, Any]:
    """Store the articles of an uploaded .txt, .md, .html, .jsonl or .csv file (events under
    ``min_confidence`` withheld: empty is dateline's default, 0.3; 0 keeps every event)."""
    anchor = check_date("date", date)
    threshold = check_min_confidence(min_confidence)
    name = _SAFE_NAME.sub("_", Path(file.filename or "upload.txt").name)[:100] or "upload.txt"
    suffix = Path(name).suffix.lower()
    if suffix not in KNOWN_SUFFIXES:
        raise ApiError(415, f"unsupported file type {suffix or '(none)'!r}", param="file",
                       valid=sorted(KNOWN_SUFFIXES))
    data = await _read_limited(file, request.app.state.max_upload)
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(_store_upload, request, name, data, anchor, threshold)


async def _read_limited(file: UploadFile, limit: int) -> bytes:
    parts: list[bytes] = []
    size = 0
    while chunk := await file.read(CHUNK):
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"the upload is over the limit of {limit:,} bytes")
        parts.append(chunk)
    return b"".join(parts)


def _store_upload(request: Request, name: str, data: bytes, anchor: str | None,
                  min_confidence: float | None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="dateline-upload-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        items = [_renamed(item, str(path), name) for item in read_file(path)]
    state = request.app.state
    report = store_articles(state.store, state.write_url, items, anchor, state.extractor,
                            min_confidence)
    return {"file": name, "added": report.added, "replaced": report.replaced,
            "unchanged": report.unchanged, "failed": report.failed, "rows": report.rows,
            "messages": report.messages}


def _renamed(item: Article | ReadFailure, temp: str, name: str) -> Article | ReadFailure:
    if item.source.path and item.source.path.startswith(temp):
        item.source.path = "upload:" + name + item.source.path[len(temp):]
    return item


WRITE_PATHS = ("/api/extract", "/api/ingest")


async def write_guard(request: Request,
                      call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """Token and size checks before any body is read or parsed (411 without a length)."""
    if request.url.path in WRITE_PATHS and request.method == "POST":
        try:
            authorised(request)
            if "content-length" not in request.headers:
                raise ApiError(411, "send a Content-Length header")
            size_limited(request)
        except ApiError as exc:
            from dateline.web.app import render_error

            return render_error(request, exc.detail)
    return await call_next(request)


def register(app: FastAPI) -> None:
    app.middleware("http")(write_guard)
    app.add_api_route("/api/extract", extract, methods=["POST"], dependencies=Guards,
                      responses=WRITE_RESPONSES, tags=["write"], operation_id="extract")
    app.add_api_route("/api/ingest", ingest, methods=["POST"], dependencies=Guards,
                      responses=WRITE_RESPONSES, tags=["write"], operation_id="ingest")
