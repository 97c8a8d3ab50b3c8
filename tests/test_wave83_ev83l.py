"""Wave 83, ev83l: a countryless source's coming country is its own in the last resort.

events.args.guessed-own-state.v1: a source with no country yet takes the article's country
later (events.args.article-country.v9); the last-resort target search, which leaves out the
source's own country, took that country's state, named inside the charge ("accused outside
forces of plotting against Kenya"), as the target. Such a source now counts as of the
article's country there: no target rather than its own state. Near misses: a source coded
with another country, or one that stays countryless (al-Qaeda), keeps the state as target, and
a party named as the object stays the target. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import countries_of, names_of, record_of, trigger_event

RULE = "events.args.guessed-own-state.v1"
SETTING = "Kenya held a tense vote last week. Kenya counted the ballots on Monday. "


@pytest.mark.parametrize(("text", "trigger"), [
    (SETTING + "The rebels accused outside forces of plotting against Kenya.", "accused"),
    # session 110: "foreign powers" became a party of its own (actors.group.bloc.v1), so a
    # word that names no party stands in its place here
    (SETTING + "Protesters accused foreign meddling of using the bloc against Kenya.",
     "accused"),
])
def test_own_state_is_no_last_resort_target(text: str, trigger: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert RULE in event.rule
    assert "KEN" not in countries_of(record, event.target)


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # a source coded with another country: Kenya is no state of its own
    (SETTING + "Uganda accused outside forces of plotting against Kenya.", "accused", "Kenya"),
    # a source that stays countryless (not of the article's country): the state comes back
    (SETTING + "Al Qaeda accused outside forces of plotting against Kenya.", "accused", "Kenya"),
    # the accused named as the object is the target, whatever the source
    (SETTING + "The rebels accused Uganda of plotting against Kenya.", "accused", "Uganda"),
])
def test_named_or_foreign_target_stays(text: str, trigger: str, target: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert RULE not in event.rule
    assert any(target in name for name in names_of(record, event.target))
