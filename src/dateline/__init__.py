"""dateline: who did what to whom, when, and who said what, pinned to the article's characters.

Importing dateline loads no model, opens no database and installs no spaCy extension: the
pipeline is built on the first call to ``extract`` or ``extract_many``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ErrorRecord",
    "Record",
    "__version__",
    "date_for_span",
    "extract",
    "extract_many",
    "read_inputs",
]

if TYPE_CHECKING:
    from dateline.ingest.readers import Article, read_inputs
    from dateline.pipeline import date_for_span, extract, extract_many
    from dateline.record import ErrorRecord, Record

_LAZY = {
    "extract": "dateline.pipeline",
    "extract_many": "dateline.pipeline",
    "date_for_span": "dateline.pipeline",
    "Record": "dateline.record",
    "ErrorRecord": "dateline.record",
    "Article": "dateline.ingest.readers",
    "read_inputs": "dateline.ingest.readers",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'dateline' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(module), name)
