"""Wave 59, ev59f: an act noun inside a threatened act is part of the threat.

- events.sense.threatened-object.v1: the direct object of the verb a "threatened to" clause
  names ("threatened to cut food aid to the province", "threatened to convene an emergency
  summit") is no event of its own; the THREATEN from "threatened" is kept.
- Near misses keep their event: the same noun when the act is told as done ("cut food aid"),
  a noun in a prepositional phrase of the threatened verb ("to walk out of the talks"), and a
  real act joined to the threat with its own subject.
"""

from __future__ import annotations

from typing import Any

from dateline import extract
from dateline.stages.sense_threatened_objects import threatened_object

DATE = "2023-06-15"
THREATEN = frozenset({"threaten"})


def _events(text: str) -> dict[str, tuple[str, str]]:
    events = extract(text, date=DATE).to_dict()["events"]
    return {e["trigger"]["text"]: (e["type"], e["modality"]) for e in events}


def _check(nlp: Any, text: str, word: str) -> bool:
    doc = nlp(text)
    return threatened_object(next(t for t in doc if t.text == word), THREATEN)


def test_aid_in_a_threat_to_cut_it(nlp: Any) -> None:
    text = "Washington threatened on Friday to cut its military aid to Honduras."
    assert _check(nlp, text, "aid")
    found = _events(text)
    assert "aid" not in found
    assert found.get("threatened", ("",))[0] == "THREATEN"


def test_summit_in_a_threat_to_call_one(nlp: Any) -> None:
    text = "Poland has threatened to convene an emergency NATO summit over the border incident."
    assert _check(nlp, text, "summit")
    found = _events(text)
    assert "summit" not in found
    assert found.get("threatened", ("",))[0] == "THREATEN"


def test_second_verb_of_the_threat(nlp: Any) -> None:
    text = "Beijing threatened to recall its envoy and cancel all trade talks with Vilnius."
    assert _check(nlp, text, "talks")


def test_aid_cut_as_a_done_act_is_kept(nlp: Any) -> None:
    text = "Washington cut its military aid to Honduras on Friday."
    assert not _check(nlp, text, "aid")


def test_talks_walked_out_of_are_not_the_object(nlp: Any) -> None:
    text = "The rebels threatened to walk out of the peace talks with the government."
    assert not _check(nlp, text, "talks")


def test_object_of_threaten_itself_is_left_alone(nlp: Any) -> None:
    text = "The renewed shelling threatens the ceasefire agreed last month."
    assert not _check(nlp, text, "ceasefire")


def test_real_attack_beside_a_threat(nlp: Any) -> None:
    text = ("Militants attacked a police station in Peshawar on Monday and threatened to "
            "kill the hostages.")
    found = _events(text)
    assert found.get("attacked", ("",))[0] == "ASSAULT"
    assert found.get("threatened", ("",))[0] == "THREATEN"
