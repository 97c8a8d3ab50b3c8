"""Issue 11, ev17b: parties acted on that were never built as actors (dev stories, wave 17).

Short texts written for these rules:

- ``actors.group.acted-on.v1``: a plural group noun that an act of the event lexicon is done
  to (the act's direct object, or the object of "with", "against", "to", "on" after it) is an
  actor, so that the event stages can name it as the act's target; a group without a country
  stays no actor where nothing is done to it ("hired workers": no act), and a group said to be
  some body's ("officials from the coalition") is left to that body;
- ``roles.yaml`` groups ``supporters``, ``organizers``/``organisers`` (no sector of their own)
  and ``volunteers`` (civilians).
"""

from __future__ import annotations

import pytest

from dateline.record import Record
from tests.event_records import event_of, names_of, record_of


def _group(record: Record, word: str) -> list[str]:
    """The rules of the actors that have a mention reading ``word``."""
    return [a.rule for a in record.actors if any(m.text == word for m in a.mentions)]


@pytest.mark.usefixtures("nlp")
def test_a_group_thanked_is_an_actor_and_the_target() -> None:
    record = record_of("The governor thanked nurses for their long shifts on Sunday.")
    assert _group(record, "nurses") == ["actors.group.acted-on.v1"]
    event = event_of(record, "SUPPORT")
    assert names_of(record, event.target) == ["nurses"]


@pytest.mark.usefixtures("nlp")
def test_both_conjoined_groups_thanked_are_acted_on() -> None:
    record = record_of("The mayor praised firefighters and volunteers after the floods.")
    assert _group(record, "volunteers") == ["actors.group.acted-on.v1"]


@pytest.mark.usefixtures("nlp")
def test_a_group_met_with_is_the_other_party() -> None:
    record = record_of("The interior minister met with organizers of the strike on Monday.")
    assert _group(record, "organizers") == ["actors.group.acted-on.v1"]


@pytest.mark.usefixtures("nlp")
def test_a_group_condemned_takes_the_country_of_the_place_named_with_it() -> None:
    record = record_of("The bishop condemned rioters in Kinshasa on Sunday.")
    actor = next(a for a in record.actors if any(m.text == "rioters" for m in a.mentions))
    assert actor.country == "COD"
    assert event_of(record, "ACCUSE").target == [actor.id]


@pytest.mark.usefixtures("nlp")
def test_supporters_of_a_leader_are_their_own_party() -> None:
    record = record_of("Police fought with supporters of the jailed governor on Friday.")
    assert _group(record, "supporters") == ["actors.group.acted-on.v1"]


@pytest.mark.usefixtures("nlp")
def test_a_group_hired_is_no_actor() -> None:
    record = record_of("The bakery hired cashiers last spring.")
    assert _group(record, "cashiers") == []


@pytest.mark.usefixtures("nlp")
def test_a_group_said_to_be_another_bodys_is_not_built_as_acted_on() -> None:
    record = record_of("The senator criticized volunteers from the charity on Friday.")
    assert "actors.group.acted-on.v1" not in _group(record, "volunteers")


@pytest.mark.usefixtures("nlp")
def test_volunteers_are_civilians_and_organizers_have_no_sector() -> None:
    record = record_of("Volunteers handed out water. Organizers said the march would go on.")
    sectors = {a.name.lower(): a.sector for a in record.actors}
    assert sectors.get("volunteers") == "CVL"
    assert "organizers" in sectors and sectors["organizers"] is None


@pytest.mark.usefixtures("nlp")
def test_the_press_spoken_with_is_an_audience_not_a_party() -> None:
    record = record_of("The envoy spoke with reporters at the airport.")
    assert "actors.group.acted-on.v1" not in _group(record, "reporters")


# --- actors.group.follower-country.v1 --------------------------------------------------------


@pytest.mark.usefixtures("nlp")
def test_supporters_of_a_countrys_party_are_that_countrys() -> None:
    record = record_of("Supporters of Kenya's largest opposition party marched in the rain.")
    actor = next(a for a in record.actors if any(m.text == "Supporters" for m in a.mentions))
    assert actor.country == "KEN"
    assert actor.rule.startswith("actors.group.follower-country.v1")


@pytest.mark.usefixtures("nlp")
def test_supporters_of_a_cause_have_no_country() -> None:
    record = record_of("Supporters of the new law marched in the rain.")
    actor = next(a for a in record.actors if any(m.text == "Supporters" for m in a.mentions))
    assert actor.country is None


@pytest.mark.usefixtures("nlp")
def test_civilians_acted_on_take_the_country_their_acts_subject_names() -> None:
    record = record_of("Chile's governing coalition gave in to strikers and dropped the reform.")
    actor = next(a for a in record.actors if any(m.text == "strikers" for m in a.mentions))
    assert actor.country == "CHL"


@pytest.mark.usefixtures("nlp")
def test_troops_deployed_are_no_party_acted_on() -> None:
    record = record_of("The alliance agreed not to deploy troops near the border.")
    assert "actors.group.acted-on.v1" not in _group(record, "troops")
