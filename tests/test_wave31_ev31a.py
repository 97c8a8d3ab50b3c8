"""Wave 31 (ev31a): parties the actors stage did not build, so no event could take them
(round 20 judged the targets empty or wrong).

- ``actors.group.named-anywhere.v1``: a group the lexicon knows by name with no country
  ("Daesh", "al Qaeda") is an actor wherever it is named, also as a modifier or an object.
- ``actors.group.based-in.v1``: "the <country>-based <named group>" is that group, coded the
  country, and the place's name is part of its mention.
- ``actors.domestic.government-in.v1``: "the government in <country>" is that country's.
- lower-case "al Qaeda" is looked up as a name like "al-Qaeda".

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import actor_by_mention, countries_of, names_of
from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on

NAMED = "actors.group.named-anywhere.v1"
BASED = "actors.group.based-in.v1"
GOVERNMENT_IN = "actors.domestic.government-in.v1"


def test_a_named_group_as_a_modifier_is_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Kurdish fighters shelled a Daesh checkpoint outside the village.")
    event = _on(record, "shelled")
    assert names_of(record, event.target) == ["Islamic State"]
    actor = actor_by_mention("Kurdish fighters shelled a Daesh checkpoint outside the village.",
                             "Daesh")
    assert actor.rule == NAMED


def test_lower_case_al_qaeda_is_an_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The army attacked al Qaeda hideouts in the mountains.")
    assert "al-Qaeda" in [a.name for a in record.actors]


def test_a_based_named_group_takes_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The defence minister vowed to destroy the Somalia-based al Qaeda within a year."
    record = _record(text)
    event = _on(record, "vowed")
    assert names_of(record, event.target) == ["al-Qaeda"]
    assert countries_of(record, event.target) == {"SOM"}
    assert actor_by_mention(text, "Somalia-based al Qaeda").rule == BASED


def test_a_hyphen_linked_name_is_not_the_group(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Al-Qaeda-linked gunmen stormed the hotel on Friday.")
    assert "al-Qaeda" not in [a.name for a in record.actors]


def test_the_government_in_a_country_is_that_countrys(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Peru praised the government in Chile for its handling of the floods."
    record = _record(text)
    event = _on(record, "praised")
    assert countries_of(record, event.target) == {"CHL"}
    assert actor_by_mention(text, "government").rule == GOVERNMENT_IN


def test_the_government_in_a_statement_is_unchanged(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The government in a statement condemned the bombing.")
    assert all(a.rule != GOVERNMENT_IN for a in record.actors)
