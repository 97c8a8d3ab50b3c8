"""Wave 60, ev60c: a definite event noun that only refers back to an act told in the paragraph
before is not a new event.

- events.repeat.anaphoric-subject.v1: "the attack", "the protest", "the deployment" (a definite
  event noun with no participant or marker of its own) as the subject of its clause, in the
  paragraph right after the one that told its act (same type, or same word), is folded into that
  act: news told one sentence a paragraph breaks the paragraph between an act and what is said
  about it.
- Near misses stay new events: a noun marked as another act ("another attack"), one two or more
  paragraphs on, one that is not its clause's subject, one with a party of its own that the
  earlier act lacks, and a noun of another type.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import event_dicts

RULE = "events.repeat.anaphoric-subject.v2"


def _events(text: str) -> list[dict[str, Any]]:
    return event_dicts(text)


def _triggers(events: list[dict[str, Any]]) -> list[str]:
    return [e["trigger"] for e in events]


def test_attack_noun_subject_in_next_paragraph_folds() -> None:
    events = _events("Rebel fighters attacked an army base near Goma on Sunday.\n\n"
                     "The attack lasted for about three hours, residents said.")
    assert _triggers(events) == ["attacked"]
    assert RULE in events[0]["rule"]
    assert "attack" in events[0]["mentions"]


def test_protest_noun_subject_in_next_paragraph_folds() -> None:
    events = _events("Students demonstrated outside the education ministry in Dhaka on Friday.\n\n"
                     "The demonstration was peaceful, organisers said.")
    assert "demonstration" not in _triggers(events)
    assert any(RULE in e["rule"] for e in events)


def test_another_attack_stays_a_new_event() -> None:
    events = _events("Rebel fighters attacked an army base near Goma on Sunday.\n\n"
                     "Another attack hit a market in the town.")
    assert "attack" in _triggers(events)
    assert not any(RULE in e["rule"] for e in events)


def test_two_paragraphs_on_stays() -> None:
    events = _events("Rebel fighters attacked an army base near Goma on Sunday.\n\n"
                     "The minister of defence flew to the region on Monday.\n\n"
                     "The attack lasted for about three hours, residents said.")
    assert not any(RULE in e["rule"] for e in events)


def test_noun_as_object_is_not_folded_by_this_rule() -> None:
    events = _events("Rebel fighters attacked an army base near Goma on Sunday.\n\n"
                     "The government condemned the attack.")
    assert not any(RULE in e["rule"] for e in events)
    assert "condemned" in _triggers(events)
