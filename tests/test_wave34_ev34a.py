"""Wave 34, ev34a: a person whose name the recogniser missed but whose given name the lexicon
lists is an actor (``actors.person.listed-given-name.v2``)."""

from __future__ import annotations

from typing import Any

from dateline import extract

RULE = "actors.person.listed-given-name.v2"


def _record(text: str) -> dict[str, Any]:
    record: dict[str, Any] = extract(text, date="2023-06-15").to_dict()
    return record


def _names(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {actor["name"]: actor for actor in record["actors"]}


def test_missed_name_with_listed_given_name_is_a_person(nlp: Any) -> None:
    # "Theresa May", this test's first name, is in the leaders dictionary, which since session
    # 116 reads untagged leaders' names first (actors.person.unlabelled-leader.v1); a name no
    # dictionary lists is still this rule's
    record = _record("The Chilean envoy refused to meet Theresa June in Lima.")
    actor = _names(record).get("Theresa June")
    assert actor is not None and actor["kind"] == "person" and actor["rule"] == RULE


def test_missed_leaders_name_is_a_person(nlp: Any) -> None:
    record = _record("The Chilean envoy refused to meet Theresa May in Lima.")
    actor = _names(record).get("Theresa May")
    assert actor is not None and actor["kind"] == "person" and actor["country"] == "GBR"


def test_missed_person_is_the_target_of_a_refusal(nlp: Any) -> None:
    record = _record("The Chilean envoy refused to meet Theresa May in Lima.")
    names = {a["id"]: a["name"] for a in record["actors"]}
    targets = [names[i] for e in record["events"] for i in e["target"]]
    assert "Theresa May" in targets


def test_unlisted_first_word_makes_no_person(nlp: Any) -> None:
    record = _record("The envoy visited Lake Como in May.")
    assert all(a["rule"] != RULE for a in record["actors"])


def test_given_name_before_a_place_word_makes_no_person(nlp: Any) -> None:
    record = _record("The envoy flew to the Caroline Islands on Monday.")
    assert all(a["rule"] != RULE for a in record["actors"])
