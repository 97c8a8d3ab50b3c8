"""Wave 46, ev46d: a promise to halt a hostile or restrictive act is CONCEDE
(events.sense.promised-halt.v1), and the act to be halted is no event
(events.sense.halted-in-promise.v1; module ``sense_halts``). Near misses: a halt done, not
promised; a promise to end what is no hostile act; a promise to do something else."""

from __future__ import annotations

from tests.event_records import record_of

HALT = "events.sense.promised-halt.v1"


def _events(text: str) -> list[tuple[str, str, str]]:
    return [(e.type, e.trigger.text, e.rule.split("+")[0]) for e in record_of(text).events]


def test_agreed_to_stop_fighting_is_concede_and_no_assault() -> None:
    assert _events("The rebels agreed to stop fighting on Monday.") == [
        ("CONCEDE", "agreed", HALT)]


def test_agreed_to_remove_curfew() -> None:
    assert _events("The army agreed to remove the curfew.") == [("CONCEDE", "agreed", HALT)]


def test_pledged_to_end_attacks() -> None:
    assert [e[:2] for e in _events("The rebels pledged to end their attacks on the army.")] == [
        ("CONCEDE", "pledged")]


def test_halt_done_is_left() -> None:
    assert _events("The rebels stopped fighting on Monday.")[0][:2] == ("ASSAULT", "fighting")


def test_promise_to_end_an_evil_stays_agree() -> None:
    assert _events("The government agreed to end corruption.") == [
        ("AGREE", "agreed", "events.agree.agree.v1")]


def test_promise_of_other_act_stays_agree() -> None:
    assert all(e[0] != "CONCEDE" for e in _events("The two countries agreed to expand trade."))
