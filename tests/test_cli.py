from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main

from .conftest import SEED


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_seed_checks(runner: CliRunner, nlp, shared) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(main, ["extract", str(SEED), "--format", "json"])
    assert result.exit_code == 0, result.output
    [record] = json.loads(result.stdout)
    assert record["schema"] == "dateline.record/2"
    assert record["document_date"] == "2022-01-26"
    assert record["document_date_source"] == "timestamp-line"
    white_house = "The White House indicated Tuesday that the US was not going to make public"
    kinds = [(r["kind"], r["text"][:40]) for r in record["removed"]]
    assert kinds.count(("duplicate-paragraph", white_house[:40])) == 1
    assert record["text"].count(white_house) == 1
    assert ("timestamp-line", "26 January 2022, 09:04 GMT") in kinds
    assert "09:04 GMT" not in record["text"]
    text = record["text"]
    for span in _spans(record):
        assert text[span["start"]:span["end"]] == span["text"]


def _spans(record: dict) -> list[dict]:  # type: ignore[type-arg]
    spans = [m for a in record["actors"] for m in a["mentions"]]
    spans += [{k: t[k] for k in ("start", "end", "text")} for t in record["times"]]
    for q in record["quotes"]:
        spans += [q["content"]] + [s for s in (q["cue"], q["speaker"]) if s]
    for e in record["events"]:
        spans += [e["trigger"], e["sentence"]]
    return spans


def test_jsonl_output_in_input_order_with_error_records(runner: CliRunner, tmp_path: Path,
                                                        nlp) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("Ministers met in Paris on Monday.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"text": "Protesters marched."}\nnot json\n', encoding="utf-8")
    paths = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(corpus)]
    result = runner.invoke(main, ["extract", *paths, "--date", "2024-05-01"])
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [("error" in r) for r in rows] == [False, True, False, True]
    assert rows[0]["document_date"] == "2024-05-01"
    assert rows[0]["document_date_source"] == "argument"
    assert rows[1]["error"]["code"] == "binary" and rows[1]["source"]["path"].endswith("b.txt")
    assert rows[3]["error"]["message"].startswith("line 2 is not JSON")


def test_exit_zero_when_all_good_and_table_format(runner: CliRunner, tmp_path: Path,
                                                  nlp) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text("BRUSSELS, 3 May 2023 - Ministers met on Tuesday.", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(path), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "date=2023-05-03 (dateline)" in result.stdout
    assert "2023-05-02" in result.stdout


def test_the_table_shows_each_events_confidence(runner: CliRunner, tmp_path: Path,
                                                nlp) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text("BRUSSELS, 3 May 2023 - The French foreign minister met his German "
                    "counterpart on Tuesday.", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(path), "--format", "table"])
    events = [line for line in result.stdout.splitlines() if "EVENT" in line]
    assert len(events) == 1 and re.search(r"\[met\]  confidence 0\.\d\d$", events[0]), events


def test_usage_errors_exit_2(runner: CliRunner) -> None:
    assert runner.invoke(main, ["extract"]).exit_code == 2
    assert runner.invoke(main, ["extract", "x.txt", "--date", "26/01/2022"]).exit_code == 2
    assert runner.invoke(main, ["extract", "x.txt", "--format", "xml"]).exit_code == 2


def test_help_documents_exit_codes_and_example(runner: CliRunner) -> None:
    for command in (["extract"], ["eval"]):
        result = runner.invoke(main, [*command, "--help"])
        assert result.exit_code == 0
        assert "Example" in result.output
    assert "2 usage error" in runner.invoke(main, ["extract", "--help"]).output


def test_unknown_model_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Text.", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(path), "--model", "no_such_pipeline_xyz"])
    assert result.exit_code == 2
    assert "not installed" in result.output


def test_code_command(runner: CliRunner) -> None:
    result = runner.invoke(main, ["code", "Armenian Prime Minister Nikol Pashinyan", "the DEA"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["country"], r["sector"]) for r in rows] == [("ARM", "GOV"), ("USA", "COP")]


def test_every_command_is_documented_with_an_example(runner: CliRunner) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"dateline {name}" in readme, name
        help_text = runner.invoke(main, [name, "--help"]).output
        assert "Example" in help_text, name
