"""Wave 28 (ev28b; judged round 19: actor names broken by prefixes and hyphens).

- ``actors.group.cause-prefix.v1``: "anti-government demonstrators" are demonstrators (CVL)
  named with their prefix, not "government demonstrators" coded GOV.
- ``actors.organization.particle-name.v1``: "al-Nusra Front" is a name though its first
  letter is small.
- ``actors.organization.hyphen-name.v1``: "the union WETU-Curaçao" is a union of Curaçao,
  not the country.

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import countries_of
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on

CAUSE_PREFIX = "actors.group.cause-prefix.v1"
PARTICLE_NAME = "actors.organization.particle-name.v1"
HYPHEN_NAME = "actors.organization.hyphen-name.v1"


def _actor(record, name):  # type: ignore[no-untyped-def]
    return next(a for a in record.actors if a.name == name)


def test_anti_government_crowd_is_civilian(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Riot police arrested anti-government demonstrators in Lima on Friday.")
    event = _on(record, "arrested")
    assert _names(record, event.target) == ["anti-government demonstrators"]
    crowd = next(a for a in record.actors if a.id in event.target)
    assert crowd.sector == "CVL"
    assert CAUSE_PREFIX in (crowd.rule or "")
    assert countries_of(record, event.target) == {"PER"}


def test_pro_cause_group_keeps_head_sector(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Pro-democracy students occupied the main square of Minsk on Sunday.")
    group = next(a for a in record.actors if "students" in a.name)
    assert group.name == "Pro-democracy students"
    assert group.sector != "GOV"


def test_anti_war_crowd_named_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Anti-war protesters blocked the road to the base on Monday.")
    event = _on(record, "blocked")
    assert _names(record, event.source) == ["Anti-war protesters"]


def test_side_prefix_still_side(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Pro-Russian fighters attacked a border post on Wednesday.")
    event = _on(record, "attacked")
    assert "RUS" not in countries_of(record, event.source)


def test_particle_name_is_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The al-Tawhid Brigade said it had shelled the airport.")
    names = [a.name for a in record.actors]
    assert "al-Tawhid Brigade" in names
    assert PARTICLE_NAME in (_actor(record, "al-Tawhid Brigade").rule or "")


def test_acronym_country_name_is_a_union(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The union FTU-Jamaica called a general strike on Monday.")
    union = _actor(record, "FTU-Jamaica")
    assert union.country == "JAM"
    assert union.sector == "LAB"
    assert HYPHEN_NAME in (union.rule or "")


def test_name_qualifying_a_place_is_no_body(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("A drone hit the gate of the al-Hadi mosque on Monday.")
    assert not any(PARTICLE_NAME in (a.rule or "") for a in record.actors)


def test_two_countries_joined_stay_two(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Ukraine met the EU at the EU-Ukraine summit on Monday.")
    assert "European Union" in [a.name for a in record.actors]
