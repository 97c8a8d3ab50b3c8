"""Wave 34 (ev34b): the target of force that lands on a site told with where it stands.

- ``events.args.site-scene.v2``: "gunmen attacked a hotel in Kabul" acts on no state of Kabul;
  a site (``clauses.site_nouns``, ``clauses.owned_things``) struck at home gives the state of its
  place no target: the toll's victims when a clause names them, else none. A foreign force keeps
  the country it strikes; ground an army takes keeps the state that held it.

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import countries_of, names_of
from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on

SITE_SCENE = "events.args.site-scene.v2"


def test_a_site_struck_at_home_gives_its_state_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Gunmen attacked a market in Aden.")
    event = _on(record, "attacked")
    assert event.target == []
    assert SITE_SCENE in (event.rule or "")


def test_the_toll_victims_win_over_the_place(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Gunmen attacked a hotel in Kabul, killing two people.")
    event = _on(record, "attacked")
    assert names_of(record, event.target) == ["two people"]
    assert SITE_SCENE in (event.rule or "")


def test_a_police_station_in_a_region_is_not_the_state(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Protesters attacked a police station in central Ukraine.")
    event = _on(record, "attacked")
    # wave 36 (ev36b): the police that own the station are the target, not the state
    assert names_of(record, event.target) == ["police"]
    assert countries_of(record, event.target) == {"UKR"}
    assert "events.args.facility-owner.v1" in (event.rule or "")
    assert SITE_SCENE not in (event.rule or "")


def test_a_foreign_force_keeps_the_country_it_strikes(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Israeli jets struck a weapons depot in southern Lebanon.")
    event = _on(record, "struck")
    assert countries_of(record, event.target) == {"LBN"}
    assert SITE_SCENE not in (event.rule or "")


def test_ground_taken_keeps_the_state_that_held_it(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Rebels seized the town of Djotto in southern Mali.")
    event = _on(record, "seized")
    assert countries_of(record, event.target) == {"MLI"}
    assert SITE_SCENE not in (event.rule or "")


def test_a_protest_at_home_keeps_its_state(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Thousands of workers protested outside the parliament building in Nairobi.")
    assert all(SITE_SCENE not in (e.rule or "") for e in record.events)
