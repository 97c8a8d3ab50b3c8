"""The dateline stages, each a registered spaCy component (see ``register_all``)."""

from __future__ import annotations

from importlib import import_module

STAGE_MODULES = ("paragraphs", "times", "actors", "quotes", "events", "threads")


def register_all() -> None:
    """Import every stage module so its spaCy factory is registered."""
    for name in STAGE_MODULES:
        import_module(f"dateline.stages.{name}")
