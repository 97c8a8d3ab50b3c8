"""Issue 11: the event stage on news_events_b, a fresh set coded blind (NGEC stories, MEANTIME).

The gold was committed before dateline was run on these texts (tests/data/news_events_b/README.md).
Floors are pinned on the *test* part only, a little below the figures of the day they were set
(as printed by ``scripts/score_events.py --sets news_events_b``); they only go up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dateline.event_scores import load_cases, score_cases

DATA = Path(__file__).resolve().parent / "data" / "news_events_b"

#: Floors on the test part (raise only). On 2026-11-30 main scored type_recall 0.397,
#: type_precision 0.766, fully_correct 0.192, source 0.839, target 0.613, date 0.903,
#: modality 0.903 (78 gold events, 47 predicted, 31 found with their type); each floor is about
#: one event below. On 2026-12-01 (ev14a, unnamed parties as targets) target rose to 0.645; with
#: wave 14 merged (d9650a8) type_recall 0.410, type_precision 0.787, spurious 0.213, target 0.625.
#: Wave 16 (ev16c, promised concessions are CONCEDE): type_recall 0.423, type_precision 0.809,
#: fully_correct 0.205, spurious 0.191, target 0.636.
#: Wave 17 (ev17c, attacks by computer are COERCE/cyber, senses that are no act): type_recall
#: 0.436, type_precision 0.830, spurious 0.170; target 0.618 (one more event found with its type,
#: whose target is wrong: 21 of 34 against 21 of 33). A share of the events found falls when one
#: more is found, so from wave 17 the targets are floored as a share of the GOLD events (21 of 78
#: right, 0.269, the same count as in wave 16), which only finding a wrong target can lower; the
#: share of found events is kept as a printed figure, not a floor. Wave 25 (integ25): type_precision
#: 0.851, spurious 0.149 (47 predicted): floor and ceiling one event from there.
#: Waves 48-50 (2026-12-03): fully_correct 0.231 (18 of 78), right targets 23 of 78 (0.295):
#: floors one event below (0.19 -> 0.21, 0.26 -> 0.28).
#: Wave 76 (offers are AGREE): type_recall 0.500, type_precision 0.900, fully_correct 0.269:
#: floors one event below (0.42 -> 0.48, 0.83 -> 0.87, 0.21 -> 0.25).
FLOORS = {"type_recall": 0.48, "type_precision": 0.87, "fully_correct": 0.25,
          "source": 0.80, "date": 0.87, "modality": 0.95}
#: Right targets over all gold events of the test part (raise only).
TARGET_OF_GOLD_FLOOR = 0.28
#: Ceilings (lower only): predicted events of a type their case does not hold (0.234 that day),
#: and predicted events in cases that hold no event (0.021).
CEILINGS = {"spurious": 0.17, "no_event": 0.05}

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"asserted", "negated", "hypothetical", "future", "reported"}


def _part(name: str) -> list[dict[str, Any]]:
    path = DATA / f"{name}.yaml"  # in the repo: a missing part fails the test, it is not skipped
    return load_cases(path)


def test_test_part_floors(nlp) -> None:  # type: ignore[no-untyped-def]
    score = score_cases(_part("test"), min_confidence=0)  # the rules' events, as pinned
    figures = score.figures()
    low = {k: (figures[k], floor) for k, floor in FLOORS.items() if figures[k] < floor}
    assert not low, figures
    assert score.fields["target"] / score.gold >= TARGET_OF_GOLD_FLOOR, figures
    high = {k: (figures[k], top) for k, top in CEILINGS.items() if figures[k] > top}
    assert not high, figures


def test_cases_are_well_formed() -> None:
    dev, test = _part("dev"), _part("test")
    ids = [case["id"] for case in dev + test]
    assert len(ids) == len(set(ids)) == 160
    assert len(dev) == 64 and len(test) == 96
    for case in dev + test:
        kind, origin = str(case["origin"]).split(":")
        assert kind in {"ngec", "meantime"} and case["id"].startswith(f"{kind}-{origin}")
        for event in case["events"]:
            assert event["type"] in PLOVER and event["modality"] in MODALITIES, case["id"]
            assert all(len(code) >= 3 and code.isupper()
                       for code in event["source"] + event["target"]), case["id"]
            assert any(t in case["text"] for t in event["trigger"].split("|")), case["id"]
