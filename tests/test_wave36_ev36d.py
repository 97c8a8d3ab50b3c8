"""Wave 36, ev36d: acts the event stage did not see at all (NGEC stories, disc half).

- ``events.assault.stab.v1``, ``torch.v1``, ``lynch.v1``, ``beat-to-death.v1``,
  ``burn-to-death.v1``, ``hack-to-death.v1``: harm with no entry before.
- ``events.coerce.cut-utilities.v2`` (access and communications cut), ``impose-blackout.v1``,
  ``declare-lockdown.v1``.
- ``events.args.weapon-agent.v1``: "a car bomb killed 44 people" stands with no source.
- ``events.args.passive-complement.v1``: "was found beaten to death": the subject is the victim.

Sentences are our own, not the stories'. The document date is Thursday 2023-06-15."""

from __future__ import annotations

from dateline.record import Record
from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on


def _names(record: Record, ids: list[str]) -> list[str]:
    actors = {a.id: a for a in record.actors}
    return [actors[i].name for i in ids]


def test_a_stabbing_is_an_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("A Syrian man stabbed three people in Hamburg on Tuesday.")
    event = _on(record, "stabbed")
    assert (event.type, event.mode, event.cameo) == ("ASSAULT", "primitive", "182")
    assert event.rule.startswith("events.assault.stab.v1")
    assert _names(record, event.target) == ["three people"]
    assert event.date.value == "2023-06-13"
    assert event.modality == "asserted"


def test_a_lynching_is_an_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("A mob lynched a man in the northern Sinai desert on Sunday.")
    event = _on(record, "lynched")
    assert (event.type, event.mode) == ("ASSAULT", "primitive")
    assert _names(record, event.source) == ["mob"]
    assert _names(record, event.target) == ["man"]
    assert event.date.value == "2023-06-11"


def test_burned_to_death_has_the_victim_as_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("A priest was burned to death in southern Antigua on Friday.")
    event = _on(record, "burned")
    assert (event.type, event.cameo) == ("ASSAULT", "1823")
    assert event.rule.startswith("events.assault.burn-to-death.v1")
    assert event.source == []
    assert _names(record, event.target) == ["priest"]
    assert event.date.value == "2023-06-09"


def test_hacked_to_death_is_no_cyber_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Two villagers were hacked to death in the district on Monday.")
    event = _on(record, "hacked")
    assert (event.type, event.mode) == ("ASSAULT", "primitive")
    assert event.rule.startswith("events.assault.hack-to-death.v1")
    assert _names(record, event.target) == ["villagers"]


def test_found_beaten_to_death_makes_the_victim_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Two soldiers were found beaten to death near the base on Monday.")
    event = _on(record, "beaten")
    assert event.type == "ASSAULT"
    assert "events.args.passive-complement.v1" in event.rule
    assert event.source == []
    assert _names(record, event.target) == ["soldiers"]


def test_beating_a_rival_in_a_vote_stays_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The opposition leader was beaten in the election on Sunday.")
    assert record.events == []


def test_a_car_bomb_killing_stands_without_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("A car bomb killed 44 people in Kabul on Friday.")
    event = _on(record, "killed")
    assert event.type == "ASSAULT"
    assert "events.args.weapon-agent.v1" in event.rule
    assert event.source == []
    assert _names(record, event.target) == ["44 people"]
    assert event.date.value == "2023-06-09"


def test_a_participle_takes_the_bomb_of_its_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("A bomb exploded in a busy market in Kabul on Saturday, killing 14 people.")
    event = _on(record, "killing")
    assert "events.args.weapon-agent.v1" in event.rule
    assert event.source == []
    assert event.date.value == "2023-06-10"


def test_an_explosion_killing_is_left_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    # an explosion may be an accident (senses `things`): no event, as before
    record = _record("An explosion killed 14 workers at the factory on Saturday.")
    assert [e for e in record.events if e.trigger.text == "killed"] == []


def test_a_shell_hitting_a_place_is_left_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The shells hit a public toilet near the border with Latvia.")
    assert record.events == []


def test_cutting_off_internet_access_is_coercion(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Chad cut off internet access in some of its regions on Monday.")
    event = _on(record, "cut")
    assert (event.type, event.mode) == ("COERCE", "withhold")
    assert event.rule == "events.coerce.cut-utilities.v2"
    assert _names(record, event.source) == ["Chad"]
    assert event.date.value == "2023-06-12"


def test_cutting_prices_is_no_coercion(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _record("The company cut prices on Monday.").events == []


def test_a_media_blackout_is_censorship(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Pakistani government imposed a media blackout in tribal areas on "
                     "Monday.")
    event = _on(record, "imposed")
    assert (event.type, event.mode, event.cameo) == ("COERCE", "censor", "1721")
    assert event.rule == "events.coerce.impose-blackout.v1"


def test_a_declared_lockdown_restricts_movement(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Peru declared a nationwide lockdown on Thursday after the protests.")
    event = _on(record, "declared")
    assert (event.type, event.mode) == ("COERCE", "restrict")
    assert event.rule == "events.coerce.declare-lockdown.v1"
    assert _names(record, event.source) == ["Peru"]
