"""The dateline store: records in SQLite (default) or PostgreSQL, queries, merges and frames.

``Store.open(url)`` opens (and migrates) a database: a SQLite file path or URL, or
``postgresql+psycopg://...``; with no URL, ``$DATELINE_DB`` or ``dateline.db`` in the working
folder. Importing this package opens nothing.
"""

from __future__ import annotations

from dateline.store.queries import EventFilter
from dateline.store.store import IngestReport, Store, StoreError, resolve_url

__all__ = ["EventFilter", "IngestReport", "Store", "StoreError", "resolve_url"]
