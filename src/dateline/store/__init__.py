"""The dateline store: records in SQLite (default) or PostgreSQL, queries, merges and frames.

``Store.open(url)`` opens (and migrates) a database for writing; ``Store.open(url,
mode="read")`` opens an existing store read-only. ``url`` is a SQLite file path or URL, or
``postgresql+psycopg://...``; with none, ``$DATELINE_DB`` or ``dateline.db`` in the working
folder. Modules: ``connect`` (URLs, engines, read-only opening), ``writer``, ``read`` (queries),
``filters``, ``schema``, ``migrations``, ``views``. Importing this package opens nothing and
never imports the pipeline.
"""

from __future__ import annotations

from dateline.store.connect import (
    ForeignStore,
    OutdatedStore,
    StoreError,
    StoreNotFound,
    UnsupportedURL,
    resolve_url,
)
from dateline.store.filters import EventFilter
from dateline.store.read import QuoteFilter
from dateline.store.store import Store
from dateline.store.writer import IngestReport

__all__ = [
    "EventFilter",
    "ForeignStore",
    "IngestReport",
    "OutdatedStore",
    "QuoteFilter",
    "Store",
    "StoreError",
    "StoreNotFound",
    "UnsupportedURL",
    "resolve_url",
]
