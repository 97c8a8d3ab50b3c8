"""Wave 39, ev39e: the party a demanded act is done to is not whom a request asks.

events.args.demanded-patient.v1: "demanded the release of the journalist X", "the reinstatement of
President X", "called for the extradition of General X": X is the act's patient or beneficiary, not
the addressee (rounds 18 and 23); "the withdrawal of Russian troops" keeps the troops.
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract

DATE = "2023-06-15"


def _targets(text: str) -> list[tuple[str, list[str]]]:
    record = extract(text, date=DATE)
    actors = {a.id: a for a in record.actors}
    return [(e.trigger.text, [actors[i].name for i in e.target]) for e in record.events]


@pytest.mark.parametrize("text", [
    "Students in Bogota demanded the reinstatement of President Juan Manuel Santos.",
    "Rights groups demanded the release of the journalist Amara Kone.",
    "France called for the extradition of the Rwandan general Paul Kagame."])
def test_patient_of_a_demanded_act_is_not_the_addressee(nlp: Any, text: str) -> None:
    targets = _targets(text)
    assert targets and targets[0][1] == []
    record = extract(text, date=DATE)
    assert "events.args.demanded-patient.v1" in record.events[0].rule


def test_party_asked_to_act_stays(nlp: Any) -> None:
    assert _targets("The opposition demanded the withdrawal of Russian troops.") == [
        ("demanded", ["Russian troops"])]


def test_holder_named_in_the_patients_clause_stays(nlp: Any) -> None:
    text = "Kenya called for the release of a prisoner held by Uganda."
    assert _targets(text) == [("called", ["Uganda"])]
