"""Wave 52, ev52e: a first-person party of an act inside a quote (issue 11).

- events.args.quoted-first-person.v1: "me"/"us" that an act inside a direct quote is done to
  (its object, the subject of its passive, the object of "at"/"against"/"to"/...) is the quote's
  speaker, or for "us"/"we" the body the speaker speaks for, when the act has a source.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
RULE = "events.args.quoted-first-person.v1"


def _record(text: str) -> dict[str, Any]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    return record


def _event(text: str, trigger: str) -> tuple[dict[str, Any], dict[str, str]]:
    record = _record(text)
    names = {a["id"]: a["name"] for a in record["actors"]}
    found = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    assert len(found) == 1, found
    return found[0], names


def _targets(event: dict[str, Any], names: dict[str, str]) -> list[str]:
    return [names[t] for t in event["target"]]


def test_me_arrested_in_a_quote_is_the_speaker(nlp: Any) -> None:
    text = ('"The police arrested me without a warrant," opposition leader Juan Perez said on '
            'Monday.')
    event, names = _event(text, "arrested")
    assert _targets(event, names) == ["Juan Perez"]
    assert RULE in event["rule"]


def test_us_attacked_in_a_quote_is_the_speaker_without_a_body(nlp: Any) -> None:
    text = '"Hackers attacked us twice last month," energy minister Joao Borges said.'
    event, names = _event(text, "attacked")
    assert _targets(event, names) == ["Joao Borges"]
    assert RULE in event["rule"]


def test_us_of_a_body_speaker_is_the_body(nlp: Any) -> None:
    text = ('"The rebels shot at us during the night," the Mali army said in a statement.')
    event, _names = _event(text, "shot")
    assert event["target"] and RULE in event["rule"]
    assert event["target"] != event["source"]


def test_first_person_outside_a_quote_is_left(nlp: Any) -> None:
    event, _ = _event("The police arrested me without a warrant.", "arrested")
    assert event["target"] == []
    assert RULE not in event["rule"]


def test_named_target_in_a_quote_is_left(nlp: Any) -> None:
    text = '"The police arrested Ana Diaz without a warrant," opposition leader Juan Perez said.'
    event, names = _event(text, "arrested")
    assert _targets(event, names) == ["Ana Diaz"]
    assert RULE not in event["rule"]


def test_first_person_subject_is_not_made_target(nlp: Any) -> None:
    text = '"We arrested the suspect on Monday," police chief Juan Perez said.'
    event, _ = _event(text, "arrested")
    assert RULE not in event["rule"]


def test_a_speaker_target_does_not_make_an_act_stand(nlp: Any) -> None:
    # lead's narrowing after pairs52: the figurative "sending us a message" stood as CONSULT once
    # the speaker became its target; an indirect-object "us" (events.args.quoted-first-person-
    # recipient.v1) no longer makes an act that needs a target stand, nor makes it political
    text = ('The Sudanese army withdrew from the border town on Monday. "They are sending us a '
            'message with this withdrawal," Interior Minister Ivan Petrov said.')
    assert [e.type for e in extract(text, date=DATE, min_confidence=0).events] == ["RETREAT"]


def test_a_partner_us_still_makes_the_act_stand(nlp: Any) -> None:
    # "discuss with us": the pronoun is the act's partner, not a recipient of its object
    text = ('"Lavrov will be here later today to discuss with us the details of those talks," '
            'Kerry said.')
    events = [e for e in extract(text, date=DATE, min_confidence=0).events
              if e.trigger.text == "discuss"]
    assert [e.type for e in events] == ["CONSULT"]
    assert "events.args.quoted-first-person.v1" in events[0].rule
