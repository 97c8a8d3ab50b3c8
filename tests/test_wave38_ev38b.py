"""Wave 38, ev38b: the other party of joint and mutual acts (AGREE, CONSULT, COOPERATE,
SUPPORT). A deal or talks noun's "with" phrase in a phrase on the trigger
(events.args.joint-noun-partner.v1), the partner of the joint act an intent is about
(events.args.complement-partner.v1), the party visited to sign (events.args.visit-partner.v1),
and no topic of a deal or talks as the target (events.args.joint-topic.v2)."""

from __future__ import annotations

from typing import Any

from dateline.record import Event, Record
from tests.event_records import record_of, trigger_event

NOUN_PARTNER = "events.args.joint-noun-partner.v1"
COMPLEMENT = "events.args.complement-partner.v1"
VISIT = "events.args.visit-partner.v1"
TOPIC = "events.args.joint-topic.v2"
NEW_RULES = (NOUN_PARTNER, COMPLEMENT, VISIT, TOPIC)


def _parties(record: Record, ids: list[str]) -> list[tuple[str, str | None]]:
    actors = {a.id: a for a in record.actors}
    return [(actors[i].name, actors[i].country) for i in ids]


def _event(text: str, trigger: str) -> tuple[Record, Event]:
    record = record_of(text)
    return record, trigger_event(record, trigger)


def test_deal_noun_in_phrase_names_partner(nlp: Any) -> None:
    record, event = _event("The opposition agreed to suspend its protests as part of a deal "
                           "with the government.", "agreed")
    # Wave 46: a promise to halt protests is CONCEDE (sense.promised-halt); its partner stays.
    assert event.type == "CONCEDE"
    assert _parties(record, event.target) == [("government", None)]
    assert NOUN_PARTNER in event.rule


def test_complement_clause_partner(nlp: Any) -> None:
    record, event = _event("The government promised that it will work closely with the "
                           "European Commission.", "promised")
    assert _parties(record, event.target) == [("European Commission", "EUR")]
    assert COMPLEMENT in event.rule


def test_complement_with_other_subject_is_no_partner(nlp: Any) -> None:
    _, event = _event("Russia agreed that China will work with Iran.", "agreed")
    assert event.target == [] and COMPLEMENT not in event.rule


def test_visited_country_is_signing_partner(nlp: Any) -> None:
    record, event = _event("The Japanese prime minister visited India to sign the agreement.",
                           "sign")
    assert (event.type, _parties(record, event.target)) == ("SUPPORT", [("India", "IND")])
    assert VISIT in event.rule


def test_travelled_to_country_is_signing_partner(nlp: Any) -> None:
    record, event = _event("Kenya's president travelled to Ethiopia to sign a security pact.",
                           "sign")
    assert _parties(record, event.target) == [("Ethiopia", "ETH")]


def test_topic_of_deal_is_no_target(nlp: Any) -> None:
    record, event = _event("Turkey signed a deal on Ukraine's grain exports.", "signed")
    assert _parties(record, event.source) == [("Turkey", "TUR")]
    assert event.target == [] and TOPIC in event.rule


def test_regarding_topic_is_no_target(nlp: Any) -> None:
    _, event = _event("The leaders concluded an agreement regarding Serbia's withdrawal "
                           "from Kosovo.", "concluded")
    assert event.target == [] and TOPIC in event.rule


def test_with_partner_kept_beside_topic(nlp: Any) -> None:
    record, event = _event("Iran held talks on Syria with Turkey.", "held")
    assert _parties(record, event.target) == [("Turkey", "TUR")]
    assert not any(rule in event.rule for rule in NEW_RULES)


def test_between_parties_inside_topic_kept(nlp: Any) -> None:
    record, event = _event("The minister signed an agreement on cooperation between Uganda "
                           "and Kenya.", "signed")
    assert _parties(record, event.target) == [("Uganda", "UGA"), ("Kenya", "KEN")]
    assert TOPIC not in event.rule


def test_listed_partners_kept(nlp: Any) -> None:
    record, event = _event("Guatemala signed a peace pact with a group of countries including "
                           "Chile and Peru.", "signed")
    assert _parties(record, event.target) == [("Chile", "CHL"), ("Peru", "PER")]
    assert TOPIC not in event.rule


def test_mutual_subjects_kept_with_topic(nlp: Any) -> None:
    record, event = _event("The Chinese navy and the Russian navy held talks on Ukraine.",
                           "held")
    assert _parties(record, event.target) == [("Chinese navy", "CHN"), ("Russian navy", "RUS")]
    assert TOPIC not in event.rule


def test_direct_with_partner_unchanged(nlp: Any) -> None:
    record, event = _event("Brazil signed a trade deal with Peru on Monday.", "signed")
    assert _parties(record, event.target) == [("Peru", "PER")]
    assert not any(rule in event.rule for rule in NEW_RULES)
