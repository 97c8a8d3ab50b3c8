"""The dateline stages, each a spaCy factory registered through the ``spacy_factories`` entry
points (``pip install dateline`` is enough for ``nlp.add_pipe("dateline_times")``)."""

from __future__ import annotations

from importlib import import_module

STAGE_MODULES = ("paragraphs", "times", "actors", "quotes", "events", "confidence", "threads",
                 "places")


def register_all() -> None:
    """Import every stage module so its spaCy factory is registered (the entry points do the
    same on demand)."""
    for name in STAGE_MODULES:
        import_module(f"dateline.stages.{name}")
