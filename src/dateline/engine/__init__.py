"""Batch engines: run extraction over many articles, keeping input order.

``LocalEngine(workers=N)`` uses N local processes, each loading the spaCy pipeline once.
"""

from __future__ import annotations

from dateline.engine.local import LocalEngine

__all__ = ["LocalEngine"]
