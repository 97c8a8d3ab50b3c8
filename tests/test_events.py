from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from dateline.evaluate import event_matches

CASES = yaml.safe_load((Path(__file__).parent / "data" / "event_cases.yaml").read_text("utf-8"))
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT"}
# Floors only go up.
FULLY_CORRECT_FLOOR = 0.90
TYPE_FLOOR = 0.96
SPURIOUS_CEILING = 0.04  # only goes down


def _matches(record: Any, event: Any, gold: dict[str, Any], strict: bool) -> bool:
    if event.type != gold["type"]:
        return False
    if not strict:
        return True
    as_gold = {**gold, "type": [gold["type"]], "date": gold.get("date")}
    if gold.get("date") is None:
        as_gold.pop("date")
        as_gold["date"] = event.date.value if event.date.basis != "explicit" else None
    return event_matches(record, event, as_gold)


def _score() -> dict[str, float]:
    from dateline import extract

    total = correct = typed = predicted = spurious = 0
    for case in CASES:
        record = extract(case["text"], date=case.get("document_date"))
        predicted += len(record.events)
        for gold in case["events"]:
            total += 1
            correct += any(_matches(record, e, gold, strict=True) for e in record.events)
            typed += any(_matches(record, e, gold, strict=False) for e in record.events)
        # spurious: an event of a type the sentence does not have at all
        expected_types = {gold["type"] for gold in case["events"]}
        spurious += sum(e.type not in expected_types for e in record.events)
    return {"correct": correct / total, "typed": typed / total, "spurious": spurious / predicted}


def test_event_set_covers_every_type() -> None:
    counts = {t: 0 for t in PLOVER_TYPES}
    for case in CASES:
        for event in case["events"]:
            counts[event["type"]] += 1
    assert min(counts.values()) >= 6, counts
    assert sum(not c["events"] for c in CASES) >= 20


def test_event_set_floors(nlp) -> None:  # type: ignore[no-untyped-def]
    scores = _score()
    assert scores["correct"] >= FULLY_CORRECT_FLOOR, scores
    assert scores["typed"] >= TYPE_FLOOR, scores
    assert scores["spurious"] <= SPURIOUS_CEILING, scores


def _events(text: str, date: str = "2024-03-06") -> list[Any]:
    from dateline import extract

    record = extract(text, date=date)
    codes = {a.id: a.country for a in record.actors}
    return [(e.type, [codes[i] for i in e.source], [codes[i] for i in e.target], e.modality)
            for e in record.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia rejected the Ukrainian proposal.", ("REJECT", ["RUS"], ["UKR"], "asserted")),
        ("Russia did not reject the Ukrainian proposal.",
         ("REJECT", ["RUS"], ["UKR"], "negated")),
        ("Russia would reject the Ukrainian proposal.",
         ("REJECT", ["RUS"], ["UKR"], "hypothetical")),
        ("Turkish officials hinted that Turkey would reject the Swedish request.",
         ("REJECT", ["TUR"], ["SWE"], "hypothetical")),
        ("The Chinese foreign minister will visit Brazil next week.",
         ("CONSULT", ["CHN"], ["BRA"], "future")),
        ("The US and NATO are also asked by Russia to make commitments.",
         ("REQUEST", ["RUS"], ["USA", "NATO"], "asserted")),
    ],
)
def test_modality_and_voice(nlp, text: str, expected: tuple[Any, ...]) -> None:  # type: ignore[no-untyped-def]
    assert expected in _events(text)


def test_statements_and_habits_are_not_events(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _events("The minister said the economy was growing.") == []
    assert _events("Diplomats often meet in Geneva.") == []
    assert _events("Will Russia attack Ukraine?") == []


def test_same_event_told_twice_is_one_event(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline import extract

    record = extract("Russian troops shelled Ukraine on Monday. Russian troops shelled Ukraine "
                     "again on Monday, officials said.", date="2024-03-06")
    shelling = [e for e in record.events if e.type == "ASSAULT"]
    assert len(shelling) == 1 and len(shelling[0].mentions) == 2


def test_seed_gold_events(seed_record, shared) -> None:  # type: ignore[no-untyped-def]
    gold = json.loads((shared / "eval" / "seed.gold.json").read_text(encoding="utf-8"))
    required = [g for g in gold["events"] if not g.get("optional")]
    missing = [g["id"] for g in required
               if not any(event_matches(seed_record, e, g) for e in seed_record.events)]
    assert missing == []
    hinted = [e for e in seed_record.events if e.type == "REJECT"]
    assert hinted and all(e.modality == "hypothetical" for e in hinted)
