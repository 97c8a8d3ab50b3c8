"""Wave 80, ev80c: a reaction to a claim told in the same sentence aims at the claim's author.

events.args.told-claim-author.v1: "Turkey said ..., an account Athens rejected": a reaction with
no object whose subject follows a noun of a told claim set off by a comma is aimed at the
speaker of the clause before the comma. Near misses: a reaction with an object of its own, a
relative clause on a noun that is no claim ("the plan, which Athens rejected"), a reaction
whose subject follows no claim noun. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

TOLD = "events.args.told-claim-author.v1"


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Turkey said Greece had violated its airspace, an account the Greek government "
     "rejected.", "rejected", "Turkey"),
    ("The Belarusian government claimed before the vote that the opposition was plotting a "
     "coup with foreign help, accusations the opposition ridiculed.", "ridiculed",
     "Belarusian government"),
    ("Israel vowed on Monday to respond to the bombing, blaming Iran, accusations that Tehran "
     "rejected as baseless.", "rejected", "Israel"),
])
def test_told_claim_author(text: str, trigger: str, name: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert TOLD in event.rule
    assert name in " ".join(names_of(record, event.target))


@pytest.mark.parametrize(("text", "trigger"), [
    ("Turkey said Greece had violated its airspace, and the Greek government rejected the "
     "charge.", "rejected"),
    ("Ankara said on Friday that Cyprus had refused the plan, which the Greek government "
     "rejected.", "rejected"),
    ("Turkey said Greece had violated its airspace, but the Greek government rejected talks.",
     "rejected"),
])
def test_no_told_claim(text: str, trigger: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert TOLD not in event.rule
