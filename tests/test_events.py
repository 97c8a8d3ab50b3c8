from __future__ import annotations

import json
from typing import Any

import pytest

from dateline.evaluate import event_matches

# event_cases.yaml was written with the first rules; it is split once into dev and test
# (scripts/split_cases.py) and scored in tests/test_events_news.py (floors on the test part).


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
