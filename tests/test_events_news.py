"""Issue 11: events that hold on news the rules were not written against.

Scored gates run on the *test* parts only (never read while writing rules); floors only go up.
The floors pinned before the default threshold (session 100) score every event the rules found
(``min_confidence=0``), as they always did; ``DEFAULT_FLOORS`` score dateline's default output,
events under confidence 0.3 withheld. Rule tests use short sentences of the shapes the issue
lists (patterns 1-5).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dateline.event_scores import load_cases, load_stories, score_cases, score_stories

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"

#: Floors on the test parts (raise only). Figures as printed by scripts/score_events.py.
#: One exception, taken on purpose (wave 22, the CAMEO-block pruning): news_events source
#: 0.85 -> 0.84 and target 0.71 -> 0.69, one gold event each (53/63 and 44/63 typed), while its
#: type precision rose 0.667 -> 0.689 and two blind coders judged the pruning's changes on held-out
#: stories better 60:30 and 62:32 (docs/judged/pairscameo). Raise only from here. Wave 25 (integ25):
#: type precision 0.708, target 0.703, spurious 0.292; story recall on every 4th test story 0.309.
#: Wave 44 (e325ffb): event_cases test fully correct 0.942, target 0.956 (floors 0.92 -> 0.94,
#: 0.94 -> 0.95).
#: Waves 48-50 (2026-12-03, main after integ50): news_events test fully correct 0.297 (44 of 148
#: gold), target 0.742: floors one event below (fully 0.27 -> 0.29, target 0.70 -> 0.72).
#: Waves 51-52 (2026-12-03, integ52 04b4431): news_events test type precision 0.725, spurious
#: 0.275 (91 predicted): one event from there (type precision 0.70 -> 0.71, spurious ceiling
#: 0.30 -> 0.29).
#: Waves 59-61 (2026-12-04, main 300a9ec): news_events_b test (78 gold, 49 predicted, 37 typed)
#: type recall 0.474, precision 0.878, fully correct 0.244, source 0.865, target 0.649, date 0.892,
#: modality 0.973, spurious 0.122: floors one event below, now pinned too; story recall on every
#: 4th test story 0.316 (floor 0.30 -> 0.31).
#: Wave 76 (offers are AGREE, CONVENTIONS.md): news_events_b test type recall 0.500 (39 of 78),
#: precision 0.900 (45 of 50), fully correct 0.269 (21 of 78): floors one event below (0.46 -> 0.48,
#: 0.85 -> 0.87, 0.23 -> 0.25).
#: Wave 83 (2026-12-04, main 1507226): news_events test type precision 0.744, spurious 0.256 (90
#: predicted): one event from there (type precision 0.71 -> 0.73, spurious ceiling 0.29 -> 0.27).
FLOORS: dict[str, dict[str, float]] = {
    "news_events": {"type_recall": 0.42, "type_precision": 0.73, "fully_correct": 0.29,
                    "source": 0.84, "target": 0.72, "date": 0.90, "modality": 0.96},
    "news_events_b": {"type_recall": 0.48, "type_precision": 0.87, "fully_correct": 0.25,
                      "source": 0.83, "target": 0.62, "date": 0.86, "modality": 0.94},
    "event_cases": {"type_recall": 0.97, "type_precision": 0.97, "fully_correct": 0.94,
                    "source": 1.0, "target": 0.95, "date": 1.0, "modality": 1.0},
}
#: Ceilings on the share of predicted events of a type their case does not hold (lower only).
SPURIOUS_CEILINGS = {"news_events": 0.27, "news_events_b": 0.15, "event_cases": 0.03}
STORY_RECALL_FLOOR = 0.31
#: Floors on the default output (events under confidence 0.3 withheld), session 100 (raise only):
#: one event below the figures of scripts/score_events.py that day. The threshold halves the
#: events of news_events (88 -> 44 predicted on the test part, type precision 0.750 both ways)
#: and of news_events_b (49 -> 32, 0.918 -> 0.938): it was chosen on whole held-out articles,
#: where it keeps 67% of the events (docs/judged/round65/summary.md), not on single sentences.
DEFAULT_FLOORS: dict[str, dict[str, float]] = {
    "news_events": {"type_recall": 0.23, "type_precision": 0.72, "fully_correct": 0.18},
    "news_events_b": {"type_recall": 0.33, "type_precision": 0.90, "fully_correct": 0.21},
    "event_cases": {"type_recall": 0.95, "type_precision": 0.97, "fully_correct": 0.91},
}
DEFAULT_STORY_RECALL_FLOOR = 0.21


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_case_set_test_part_floors(nlp, name: str) -> None:  # type: ignore[no-untyped-def]
    figures = score_cases(load_cases(DATA / name / "test.yaml"), min_confidence=0).figures()
    low = {k: (figures[k], floor) for k, floor in FLOORS[name].items() if figures[k] < floor}
    assert not low, (name, figures)
    assert figures["spurious"] <= SPURIOUS_CEILINGS[name], (name, figures)


@pytest.mark.parametrize("name", sorted(DEFAULT_FLOORS))
def test_default_output_test_part_floors(nlp, name: str) -> None:  # type: ignore[no-untyped-def]
    figures = score_cases(load_cases(DATA / name / "test.yaml")).figures()
    floors = DEFAULT_FLOORS[name]
    low = {k: (figures[k], floor) for k, floor in floors.items() if figures[k] < floor}
    assert not low, (name, figures)


def test_synthetic_story_recall_floor(nlp) -> None:  # type: ignore[no-untyped-def]
    """Every fourth test story (450 of 1,799, in file order) keeps the suite short; the script
    scores all of them. The rules' events, and the default output."""
    stories = load_stories(REPO / "data" / "synthetic_stories" / "test.jsonl")[::4]
    recall = score_stories(stories, min_confidence=0).recall()
    assert recall["ALL"] >= STORY_RECALL_FLOOR, recall
    default = score_stories(stories).recall()
    assert default["ALL"] >= DEFAULT_STORY_RECALL_FLOOR, default


