"""The news event case set (issue 11): well-formed, split once, copied verbatim from its sources.

These tests check the annotations themselves; they do not run the pipeline.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

FOLDER = Path(__file__).parent / "data" / "news_events"
PARTS = {name: yaml.safe_load((FOLDER / f"{name}.yaml").read_text("utf-8"))
         for name in ("dev", "test")}
CASES = PARTS["dev"] + PARTS["test"]
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT"}
MODALITIES = {"asserted", "negated", "hypothetical", "future", "reported"}
ORIGIN = re.compile(r"^(ngec|meantime):\d+$")
CODE = re.compile(r"^[A-Z]{3,4}$")
TIMEX_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2}(-WE)?)?$")
NGEC_ZIP = Path("data") / "ngec" / "gpt_synthetic_events_2023-10-19_19.csv.zip"
MEANTIME = Path("eval") / "meantime" / "docs.jsonl"


def _event_problems(case: dict[str, Any], event: dict[str, Any]) -> list[str]:
    problems = []
    if event["type"] not in PLOVER_TYPES:
        problems.append(f"type {event['type']}")
    if event["modality"] not in MODALITIES:
        problems.append(f"modality {event['modality']}")
    if not all(CODE.match(code) for code in event["source"] + event["target"]):
        problems.append(f"codes {event['source']} {event['target']}")
    if event["date"] is not None and not TIMEX_DATE.match(str(event["date"])):
        problems.append(f"date {event['date']}")
    text = case["text"].lower()
    alternatives = event["trigger"].split("|")
    problems += [f"trigger {alt!r}" for alt in alternatives if alt.lower() not in text]
    return problems


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_news_event_case_is_well_formed(case: dict[str, Any]) -> None:
    assert ORIGIN.match(case["origin"])
    assert re.match(r"^\d{4}-\d{2}-\d{2}$", case["document_date"])
    assert case["text"] and len(case["text"]) < 700
    problems = [p for event in case["events"] for p in _event_problems(case, event)]
    assert not problems, problems


def test_news_event_parts_are_one_split() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids)), "an id is repeated or in both parts"
    assert round(len(ids) * 0.4) == len(PARTS["test"])


@pytest.mark.parametrize("part", ["dev", "test"])
def test_news_event_part_covers_every_type_and_negatives(part: str) -> None:
    cases = PARTS[part]
    assert {e["type"] for case in cases for e in case["events"]} == PLOVER_TYPES
    assert sum(not case["events"] for case in cases) >= 0.15 * len(cases)


def _ngec_texts(shared: Path) -> list[str]:
    with zipfile.ZipFile(shared / NGEC_ZIP) as archive:
        name = archive.namelist()[0]
        with archive.open(name) as raw:
            return [row["text"] for row in csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"))]


def _meantime_texts(shared: Path) -> dict[str, str]:
    lines = (shared / MEANTIME).read_text("utf-8").splitlines()
    docs = [json.loads(line) for line in lines if line.strip()]
    return {doc["doc_id"]: doc["text"].replace("\n", " ") for doc in docs}


def test_news_event_texts_are_verbatim(shared: Path) -> None:
    ngec, meantime = _ngec_texts(shared), _meantime_texts(shared)
    missing = []
    for case in CASES:
        source, key = case["origin"].split(":")
        whole = ngec[int(key)] if source == "ngec" else meantime[key]
        if case["text"] not in whole:
            missing.append(case["id"])
    assert not missing, missing
