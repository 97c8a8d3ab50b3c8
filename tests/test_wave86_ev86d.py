"""Wave 86, ev86d: a demonym after a word of a continent's part names the region, not a state.

actors.group.region-demonym.v1: "Central American ministers", "Latin American diplomats" are of
several states; "American" alone is USA's, so such a group took USA. Now it takes no country
from the demonym (no code rather than a wrong one). Near misses: demonyms the lexicon knows
whole ("South Korean", "North Macedonian") and "American" with no region word keep their
country. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event

RULE = "actors.group.region-demonym.v1"


def _source(text: str, trigger: str) -> list[tuple[str, str | None, str]]:
    record = record_of(text)
    event = trigger_event(record, trigger)
    actors = {a.id: a for a in record.actors}
    return [(actors[i].name, actors[i].country, actors[i].rule or "") for i in event.source]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Central American ministers criticised the new tariffs on Thursday.", "criticised"),
    ("Latin American diplomats condemned the assault on the embassy.", "condemned"),
    ("South American presidents praised the ceasefire deal.", "praised"),
])
def test_region_demonym_gives_no_state(text: str, trigger: str) -> None:
    sources = _source(text, trigger)
    assert sources and all(country != "USA" for _, country, _ in sources)
    assert any(RULE in rule for _, _, rule in sources)


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("South Korean officials criticised the new tariffs on Thursday.", "criticised", "KOR"),
    ("North Macedonian diplomats condemned the assault on the embassy.", "condemned", "MKD"),
    ("American diplomats condemned the assault on the embassy.", "condemned", "USA"),
])
def test_whole_demonyms_keep_their_country(text: str, trigger: str, country: str) -> None:
    sources = _source(text, trigger)
    assert [c for _, c, _ in sources] == [country]
    assert all(RULE not in rule for _, _, rule in sources)
