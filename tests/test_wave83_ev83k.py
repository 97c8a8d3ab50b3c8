"""Wave 83, ev83k: spurious events (issue 11, "no event").

events.repeat.setting-noun.v1: "were killed in clashes between X and Y",
"marched ... in the largest demonstration in years" name the act the verb took place in.
events.sense.occupation-no-ground.v1: "occupation" with no "of" phrase naming the ground held is
a standing rule or a topic, not an act. Near misses: a setting noun
with a party of its own or of another type, an occupation of named ground. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from dateline import extract
from tests.event_records import events_in

SETTING = "events.repeat.setting-noun.v1"


def _of_type(text: str, type_: str) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.rule) for e in events_in(text) if e.type == type_]


@pytest.mark.parametrize(("text", "type_", "kept"), [
    ("At least nine people were killed in clashes between protesters and security forces in "
     "the port city on Monday.", "ASSAULT", "killed"),
    ("Tens of thousands of teachers marched in the capital on Sunday, in the largest "
     "demonstration the city has seen in a decade.", "PROTEST", "marched"),
])
def test_setting_noun_is_the_same_act(text: str, type_: str, kept: str) -> None:
    found = _of_type(text, type_)
    assert [t for t, _ in found] == [kept]
    assert SETTING in found[0][1]


def test_setting_noun_with_a_party_of_its_own_stays() -> None:
    found = _of_type("The missile was most likely fired by the army during a massive Russian "
                     "bombardment on Tuesday.", "ASSAULT")
    assert sorted(t for t, _ in found) == ["bombardment", "fired"]
    assert all(SETTING not in rule for _, rule in found)


@pytest.mark.parametrize("text", [
    "Hamas said the deal rewarded Israel for its occupation.",
    "The minister said the occupation was against the law.",
    "Residents remember five decades of Soviet occupation.",
])
def test_occupation_without_ground_is_no_act(text: str) -> None:
    assert not [e for e in events_in(text) if e.trigger.text == "occupation"]


def test_occupation_of_named_ground_stays() -> None:
    found = [e for e in events_in("The dispute has its roots in Japan's wartime occupation of "
                                  "the Korean peninsula.") if e.trigger.text == "occupation"]
    assert found


def test_merged_march_takes_the_setting_nouns_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # "marched in the demonstrations that followed the collapse in 1991": one act, dated 1991
    record = extract("Veterans also marched in the demonstrations that followed the collapse "
                     "in 1991.", date="2023-06-15", min_confidence=0)
    protests = [e for e in record.events if e.type == "PROTEST"]
    assert [e.trigger.text for e in protests] == ["marched"]
    assert protests[0].date.value == "1991"
