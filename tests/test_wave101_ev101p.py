"""Wave 101, ev101p: persons the name lists do not know, coded with another country's code.

actors.person.fronted-title-country.v1: "a Chilean fisherman, Tomas Riquelme," - the person the
name lists do not know takes the country of the title apposed before the name (read by the
parse, or by the commas around the name when the parser made the title another clause's noun),
where the story's country would otherwise be guessed. Near misses: a title with no country, and
an envoy's title that names where he is posted ("a British envoy to Iran, ...").

actors.person.namesake-country.v1: a titled official the lists know only by a longer name
("Interior Minister Carlos Abascal", listed with a second surname) takes the one country of
those entries, not the country the story names most. Near misses: a name the lists do not know
keeps the story's country. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import actor_by_mention, record_of, trigger_event

RULE = "actors.person.fronted-title-country.v1"
STORY = "Police in Washington arrested protesters on Monday. "


def _source(text: str, trigger: str) -> tuple[str | None, str]:
    record = record_of(STORY + text)
    event = trigger_event(record, trigger)
    actor = next(a for a in record.actors if a.id in event.source)
    return actor.country, event.rule


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("On Wednesday a South Korean farmer, Kim Dong-soo, attacked a police officer in Washington.",
     "attacked", "KOR"),
    ("On Thursday a Japanese fisherman, Sato Kenji, attacked a police officer in Washington.",
     "attacked", "JPN"),
])
def test_fronted_title_gives_country(text: str, trigger: str, country: str) -> None:
    code, rule = _source(text, trigger)
    assert code == country
    assert RULE in rule


@pytest.mark.parametrize(("text", "trigger"), [
    # a title with no country: nothing to take
    ("On Wednesday a farmer, Kim Dong-soo, attacked a police officer in Washington.", "attacked"),
    # an envoy's title names where he is posted, not whose he is
    ("On Wednesday an envoy to Japan, Kim Dong-soo, attacked a police officer in Washington.",
     "attacked"),
])
def test_title_without_own_country_gives_none(text: str, trigger: str) -> None:
    _, rule = _source(text, trigger)
    assert RULE not in rule


NAMESAKE_RULE = "actors.person.namesake-country.v1"
US_STORY = ("Police in Washington arrested protesters in Washington on Monday. The United States "
            "condemned it. Washington said the deal stands. ")


def test_longer_listed_name_gives_its_country() -> None:
    actor = actor_by_mention(US_STORY + "Interior Minister Carlos Abascal said the government "
                             "had restored order and urged calm.",
                             "Interior Minister Carlos Abascal")
    assert actor.country == "MEX"
    assert NAMESAKE_RULE in (actor.rule or "")


def test_unlisted_official_keeps_story_country() -> None:
    actor = actor_by_mention(US_STORY + "Interior Minister Tobias Wrenfield said the government "
                             "had restored order and urged calm.",
                             "Interior Minister Tobias Wrenfield")
    assert NAMESAKE_RULE not in (actor.rule or "")
