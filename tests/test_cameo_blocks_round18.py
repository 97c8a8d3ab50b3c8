"""Issue 11, wave 18: only the CAMEO verb blocks a blind coder found coding their act on dev stories
code events of their own (``JUDGED_BLOCKS`` in ``scripts/import_cameo_events.py``, verdicts in
``docs/judged/cameo18/``); the other blocks' matches are events only where a sense rule reads
them. Sentences are ours."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
CAMEO = REPO / "src" / "dateline" / "lexicon" / "events" / "cameo.jsonl"


def _import_script() -> ModuleType:
    path = REPO / "scripts" / "import_cameo_events.py"
    spec = importlib.util.spec_from_file_location("import_cameo_events", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _patterns() -> list[dict[str, object]]:
    rows = [json.loads(line) for line in CAMEO.read_text("utf-8").splitlines()[1:] if line]
    return [r for r in rows if r["section"] == "pattern"]


def test_only_kept_blocks_code_an_event_of_their_own() -> None:
    kept = _import_script().JUDGED_BLOCKS
    coding = {str(p["block"]) for p in _patterns() if p.get("type") and not p.get("unkept")}
    assert coding and coding <= kept


def test_patterns_of_blocks_not_kept_are_marked() -> None:
    dropped = [p for p in _patterns() if p["block"] == "oversee manage" and p.get("type")]
    assert dropped and all(p.get("unkept") is True for p in dropped)


def test_wanting_is_left_out_of_the_demand_patterns() -> None:
    demand = [p for p in _patterns() if p["block"] == "demand" and p.get("type")]
    assert demand and all("want" not in p.get("verbs", ()) and p.get("verbs") for p in demand)


def _events(text: str) -> list[tuple[str, str]]:
    from dateline import extract

    record = extract(text, date="2024-05-08", min_confidence=0)
    return [(e.type, e.rule) for e in record.events]


@pytest.mark.parametrize("text", [
    "The president said he would use the army to end the blockade.",
    "Officials in the capital monitored the situation along the border closely.",
    "The troops are trying to create a buffer zone along the border.",
    "The minister released details of the plan on Monday.",
])
def test_blocks_not_kept_code_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [rule for _, rule in _events(text) if rule.startswith("events.cameo.")]


def test_a_kept_block_still_codes_its_act(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _events("The army launched an offensive against the insurgents in the hills.")
    assert [t for t, rule in found if rule.startswith("events.cameo.start-")] == ["ASSAULT"]


def test_a_sense_rule_still_reads_a_match_of_a_block_not_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _events("Dock workers in the port city took part in the general strike.")
    assert ("PROTEST", "events.sense.take-part-protest.v1") in [
        (t, rule.split("+")[0]) for t, rule in found]


def test_explain_says_why_a_match_of_a_block_not_kept_is_dropped(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.explain import explain, format_explanation

    # session 118: "released details" is now dropped by our own release entry's sense rule
    # (sense.release-not-party.v1), so a block-not-kept match of another verb is pinned here
    text = "Officials in the capital monitored the situation along the border closely."
    assert "events.cameo.block-not-kept.v1" in format_explanation(explain(text, min_confidence=0))
