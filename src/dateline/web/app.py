"""The FastAPI application: pages over the store, each with a JSON twin, and write endpoints.

``create_app(store)`` builds it; ``dateline serve`` runs it with uvicorn. Every page answers
in HTML, or in JSON with a ``.json`` suffix or ``Accept: application/json``. Assets, Swagger UI
included, are served from the package: the app loads nothing from the network.
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from dateline import __version__
from dateline.store import Store
from dateline.web import errors, views
from dateline.web.service import Browser, Extractor

HERE = Path(__file__).resolve().parent
TOKEN_ENV = "DATELINE_TOKEN"
MAX_UPLOAD_ENV = "DATELINE_MAX_UPLOAD"
#: Largest upload or request body accepted by the write endpoints (413 above it).
DEFAULT_MAX_UPLOAD = 10 * 1024 * 1024

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}


class SafeJSONResponse(JSONResponse):
    """JSON with ``<``, ``>`` and ``&`` written as unicode escapes: the same data to any JSON
    parser, and inert even if something renders it as HTML."""

    def render(self, content: Any) -> bytes:
        raw = json.dumps(content, ensure_ascii=False, separators=(",", ":"), default=str)
        raw = raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        return raw.encode("utf-8")


def wants_json(request: Request) -> bool:
    if request.url.path.endswith(".json") or request.url.path.startswith("/api/"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def templates() -> Jinja2Templates:
    found = Jinja2Templates(directory=str(HERE / "templates"))
    env = found.env
    env.autoescape = True
    env.filters["safe_url"] = views.safe_url
    env.filters["snippet"] = views.marked_snippet
    env.filters["mark_words"] = views.mark_words
    env.filters["actor_names"] = views.actor_names
    env.globals["quad_names"] = views.QUAD_NAMES
    env.globals["quad"] = views.quad
    env.globals["version"] = __version__
    return found


def create_app(store: Store, *, token: str | None = None, max_upload: int | None = None,
               write_url: str | None = None) -> FastAPI:
    """The web app over ``store`` (best opened with ``Store.open(url, mode="read")``); write
    endpoints need ``token`` (default ``$DATELINE_TOKEN``; none set: they are off), and
    ``POST /api/ingest`` on a read-only store opens ``write_url`` for writing per upload."""
    app = FastAPI(title="dateline", version=__version__, docs_url=None, redoc_url=None,
                  default_response_class=SafeJSONResponse,
                  description="Events, quotes, actors and dates from international-politics "
                              "news, each pinned to the characters of its article. Every page "
                              "has a JSON twin: add `.json` or send `Accept: application/json`.",
                  lifespan=_lifespan)
    app.state.extractor = Extractor()
    app.state.browser = Browser(store)
    app.state.store = store
    app.state.write_url = write_url
    app.state.token = token if token is not None else os.environ.get(TOKEN_ENV) or None
    app.state.max_upload = max_upload or int(os.environ.get(MAX_UPLOAD_ENV) or
                                             DEFAULT_MAX_UPLOAD)
    app.state.templates = templates()
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    errors.install(app, render_error)
    app.middleware("http")(security_headers)
    from dateline.web import api, pages

    pages.register(app)
    api.register(app)
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.extractor.close()  # its worker process, if a write request started one


async def security_headers(request: Request,
                           call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def render_error(request: Request, detail: errors.ErrorDetail) -> Response:
    body = {"error": detail.model_dump(exclude_none=True)}
    if wants_json(request):
        return SafeJSONResponse(body, status_code=detail.status)
    page = request.app.state.templates.TemplateResponse(
        request, "error.html", {"error": detail, "title": f"{detail.status} {detail.code}"},
        status_code=detail.status)
    return page  # type: ignore[no-any-return]


def respond(request: Request, template: str, data: dict[str, Any],
            **extra: Any) -> Response:
    """The page's data as JSON (its twin), or rendered by ``template`` with ``extra``."""
    if wants_json(request):
        return SafeJSONResponse(data)
    page = request.app.state.templates.TemplateResponse(request, template, {**data, **extra})
    return page  # type: ignore[no-any-return]


def html(request: Request, template: str, context: dict[str, Any]) -> HTMLResponse:
    page = request.app.state.templates.TemplateResponse(request, template, context)
    return page  # type: ignore[no-any-return]
