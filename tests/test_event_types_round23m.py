"""Round 18's judges: defending one's own course is no SUPPORT (sense.defend-own-course.v1);
a crowd's stones are a riot (sense.crowd-throwing.v1)."""
import pytest

import dateline


def _types(text: str, lemma: str) -> list[tuple[str, str]]:
    record = dateline.extract(text, date="2024-03-04", min_confidence=0)
    return [(e.type, e.rule) for e in record.events
            if record.text[e.trigger.start:e.trigger.end].lower().startswith(lemma)]


@pytest.mark.parametrize("text", [
    "The prime minister defended his call for the ambassador to resign.",
    "Ruritania's foreign minister on Monday defended the new measures before parliament.",
    "The president defended the decision to close the border, saying it saved lives.",
])
def test_own_course_defended_is_no_support(text: str) -> None:
    assert not any(t == "SUPPORT" for t, _ in _types(text, "defend"))


def test_another_partys_actions_defended_stay_support() -> None:
    types = _types("The foreign minister defended Israel's actions in Gaza on Monday.", "defend")
    assert any(t == "SUPPORT" for t, _ in types)


def test_defending_a_party_stays_support() -> None:
    text = "The ambassador defended the Ruritanian government against the charges."
    types = _types(text, "defend")
    assert any(t == "SUPPORT" for t, _ in types)


@pytest.mark.parametrize("text", [
    "Protesters threw stones and petrol bombs at the police in the capital on Sunday.",
    "Demonstrators hurled rocks at the governor's office on Monday.",
])
def test_crowd_throwing_is_a_riot(text: str) -> None:
    record = dateline.extract(text, date="2024-03-04", min_confidence=0)
    riots = [e for e in record.events if e.type == "PROTEST" and e.mode == "riot"]
    assert [e.rule.split("+")[0] for e in riots] == ["events.sense.crowd-throwing.v1"]
    assert not any(e.type == "ASSAULT" for e in record.events)


def test_soldiers_throwing_grenades_stay_an_assault() -> None:
    record = dateline.extract("Soldiers threw grenades at the rebel positions.", date="2024-03-04",
                              min_confidence=0)
    assert [e.type for e in record.events] == ["ASSAULT"]
