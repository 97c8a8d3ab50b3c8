"""Wave 31 (ev31b, judged round 20: the victims of an attack told in the attack's own sentence
were left out of its target).

- ``events.args.toll-victims.v1``: the people a toll verb ("killing two people", "were killed
  when rebels attacked") kills or hurts in a clause joined to the attack are its target.
- ``events.args.toll-site.v1``: the people a toll participle kills are of the country of the
  place the act it tells the toll of is set in.

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on

TOLL = "events.args.toll-victims.v1"


def _target_names(record, event) -> list[str]:  # type: ignore[no-untyped-def]
    actors = {a.id: a for a in record.actors}
    return [f"{actors[i].name}[{actors[i].country}]" for i in event.target]


def test_a_participle_toll_names_the_attack_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("A gunman opened fire outside a cafe in Mosul late on Sunday, "
                     "killing three people.")
    event = _on(record, "opened")
    assert TOLL in event.rule
    assert _target_names(record, event) == ["three people[IRQ]"]


def test_victims_killed_when_the_attack_happened_are_its_target(nlp) -> None:  # type: ignore[no-untyped-def]
    # Since wave 54 (events.args.harm-clause-attacker.v2) the killing takes the ambushers as its
    # source, so it and the ambush are one act with the same parties and day: one event, merged
    # by events.repeat.same-day.v2, with the victims as target either way.
    record = _record("Four Malian soldiers were killed when jihadists ambushed a convoy near "
                     "the border.")
    assert len(record.events) == 1
    event = record.events[0]
    assert [record.text[m.start:m.end] for m in event.mentions] == ["killed", "ambushed"]
    assert _target_names(record, event) == ["Malian soldiers[MLI]"]
    assert [a.name for a in record.actors if a.id in event.source] == ["jihadists"]


def test_coded_attackers_with_no_place_give_countryless_victims(nlp) -> None:  # type: ignore[no-untyped-def]
    # Wave 39 (events.args.foreign-victims.v1): a common-noun group is a right party, with no
    # country when the text gives none (CONVENTIONS), so the victims are the target with no
    # country, not left out, and never the attackers' country.
    record = _record("Russian troops shelled the village, killing six people.")
    event = _on(record, "shelled")
    assert TOLL in event.rule and "events.args.foreign-victims.v1" in event.rule
    assert _target_names(record, event) == ["six people[None]"]


def test_the_toll_takes_the_country_of_the_attacked_place(nlp) -> None:  # type: ignore[no-untyped-def]
    # Since wave 34 the attack is no longer aimed at Afghanistan's state (site-scene) and so
    # has the toll's victims as target; the attack and its toll are then one act, one event.
    record = _record("Gunmen attacked a hotel in Kabul on Monday, killing seven people and "
                     "wounding ten.")
    event = _on(record, "attacked")
    assert TOLL in event.rule
    # Since wave 40 (events.sense.toll-participle.v1) the participle is no candidate of its own,
    # so it is no longer folded into the attack as a second mention: one event, one mention.
    assert [e.trigger.text for e in record.events] == ["attacked"]
    assert _target_names(record, event) == ["seven people[AFG]"]
