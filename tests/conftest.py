"""Shared fixtures: the spaCy pipeline loads once per session; ../shared is optional."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SHARED = Path(os.environ.get("DATELINE_SHARED", REPO.parent / "shared"))
SEED = SHARED / "seed" / "000_0a4a7013ffd730d3.txt"

# The 30 s per-article budget is a production guard against runaway articles, not a speed
# check: on a loaded machine a long golden article could trip it and fail a test for timing.
# Tests get a generous budget (a runaway still fails); the budget tests set their own.
os.environ.setdefault("DATELINE_ARTICLE_TIMEOUT", "300")
# The session and the worker processes its tests start read one gazetteer cache (built by the
# first of them), kept out of the user's own cache folder.
os.environ.setdefault("DATELINE_CACHE_DIR",
                      str(Path(tempfile.gettempdir()) / "dateline-test-cache"))


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from dateline.pipeline import PipelineConfig, load_pipeline

    return load_pipeline(PipelineConfig())


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval").is_dir():
        pytest.skip(f"shared evaluation data not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seed_record(nlp, shared):  # type: ignore[no-untyped-def]
    from dateline import extract

    return extract(SEED.read_text(encoding="utf-8"), path=str(SEED))
