"""Wave 56, ev56d: a purpose of speech or meeting done in a dated scene takes the scene's day.

- events.date.scene-purpose.v1: "met on Tuesday to discuss ...", "went on the radio on Monday to
  thank ...", "phoned her on Wednesday evening to seek ...": the day hangs on the scene's verb,
  and the infinitive of purpose (``times.scene_purposes``) is done in that scene, so it takes
  the scene's past day instead of the document date (docs/judged/CONVENTIONS.md, "Date").
- Near misses keep their date: an outcome the scene aims at ("signed a deal on Monday to free
  the captives"), a scene still to come, a controlled infinitive ("agreed on Monday to meet"),
  and a purpose with no dated scene.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
RULE = "events.date.scene-purpose.v1"


def _event(text: str, trigger: str) -> dict[str, Any]:
    events = extract(text, date=DATE, min_confidence=0).to_dict()["events"]
    return next(e for e in events if e["trigger"]["text"] == trigger)


def _scene_dated(text: str, trigger: str, day: str) -> bool:
    event = _event(text, trigger)
    return (event["date"]["value"] or "")[:10] == day and RULE in event["rule"]


def test_met_on_a_day_to_discuss(nlp: Any) -> None:
    assert _scene_dated("Kenyan senators met on Tuesday to discuss the dispute with Ugandan "
                        "officials.", "discuss", "2023-06-13")


def test_gathered_yesterday_to_discuss(nlp: Any) -> None:
    assert _scene_dated("Ministers of the African Union gathered in Addis Ababa yesterday to "
                        "discuss the crisis with Sudan's army chief.", "discuss", "2023-06-14")


def test_phoned_on_a_day_part_to_seek(nlp: Any) -> None:
    assert _scene_dated("The Chilean president phoned his Peruvian counterpart on Wednesday "
                        "evening to seek an explanation.", "seek", "2023-06-14")


def test_went_on_the_radio_to_thank(nlp: Any) -> None:
    assert _scene_dated("The Irish prime minister went on national radio on Monday to thank "
                        "the French government.", "thank", "2023-06-12")


def test_outcome_of_the_scene_keeps_its_date(nlp: Any) -> None:
    event = _event("The rebels signed a deal with Mali on Monday to free the captives.", "free")
    assert RULE not in event["rule"]
    assert event["date"]["value"] != "2023-06-12"


def test_urge_on_the_radio(nlp: Any) -> None:
    assert _scene_dated("The Irish prime minister appeared on national radio on Monday to urge "
                        "the French government to act.", "urge", "2023-06-12")


def test_scene_still_to_come_dates_nothing_here(nlp: Any) -> None:
    event = _event("Kenyan senators might meet next Tuesday to discuss the dispute with Ugandan "
                   "officials.", "discuss")
    assert RULE not in event["rule"]
    assert event["date"]["value"] is None


def test_controlled_infinitive_is_left_alone(nlp: Any) -> None:
    events = extract("Chile agreed on Monday to discuss the border dispute with Peru's foreign "
                     "minister.", date=DATE, min_confidence=0).to_dict()["events"]
    assert not any(RULE in e["rule"] for e in events)


def test_undated_scene_keeps_the_document_date(nlp: Any) -> None:
    event = _event("Kenyan senators met to discuss the dispute with Ugandan officials.",
                   "discuss")
    assert RULE not in event["rule"]
    assert event["date"]["basis"] != "explicit"
