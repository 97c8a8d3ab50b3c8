"""Wave 30 (ev30a) a promise typed by the act it promises (events.frame.promised-act.v1, round
20 judges: "vowed to crush ...", "vowed to block the entrance" THREATEN; "offered an end to the
police shutdown" CONCEDE; "agreed to end talks" REJECT); a promise to cooperate stays AGREE."""

from __future__ import annotations

import pytest

from dateline import extract

RULE = "events.frame.promised-act.v1"


def _types(text: str) -> dict[str, tuple[str, str]]:
    record = extract(text, date="2023-06-15", min_confidence=0)
    return {event.trigger.text: (event.type, event.rule) for event in record.events}


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("The army pledged to crack down on the rebels in the north.", "pledged", "THREATEN"),
    ("The miners vowed to block the roads into the capital.", "vowed", "THREATEN"),
    ('The minister vowed on Monday to "fight against the armed gangs" in the region.',
     "vowed", "THREATEN"),
    ("The governor offered an end to the curfew on Tuesday.", "offered", "CONCEDE"),
    ("The rebels agreed to suspend talks with the government.", "agreed", "REJECT"),
])
def test_a_promise_takes_the_type_of_the_act_promised(nlp, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                                      kind: str) -> None:
    found = _types(text)[trigger]
    assert found[0] == kind and RULE in found[1]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The rebels pledged not to attack the capital.", "pledged"),
])
def test_a_restraint_or_a_vote_stays_a_promise(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    found = _types(text).get(trigger)
    assert found is None or (found[0] == "AGREE" and RULE not in found[1])


def test_a_vow_to_block_a_measure_is_a_rejection(nlp) -> None:  # type: ignore[no-untyped-def]
    # Wave 83 (ev83n, events.sense.vow-fight-measure.v1): the act promised is the blocking of a
    # law, coded as what it is (CONVENTIONS: promises coded as the act promised), a REJECT; this
    # sentence stayed AGREE from wave 30 until then.
    assert _types("The opposition vowed to block the proposed law.")["vowed"][0] == "REJECT"