def test_event_cases_split_covers_every_type() -> None:
    cases = load_cases(DATA / "event_cases" / "dev.yaml") + load_cases(
        DATA / "event_cases" / "test.yaml")
    types = {e["type"] for case in cases for e in case["events"]}
    assert len(types) == 16
    ids = [case["id"] for case in cases]
    assert len(ids) == len(set(ids))


# --- rules on short sentences ------------------------------------------------------------------


def _events(text: str, date: str = "2024-03-06") -> list[tuple[Any, ...]]:
    from dateline import extract

    record = extract(text, date=date)
    codes = {a.id: a.country for a in record.actors}
    return [(e.type, [codes[i] for i in e.source], [codes[i] for i in e.target], e.modality)
            for e in record.events]


def _types(text: str) -> list[str]:
    return [event[0] for event in _events(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The German minister attacked the French decision.", "ACCUSE"),
        ("The US senator took a swipe at the Russian minister.", "ACCUSE"),
        ("The US senator lashed out at China.", "ACCUSE"),
        ("Russia and Turkey struck a deal on grain exports.", "AGREE"),
        ("France called for the embargo on Iran to be lifted.", "REQUEST"),
        ("The Russian plane hit the water.", None),
        ("The British prime minister fired his deputy.", None),
        ("Reporters asked the US president about the deal.", None),
        ("She called the Russian charges false.", None),
    ],
)
def test_trigger_senses(nlp, text: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    types = _types(text)
    if expected is None:
        assert "ASSAULT" not in types and "REQUEST" not in types and "CONSULT" not in types, types
    else:
        assert expected in types and "ASSAULT" not in types, types


def test_call_readings(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" in _types("France called on Germany to lift the ban.")
    assert "CONSULT" in _types("French President Emmanuel Macron called Vladimir Putin.")
    assert "CONSULT" not in _types("The Chinese ministry called the American report a lie.")
    assert "RETREAT" not in _types("France called for the embargo on Iran to be lifted.")


def test_agentless_violence_stands_without_source(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events("Fourteen Nepali soldiers were killed in an ambush.")
    assert ("ASSAULT", [], ["NPL"], "asserted") in events


def _dated(text: str, date: str) -> list[tuple[str, str | None, str]]:
    from dateline import extract

    record = extract(text, date=date)
    return [(e.type, e.date.value, e.date.basis) for e in record.events]


def test_sub_day_offsets_are_never_years(nlp) -> None:  # type: ignore[no-untyped-def]
    dated = _dated("Less than thirteen hours later, Israeli troops raided the camp.", "2023-06-15")
    assert dated and all(value is not None and value.startswith("2023-06") for _, value, _ in dated)


def test_counts_are_never_years(nlp) -> None:  # type: ignore[no-untyped-def]
    dated = _dated("Israeli forces killed 2030 people in Gaza.", "2023-06-15")
    assert dated and all(value == "2023-06-15" for _, value, _ in dated), dated


def test_asserted_events_are_not_dated_after_the_document(nlp) -> None:  # type: ignore[no-untyped-def]
    dated = _dated("Russian troops shelled Kharkiv in 2031.", "2023-06-15")
    assert dated and all(value is not None and value <= "2023-06-15" for _, value, _ in dated)
    future = _dated("Russia will attack Ukraine in July.", "2023-06-15")
    assert ("ASSAULT", "2023-07", "explicit") in future


def test_cameo_pattern_codes_a_verb_we_lack(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline import extract

    record = extract("Venezuela expelled the Colombian ambassador.", date="2024-03-06")
    assert record.events, "no event"
    assert all(e.rule.startswith("events.") for e in record.events)


# --- data files ------------------------------------------------------------------------------


def test_type_files_take_at_most_four_lines_an_entry() -> None:
    folder = REPO / "src" / "dateline" / "lexicon" / "events"
    for path in folder.glob("*.yaml"):
        if path.name == "senses.yaml":
            continue
        lines = [line for line in path.read_text("utf-8").splitlines()
                 if line and not line.startswith("#")]
        entries = sum(line.startswith("- ") for line in lines)
        body = len(lines) - 2  # defaults and entries keys
        assert body <= 4 * entries, path.name


def test_every_entry_says_where_it_came_from() -> None:
    from dateline.stages.event_lexicon import builtin_entries

    assert all(entry.get("from") for entry in builtin_entries())


def test_cameo_import_reproduces_the_committed_file(tmp_path: Path) -> None:
    out = tmp_path / "cameo.jsonl"
    subprocess.run([sys.executable, str(REPO / "scripts" / "import_cameo_events.py"),
                    "--out", str(out)], check=True, capture_output=True)
    committed = REPO / "src" / "dateline" / "lexicon" / "events" / "cameo.jsonl"
    assert out.read_bytes() == committed.read_bytes()
    lines = committed.read_text("utf-8").splitlines()
    header = json.loads(lines[0])
    # every pattern stays in the file (the blocks not kept as "no event", wave 18)
    assert sum('"section":"pattern"' in line for line in lines[1:]) > 4000
    assert header["counts"]["pattern"] > 500


# --- explain ----------------------------------------------------------------------------------


def test_explain_names_the_rule_and_why_a_candidate_was_dropped(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.explain import explain, format_explanation

    candidates = explain("The British prime minister fired his deputy. Russia attacked Ukraine.",
                         min_confidence=0)
    outcomes = {c.trigger: c for c in candidates}
    assert "sense.fire-dismiss" in outcomes["fired"].outcome
    assert outcomes["attacked"].outcome == "event"
    assert outcomes["attacked"].source == ["Russia (RUS)"]
    assert "rule" in format_explanation(candidates)


def test_explain_command(nlp) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from dateline.cli import main

    result = CliRunner().invoke(main, ["explain", "Russia attacked Ukraine.", "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows[0]["type"] == "ASSAULT" and rows[0]["outcome"] == "event"
    assert CliRunner().invoke(main, ["explain", "x", "--date", "26/01/2022"]).exit_code == 2


def test_roles_and_modality_of_pattern_5(nlp) -> None:  # type: ignore[no-untyped-def]
    refusal = _events("Turkey's refusal to recognise Cyprus angered the EU.")
    assert ("REJECT", ["TUR"], ["CYP"], "asserted") in refusal
    assert not [e for e in refusal if e[0] == "SUPPORT"]
    assert [e[3] for e in _events("The Peruvian prime minister is to step down.")] == ["future"]
    withdraw = _events("Israel said it was not feasible to withdraw from Gaza.")
    assert withdraw and all(e[3] != "asserted" for e in withdraw)
