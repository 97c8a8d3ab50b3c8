"""Wave 98, ev98d: no story country for parties whose work crosses borders.

actors.institution.dominant-country.v3: bare "diplomats" no longer take the country a story is
about (in such a story they are mostly the foreign envoys posted there); "officials" still do.
events.args.article-country.v9: bare aid and relief agencies ("aid agencies", "some aid groups")
take neither the story's country nor the place's; "local aid groups", groups with a demonym, and
rights groups (wave 82: those a state acts on are mostly its own) keep theirs. Sentences written
for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import countries_of, record_of, trigger_event

STORY = ("Zambian President Hakainde Hichilema dissolved the Zambian cabinet on Monday. "
         "Zambian police arrested the Zambian opposition leader in Lusaka. "
         "Zambian officials said the Zambian army was on alert. ")


@pytest.mark.parametrize("sentence", [
    "Diplomats welcomed the calm.",
    "Aid agencies welcomed the truce.",
    "Some aid groups welcomed the truce.",
])
def test_outside_parties_take_no_story_country(sentence: str) -> None:
    record = record_of(STORY + sentence)
    event = trigger_event(record, "welcomed")
    assert countries_of(record, event.source) == {None}


@pytest.mark.parametrize(("sentence", "country"), [
    ("Officials welcomed the truce.", "ZMB"),  # the state's own, as before
    ("Local aid groups welcomed the truce.", "ZMB"),  # "local" says whose they are
    ("Ugandan aid agencies welcomed the truce.", "UGA"),  # a demonym codes them
])
def test_near_misses_keep_their_country(sentence: str, country: str) -> None:
    record = record_of(STORY + sentence)
    event = trigger_event(record, "welcomed")
    assert countries_of(record, event.source) == {country}
