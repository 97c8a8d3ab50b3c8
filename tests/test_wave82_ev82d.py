"""Wave 82, ev82d: advocacy groups named only by their cause take no country from the story.

events.args.unplaced-advocates.v1: "Rights groups urged the government ..." in a story about one
country: the rights groups may work from anywhere, and the text does not make them that
country's, so the article's country is no guess of theirs. Near misses: a rights group whose own
words make it the country's ("Kenyan rights groups", "local rights groups"), and the police of
the same story, who keep the guess. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import countries_of, names_of, record_of, trigger_event

RULE = "events.args.unplaced-advocates.v1"
SETTING = ("Kenyan police fired tear gas at marchers in Nairobi on Monday. Kenya's parliament "
           "passed the tax bill in Kenya a week ago. ")


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Rights groups urged the government to release the detained marchers.", "urged"),
    ("Human rights groups condemned the killings of the marchers.", "condemned"),
    ("Rights groups demanded an inquiry into the shootings.", "demanded"),
])
def test_rights_groups_take_no_story_country(sentence: str, trigger: str) -> None:
    record = record_of(SETTING + sentence)
    event = trigger_event(record, trigger)
    assert "rights groups" in " ".join(names_of(record, event.source)).lower()
    assert countries_of(record, event.source) == {None}
    assert RULE in event.rule


@pytest.mark.parametrize(("sentence", "trigger", "country"), [
    # their own words make them the country's
    ("Kenyan rights groups condemned the killings of the marchers.", "condemned", "KEN"),
    ("Local rights groups accused the police of excessive force.", "accused", "KEN"),
])
def test_rights_groups_of_the_country_keep_it(sentence: str, trigger: str,
                                               country: str) -> None:
    record = record_of(SETTING + sentence)
    event = trigger_event(record, trigger)
    assert countries_of(record, event.source) == {country}
    assert RULE not in event.rule


def test_police_keep_the_story_country() -> None:
    record = record_of(SETTING + "Police arrested dozens of marchers near the parliament.")
    event = trigger_event(record, "arrested")
    assert countries_of(record, event.source) == {"KEN"}
    assert RULE not in event.rule


def test_a_single_activist_keeps_the_story_country() -> None:
    # one person named for her cause is no roving group: the guess holds (lead's fix at merge)
    record = record_of(SETTING + "A protest rally, led by civil rights activist and writer "
                       "Grace Wanjiru, had drawn thousands of people to the streets last week.")
    event = trigger_event(record, "rally")
    assert countries_of(record, event.source) == {"KEN"}
    assert RULE not in event.rule


def test_rights_groups_acted_on_by_the_state_keep_its_country() -> None:
    # as a target of the state's own act they are most often its own (lead's check at merge)
    record = record_of(SETTING + "The government banned three rights groups on Friday.")
    event = trigger_event(record, "banned")
    assert countries_of(record, event.target) == {"KEN"}
    assert RULE not in event.rule
