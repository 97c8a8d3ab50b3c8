"""Wave 71, ev71e: soldiers or police named by a common noun take the dateline's country when
their clause sets the act there (events.args.home-force-country.v1; dev news).

- "LIMA, Peru -- Soldiers fired on marchers in Peru's capital" in a story that names another
  country more often: the soldiers are Peru's.
- Near misses keep no country: rebels (not a state force), peacekeepers (serve abroad), an act
  set outside the dateline's country, and a sentence that names a foreign army.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import events_with_trigger, record_dict

RULE = "events.args.home-force-country.v1"
TAIL = (" A Chilean reporter was among the dead, Chile's government said. Chile's foreign minister"
        " called the envoy of Chile home. Chile asked for an inquiry. Chilean officials in"
        " Santiago and Chile's president condemned the deaths.")


def _source(text: str, trigger: str) -> tuple[str | None, str]:
    rec: dict[str, Any] = record_dict(text)
    [event] = events_with_trigger(rec, trigger)
    actors = {a["id"]: a for a in rec["actors"]}
    return (actors[event["source"][0]]["country"] if event["source"] else None), event["rule"]


def test_soldiers_take_dateline_country() -> None:
    text = ("LIMA, Peru \u2014 Soldiers fired on marchers in Peru's capital on Friday, killing a"
            " Chilean reporter, local media said." + TAIL)
    country, rule = _source(text, "fired")
    assert country == "PER"
    assert RULE in rule


def test_rebels_keep_no_country() -> None:
    text = ("LIMA, Peru \u2014 Rebels fired on marchers in Peru's capital on Friday, killing a"
            " Chilean reporter, local media said." + TAIL)
    _country, rule = _source(text, "fired")
    assert RULE not in rule


def test_peacekeepers_keep_no_country() -> None:
    text = ("LIMA, Peru \u2014 Peacekeepers fired on marchers in Peru's capital on Friday,"
            " killing a Chilean reporter, local media said." + TAIL)
    _country, rule = _source(text, "fired")
    assert RULE not in rule


def test_act_outside_dateline_country_unchanged() -> None:
    text = ("LIMA, Peru \u2014 Soldiers fired on marchers in Bolivia's capital on Friday, killing"
            " a Chilean reporter, local media said." + TAIL)
    country, rule = _source(text, "fired")
    assert country != "PER"
    assert RULE not in rule


def test_foreign_army_named_unchanged() -> None:
    text = ("LIMA, Peru \u2014 Soldiers and Chilean troops fired on marchers in Peru's capital on"
            " Friday, local media said." + TAIL)
    rec: dict[str, Any] = record_dict(text)
    for event in events_with_trigger(rec, "fired"):
        assert RULE not in event["rule"]
