"""Round 18's judges: defending one's own course is no SUPPORT (sense.defend-own-course.v1)."""
import pytest

import dateline


def _types(text: str, lemma: str) -> list[tuple[str, str]]:
    record = dateline.extract(text, date="2024-03-04")
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
