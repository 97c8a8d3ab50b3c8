"""Wave 36, ev36e: the armed forces a MOBILIZE or RETREAT moves are not its target (pairs35:
both judges counted deployed police as no target); with no sender named they are its source,
and the target is where the moving phrase sends them (events.args.moved-forces.v1)."""

from __future__ import annotations

from typing import Any

from tests.event_records import record_of, trigger_event

RULE = "events.args.moved-forces.v1"


def _parties(text: str, trigger: str) -> tuple[list[str], list[str], str]:
    record = record_of(text)
    event = trigger_event(record, trigger)
    names = {a.id: a.name for a in record.actors}
    return [names[a] for a in event.source], [names[a] for a in event.target], event.rule


def test_passive_forces_sent_abroad_are_the_source(nlp: Any) -> None:
    source, target, rule = _parties("Honduran troops were sent to South Africa on Monday.", "sent")
    assert (source, target) == (["Honduran troops"], ["South Africa"])
    assert RULE in rule


def test_deployed_police_with_no_sender_are_the_source(nlp: Any) -> None:
    source, target, rule = _parties("Kenyan riot police were deployed in the capital on Monday.",
                                    "deployed")
    assert (source, target) == (["Kenyan riot police"], [])
    assert RULE in rule


def test_forces_of_no_known_country_are_neither_source_nor_target(nlp: Any) -> None:
    # the article's country is often not theirs (pairs36: troops of several countries coded RWA)
    text = "Troops from several African countries have been dispatched to the northeast region."
    source, target, rule = _parties(text, "dispatched")
    assert (source, target) == ([], [])
    assert RULE in rule


def test_forces_a_relative_clause_deploys_are_the_source(nlp: Any) -> None:
    text = ("The Puerto Rico National Guard, which was deployed to the island last week, "
            "was withdrawn on Friday.")
    source, target, _ = _parties(text, "deployed")
    assert (source, target) == (["Puerto Rico National Guard"], [])


def test_ordered_deployment_of_police_has_no_police_target(nlp: Any) -> None:
    text = "Rousseff ordered the deployment of additional police in Sao Paulo."
    source, target, rule = _parties(text, "ordered")
    assert (source, target) == (["Rousseff"], [])
    assert RULE in rule


def test_named_sender_keeps_the_destination_target(nlp: Any) -> None:
    source, target, rule = _parties("Niger has sent a force of 2,500 troops to Mali.", "sent")
    assert (source, target) == (["Niger"], ["Mali"])
    assert RULE not in rule


def test_released_captive_stays_the_target(nlp: Any) -> None:
    text = "Rebels released two captured soldiers to the Red Cross on Monday."
    record = record_of(text)
    for event in record.events:
        assert RULE not in event.rule


def test_conjoined_forces_are_all_moved(nlp: Any) -> None:
    text = ("Nigerian army troops and special police troops are deployed at 40 installations "
            "in Lagos.")
    source, target, _ = _parties(text, "deployed")
    assert (source, target) == (["Nigerian army troops"], [])  # the conjunct is no target either
