"""Wave 56, ev56a: people named by common nouns that no word list coded ("three teenagers",
"the trio", "the couple") are the target where the type's target is read
(events.args.group-people-noun.v1, module ``event_uncoded_parties``, words in
``clauses.people_group_nouns``). Near misses: a set noun counting things ("a pair of rifles",
"a couple of days") names no party; words already coded keep their own rules.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import events_in

RULE = "events.args.group-people-noun.v1"


def _event(text: str, trigger: str) -> Any:
    return next(e for e in events_in(text) if e.trigger.text == trigger)


def test_counted_teenagers_convicted_are_target(nlp: Any) -> None:
    event = _event("Four teenagers were convicted of setting fire to a bus.", "convicted")
    assert event.target and RULE in event.rule


def test_the_couple_detained_is_target(nlp: Any) -> None:
    event = _event("Border guards detained the couple at the crossing.", "detained")
    assert event.target and RULE in event.rule


def test_the_trio_sentenced_is_target(nlp: Any) -> None:
    event = _event("A judge sentenced the trio to six years in jail.", "sentenced")
    assert event.target and RULE in event.rule


def test_the_trio_accused_of_a_crime_is_target(nlp: Any) -> None:
    event = _event("Prosecutors accused the trio of fraud.", "accused")
    assert event.target and RULE in event.rule


def test_defendants_jailed_take_the_sentence_place(nlp: Any) -> None:
    event = _event("Two defendants were arrested in Nairobi on Friday.", "arrested")
    assert event.target


def test_pair_of_rifles_is_no_party(nlp: Any) -> None:
    event = _event("Customs officers seized a pair of rifles at the port.", "seized")
    assert RULE not in event.rule


def test_couple_of_protesters_names_the_protesters(nlp: Any) -> None:
    event = _event("Police arrested a couple of protesters outside the court.", "arrested")
    assert RULE not in event.rule and event.target


def test_listed_students_keep_their_rule(nlp: Any) -> None:
    event = _event("Two students were arrested in Cairo.", "arrested")
    assert event.target and RULE not in event.rule
