"""Wave 45, ev45c: parties the last-resort target search finds deep in a phrase.

events.args.relative-clause-party.v1 (``stages.event_within_parties``): "vowed to block the law
which gives autonomy to an Albanian region": an actor named only inside a relative clause of the
object or complement is no target (and no fallback to the source's own country). Near misses:
an actor that is the object itself, one in an owner phrase ("lifted sanctions on Venezuela's
oil sector").
"""

from __future__ import annotations

from typing import Any

from tests.event_records import named_event, names_of, record_of, trigger_event

RELATIVE = "events.args.relative-clause-party.v1"


def test_actor_inside_a_relative_clause_of_the_complement(nlp: Any) -> None:
    kind, _, target, rule = named_event(
        "The Social Democrats have vowed to block the proposed law which gives more autonomy "
        "to an Albanian region.", "vowed")
    assert (kind, target) == ("REJECT", [])  # a vow to block a law (wave 83, ev83n)
    assert RELATIVE in rule


def test_relative_clause_leaves_no_domestic_fallback(nlp: Any) -> None:
    kind, source, target, rule = named_event(
        "The Algerian government rejected a ceasefire proposal it said violated the rights of "
        "Moroccans living in the territory.", "rejected")
    assert (kind, source, target) == ("REJECT", [("Algerian government", "DZA")], [])
    assert RELATIVE in rule
    assert "events.args.domestic-target.v1" not in rule


def test_members_of_a_union_in_a_relative_clause(nlp: Any) -> None:
    kind, _, target, rule = named_event(
        "EU leaders agreed to create a union that will include Russia, Kazakhstan and "
        "Belarus.", "agreed")
    assert (kind, target) == ("AGREE", [])
    assert RELATIVE in rule


def test_country_as_the_object_stays(nlp: Any) -> None:
    kind, _, target, rule = named_event(
        "France has offered financial assistance to northern Mali.", "offered")
    assert (kind, target) == ("AGREE", [("Mali", "MLI")])  # an offer (wave 76 convention)
    assert RELATIVE not in rule


def test_owner_of_a_thing_in_another_type_stays(nlp: Any) -> None:
    kind, _, target, rule = named_event(
        "The EU lifted sanctions on Venezuela's oil sector.", "lifted")
    assert (kind, target) == ("RETREAT", [("Venezuela", "VEN")])
    assert RELATIVE not in rule


def test_threat_against_a_city_stays(nlp: Any) -> None:
    kind, _, target, rule = named_event("Iran threatened to use force against Seoul.",
                                        "threatened")
    assert (kind, target) == ("THREATEN", [("South Korea government", "KOR")])
    assert RELATIVE not in rule


def test_event_stands_when_its_only_target_was_dropped(nlp: Any) -> None:
    """A REJECT told as future needs a target; when the rule removed its only candidate
    (the relative clause's actor), the main phrase names no party: it stands with none."""
    record = record_of(
        "Opposition leaders said they would reject any clause that ties the budget to a "
        "monitoring mission, which Russia has long described as interference.")
    event = trigger_event(record, "reject")
    assert (event.type, event.modality, event.target) == ("REJECT", "future", [])
    assert names_of(record, event.source) == ["Opposition leaders"]
    assert RELATIVE in event.rule


def test_event_without_any_candidate_is_still_dropped(nlp: Any) -> None:
    """Near miss: no candidate removed, none named: the type's gate still drops it."""
    record = record_of("Opposition leaders said they would reject the budget.")
    assert [e for e in record.events if e.trigger.text == "reject"] == []


def test_infinitive_tagged_as_a_relative_clause_keeps_its_party(nlp: Any) -> None:
    # The parser tags "to block" as a relative clause of "measures"; it tells the purpose of
    # the warning itself, so the ambassador it names stays the target.
    kind, _, target, rule = named_event(
        "The minister warned of measures to block the Slovenian ambassador.", "warned")
    assert (kind, target) == ("THREATEN", [("Slovenian ambassador", "SVN")])
    assert RELATIVE not in rule


def test_author_of_the_object_in_a_relative_clause_stays(nlp: Any) -> None:
    # "the conditions Washington had set" are Washington's conditions: it is the party.
    kind, _, target, rule = named_event(
        "Venezuela accepted on Friday the conditions Washington had set for easing sanctions.",
        "accepted")
    assert (kind, [country for _, country in target]) == ("AGREE", ["USA"])
    assert RELATIVE not in rule
