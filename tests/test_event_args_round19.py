"""Issue 11, round 19 (ev19a): an unnamed party in the trigger's own target preposition.

Reading dev stories and the round-16 verdicts found targets left empty though the sentence
names the party dealt with by a common noun in the phrase the trigger takes its target from:
"called on the relevant agencies", "offered help to the villagers", "issued warnings to about
100 protesters". Only actors and coded places were read there; now an unnamed party (a word of
``clauses.unnamed_people``, ``protester_nouns`` or ``party_nouns``) in a target preposition of
``clauses.counterpart_preps`` (to, with, on, against) is the target, as a group actor
(events.args.counterpart-party.v1). Scenes, topics and givers ("in", "about", "from") stay
no party, and a named actor there is still found as before. The sentences are our own."""

from __future__ import annotations

from tests.event_records import event_of as _event
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record

COUNTERPART = "events.args.counterpart-party.v1"


def test_called_on_unnamed_agencies(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Malawi called on the relevant agencies to send food to the north.")
    event = _event(record, "REQUEST", "called")
    assert _names(record, event.target) == ["relevant agencies"]
    assert COUNTERPART in event.rule


def test_appealed_to_parents(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Kenyan education minister appealed to parents to keep pupils at home.")
    event = _event(record, "REQUEST", "appealed")
    assert _names(record, event.target) == ["parents"]


def test_warnings_issued_to_protesters(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Slovak police issued warnings to about 80 protesters on Tuesday.")
    event = _event(record, "THREATEN", "issued")
    assert event.target
    assert "protesters" in " ".join(_names(record, event.target))


def test_participants_are_party_nouns(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Police in Quito arrested nine march participants on Sunday.")
    event = _event(record, "COERCE", "arrested")
    assert "participants" in " ".join(_names(record, event.target))


def test_scene_preposition_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Chile called for calm among residents in Santiago.")
    for event in record.events:
        assert COUNTERPART not in event.rule


def test_named_actor_in_target_phrase_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Kenya called on Uganda to close the border.")
    event = _event(record, "REQUEST", "called")
    assert _names(record, event.target) == ["Uganda"]
    assert COUNTERPART not in event.rule


ASKED = "events.args.asked-party.v1"


def test_demanded_that_unnamed_parties_reopen(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Red Cross demanded that the rival parties reopen the road to Aden.")
    event = _event(record, "REQUEST", "demanded")
    assert "parties" in " ".join(_names(record, event.target))
    assert ASKED in event.rule


def test_demanded_clause_with_named_actor_is_not_asked_party(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Kenya demanded that Uganda close the border.")
    event = _event(record, "REQUEST", "demanded")
    assert _names(record, event.target) == ["Uganda"]
    assert ASKED not in event.rule
