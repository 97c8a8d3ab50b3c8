"""Wave 30 (ev30b, judged round 20: attacks whose target the sentence names only as the owner
of what was hit): when a force act lands on a site or thing a party owns
(``clauses.owned_things``: strongholds, positions, offices, camps ...), the actor its possessor or
modifier names is the target (``events.args.attacked-owner.v1``); a pronoun owner gives none."""

from __future__ import annotations

from tests.event_records import names_of as _names
from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on

ATTACKED_OWNER = "events.args.attacked-owner.v1"


def test_possessor_of_attacked_site_is_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Israeli forces pressed on with their assault on Hamas' military "
                     "infrastructure in Gaza.")
    event = _on(record, "assault")
    assert _names(record, event.target) == ["Hamas"]
    assert ATTACKED_OWNER in event.rule


def test_modifier_of_attacked_camps_is_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Nigerian soldiers attacked Boko Haram camps in the forest.")
    event = _on(record, "attacked")
    assert _names(record, event.target) == ["Boko Haram"]
    assert ATTACKED_OWNER in event.rule


def test_offensive_against_strongholds(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("KMT troops launched an offensive against DPP strongholds in the north.")
    event = _on(record, "launched")
    assert ATTACKED_OWNER in event.rule
    assert event.target and "KMT" not in " ".join(_names(record, event.target))


def test_pronoun_owner_gives_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Rebels attacked their positions overnight.")
    event = _on(record, "attacked")
    assert ATTACKED_OWNER not in event.rule


def test_platform_compound_is_no_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Maldives suffered an attack on its Facebook and Gmail accounts.")
    for event in record.events:
        assert ATTACKED_OWNER not in event.rule
