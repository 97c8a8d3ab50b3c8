"""Wave 48, ev48b: a country's name inside a longer name (judged rounds 21-29: "Gulf of Guinea"
read as Guinea; "the government" of a Papua New Guinea story coded Guinea's).

- actors.state.long-name.v1 (in actors.domestic.v3): a word of a longer country name counts as
  the state the whole name gives ("Papua New Guinea", "Democratic Republic of the Congo").
- actors.place.landform-name.v1: "the Gulf of Guinea", "the Niger Delta" name water or land,
  not the state: no actor, and no state for the story's bare institutions.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import actor_by_mention, record_of, trigger_event


def _party(text: str, trigger: str, role: str) -> tuple[str, str | None, str]:
    record = record_of(text)
    ids = getattr(trigger_event(record, trigger), role)
    actor = record.actor(ids[0])
    assert actor is not None
    return actor.name, actor.country, actor.rule or ""


def test_government_of_papua_new_guinea_is_png(nlp: Any) -> None:
    # "rights groups", not "rights watchdog": since wave 62 (events.args.owned-other-party.v1) a
    # watchdog that has no actor of its own no longer lends its owner, the state, as the source,
    # and the request falls; the target this test pins is the same either way.
    text = ("Papua New Guinea's human rights groups on Thursday urged the government to free "
            "the prisoner.")
    assert _party(text, "urged", "target") == ("Papua New Guinea government", "PNG",
                                               "actors.domestic.v4")


def test_government_after_south_sudan_is_south_sudans(nlp: Any) -> None:
    text = "South Sudan's president spoke on Monday. The government arrested ten journalists."
    name, country, _ = _party(text, "arrested", "source")
    assert (name, country) == ("South Sudan government", "SSD")


def test_government_after_democratic_republic_of_congo(nlp: Any) -> None:
    text = ("The Democratic Republic of the Congo held elections on Sunday. The government "
            "arrested ten journalists.")
    name, country, _ = _party(text, "arrested", "source")
    assert country == "COD", name


def test_gulf_of_guinea_is_no_party(nlp: Any) -> None:
    text = "Pirates attacked a tanker in the Gulf of Guinea on Monday."
    record = record_of(text)
    assert all(a.country != "GIN" for a in record.actors), [(a.name, a.country)
                                                           for a in record.actors]


def test_niger_delta_gives_no_state(nlp: Any) -> None:
    text = "Militants attacked an oil pipeline in the Niger Delta on Monday."
    record = record_of(text)
    assert all(a.country != "NER" for a in record.actors), [(a.name, a.country)
                                                           for a in record.actors]


def test_guinea_alone_keeps_guinea(nlp: Any) -> None:
    text = "Guinea's president spoke on Monday. The government arrested ten journalists."
    name, country, _ = _party(text, "arrested", "source")
    assert (name, country) == ("Guinea government", "GIN")


def test_equatorial_guinea_keeps_its_code(nlp: Any) -> None:
    text = "Equatorial Guinea's president spoke on Monday. The government arrested ten journalists."
    _, country, _ = _party(text, "arrested", "source")
    assert country == "GNQ"


def test_demonym_before_troops_in_delta_is_kept(nlp: Any) -> None:
    text = "Nigerian troops attacked militants in the Niger Delta on Monday."
    assert actor_by_mention(text, "Nigerian troops").country == "NGA"
