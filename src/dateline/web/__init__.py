"""``dateline serve``: a FastAPI app over the store, server-rendered with Jinja2.

``create_app(store)`` builds the app; importing this package starts nothing. Every page has a
JSON twin (``.json`` or ``Accept: application/json``); the OpenAPI schema is at
``/openapi.json`` and Swagger UI, from the package's own assets, at ``/docs``.
"""

from __future__ import annotations

from dateline.web.app import DEFAULT_MAX_UPLOAD, create_app

__all__ = ["DEFAULT_MAX_UPLOAD", "create_app"]
