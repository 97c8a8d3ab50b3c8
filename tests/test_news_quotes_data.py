"""The issue-13 news attribution set stays well formed: spans inside their text, values in range."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

FOLDER = Path(__file__).parent / "data" / "news_quotes"
PARTS = {name: yaml.safe_load((FOLDER / f"{name}.yaml").read_text("utf-8"))
         for name in ("dev", "test")}
CASES = PARTS["dev"] + PARTS["test"]
KINDS = {"direct", "indirect", "mixed"}
CLASSES = {"speech", "thought", "intention", "document", "perception"}


def _quotes() -> list[tuple[str, str, dict[str, Any]]]:
    return [(c["id"], c["text"], q) for c in CASES for q in c["quotes"]]


def test_size_and_split() -> None:
    assert len(CASES) >= 170 and len(_quotes()) >= 230
    assert sum(1 for c in CASES if not c["quotes"]) >= 15
    assert len({c["id"] for c in CASES}) == len(CASES)
    assert PARTS["test"] and PARTS["dev"]


@pytest.mark.parametrize(("case_id", "text", "quote"), _quotes())
def test_spans_lie_in_the_text(case_id: str, text: str, quote: dict[str, Any]) -> None:
    for field in ("speaker", "cue", "content", "resolves_to"):
        assert quote.get(field) is None or quote[field] in text, (case_id, field)
    assert quote["kind"] in KINDS and quote["cue_class"] in CLASSES, case_id
    if parts := quote.get("parts"):
        assert quote["content"].startswith(parts[0]) and quote["content"].endswith(parts[-1])
        assert all(part in quote["content"] for part in parts), case_id


def test_origins_and_dates() -> None:
    for case in CASES:
        source, _, key = case["origin"].partition(":")
        assert source in {"meantime", "ngec"} and key, case["id"]
        assert len(case["document_date"]) == 10, case["id"]
