"""One error shape for the whole web app, in JSON and in HTML:
``{"error": {"status", "code", "message", "param"?, "valid"?}}``.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from dateline.errors import DatelineError

log = logging.getLogger("dateline.web")

CODES = {400: "bad-request", 401: "unauthorized", 403: "forbidden", 404: "not-found",
         405: "method-not-allowed", 411: "length-required", 413: "too-large",
         415: "unsupported-media-type", 422: "invalid", 500: "internal"}


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str
    param: str | None = None
    valid: list[str] | None = None


class ErrorBody(BaseModel):
    """The one error shape: 404 for unknown ids, 422 naming the bad filter and valid values."""

    error: ErrorDetail


#: Documented on every route of the OpenAPI schema.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "Unknown id"},
    422: {"model": ErrorBody, "description": "A bad parameter, named, with its valid values"},
}


class ApiError(Exception):
    """An error a handler raises on purpose; rendered in the one error shape."""

    def __init__(self, status: int, message: str, *, param: str | None = None,
                 valid: list[str] | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.detail = ErrorDetail(status=status, code=code or CODES.get(status, "error"),
                                  message=message, param=param, valid=valid)


def not_found(what: str, key: object) -> ApiError:
    return ApiError(404, f"no {what} with id {key!s}")


#: Valid values of enumerated parameters, for 422 messages.
VALID: dict[str, list[str]] = {}


def install(app: FastAPI, render: Any) -> None:
    """Register handlers so every error, expected or not, comes out in the one shape.
    ``render(request, detail)`` turns an ErrorDetail into a response (JSON or HTML)."""

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return render(request, exc.detail)  # type: ignore[no-any-return]

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else CODES.get(exc.status_code, "")
        detail = ErrorDetail(status=exc.status_code, code=CODES.get(exc.status_code, "error"),
                             message=message)
        return render(request, detail)  # type: ignore[no-any-return]

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return render(request, validation_detail(exc))  # type: ignore[no-any-return]

    @app.exception_handler(DatelineError)
    async def dateline_error(request: Request, exc: DatelineError) -> Response:
        status = 422 if exc.exit_code == 2 else 500
        detail = ErrorDetail(status=status, code=exc.code, message=str(exc))
        return render(request, detail)  # type: ignore[no-any-return]

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        detail = ErrorDetail(status=500, code="internal", message="internal error")
        return render(request, detail)  # type: ignore[no-any-return]


def validation_detail(exc: RequestValidationError) -> ErrorDetail:
    """A 422 naming the first bad parameter and, when it has them, its valid values."""
    first = exc.errors()[0] if exc.errors() else {}
    loc = [str(part) for part in first.get("loc", ()) if part not in ("query", "path", "body")]
    param = ".".join(loc) or None
    given = first.get("input")
    valid = VALID.get(param or "")
    if param and valid:
        message = f"invalid value {given!r} for {param}; valid values: {', '.join(valid)}"
    elif param:
        message = f"invalid value {given!r} for {param}: {first.get('msg', 'invalid')}"
    else:
        message = str(first.get("msg", "invalid request"))
    return ErrorDetail(status=422, code="invalid", message=message, param=param, valid=valid)
