"""Golden records: the whole output for the sample corpus is pinned. A change shows as a diff;
regenerate only on purpose with `python scripts/regen_golden.py` and read it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "sample_corpus.jsonl"


def _regen_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("regen", ROOT / "scripts" / "regen_golden.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def produced(nlp) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    return [json.loads(line) for line in _regen_module().golden_lines()]


def test_golden_records_unchanged(produced: list[dict]) -> None:  # type: ignore[type-arg]
    golden = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    assert len(produced) == len(golden)
    for new, old in zip(produced, golden, strict=True):
        assert new == old, f"record for {old['source']} changed: regenerate on purpose"


def test_every_span_matches_its_text(produced: list[dict]) -> None:  # type: ignore[type-arg]
    from dateline.record import Record

    for data in produced:
        if "error" in data:
            continue
        record = Record.from_json(data)
        assert all(record.text[s.start:s.end] == s.text for s in record.spans())


def test_corpus_traps(produced: list[dict]) -> None:  # type: ignore[type-arg]
    by_name = {Path(d["source"]["path"]).name: d for d in produced}
    protests = by_name["03_tbilisi_protests.txt"]
    assert [r["kind"] for r in protests["removed"]].count("duplicate-paragraph") == 1
    assert by_name["09_nile_dam_dispute.txt"]["document_date_source"] == "none"
    drills = by_name["07_pyongyang_drills_threat.txt"]
    assert drills["document_date"] == "2023-08-21"
    assert any(r["kind"] == "timestamp-line" for r in drills["removed"])
    assert by_name["11_japan_korea_summit.html"]["source"]["title"]
