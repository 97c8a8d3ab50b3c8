"""Wave 81, ev81b: ASSAULT victims the party lists missed, and "them" hit by force.

- ``clauses.people_nouns`` gains "marine" (roles.yaml has plural "marines" only; a title would
  take the given name of "Marine Le Pen") and "hostage-taker(s)", which the parse splits at the
  hyphen and ``names_party`` now reads whole (events.args.people-noun.v1).
- events.args.plural-antecedent.v1: on the way back to the antecedent of a "them" hit by force
  (events.args.crowd-pronoun.v1), a singular noun naming one body ("a security company") is
  skipped; a crowd noun ("the crowd") is not.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import event_on, names_of, record_of, trigger_event

PLURAL = "events.args.plural-antecedent.v1"


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Navy officials said on Monday that a marine had been killed when the patrol boat came "
     "under fire.", "killed", "marine"),
    ("The interior ministry said three hostage-takers had been killed in the raid on the "
     "school.", "killed", "hostage"),
])
def test_passive_victim_is_the_target(text: str, trigger: str, name: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert event.type == "ASSAULT"
    assert any(name in n for n in names_of(record, event.target))


def test_given_name_marine_stays_a_name() -> None:
    record = record_of("Marine Le Pen was attacked by protesters in Lyon on Monday.")
    event = trigger_event(record, "attacked")
    assert "Marine Le Pen" in names_of(record, event.target)


def test_them_skips_a_firm_for_the_people() -> None:
    text = "Five men, who worked for a mining company, were walking to the market when gunmen " \
        "opened fire on them."
    record = record_of(text)
    event = trigger_event(record, "opened")
    names = names_of(record, event.target)
    assert names and all("company" not in n for n in names)
    assert any("men" in n for n in names)
    assert PLURAL in event.rule


@pytest.mark.parametrize("text", [
    # a crowd noun is a fine antecedent of "them"
    "A crowd gathered outside the ministry and police fired tear gas to disperse them.",
    # a plural antecedent needs no skipping
    "Protesters blocked the main road and riot police used batons against some of them.",
])
def test_near_misses_do_not_skip(text: str) -> None:
    for trigger in ("fired", "used"):
        found = [e for e in record_of(text).events if e.trigger.text == trigger]
        for event in found:
            assert PLURAL not in event.rule


def test_singular_people_noun_is_still_read() -> None:
    event = event_on("Officials said a soldier had been killed near the border.", "killed")
    assert event.target
