"""Wave 24 (ev24d), round 18 a#39: a lasting act or state the sentence tells the end of is no
event of its own type (sense.ended-state.v1); one that goes on, or an act of a day that
ended, keeps its event."""
import pytest

import dateline


def _types(text: str, word: str) -> list[tuple[str, str]]:
    record = dateline.extract(text, date="2024-03-04", min_confidence=0)
    return [(e.type, e.rule) for e in record.events
            if record.text[e.trigger.start:e.trigger.end].lower().startswith(word)]


@pytest.mark.parametrize(("text", "word"), [
    ("Prisoners were freed after the French military occupation came to an end in 1961.",
     "occupation"),
    ("The blockade of the harbour was over by Thursday, officials said.", "blockade"),
    ("The navy's blockade of the island ended in May.", "blockade"),
    ("The rebel government ended the blockade of the port on Tuesday.", "blockade"),
])
def test_ended_lasting_act_is_no_event(text: str, word: str) -> None:
    assert _types(text, word) == []


@pytest.mark.parametrize(("text", "word"), [
    ("The government extended the blockade of the port on Tuesday.", "blockade"),
    ("The soldiers clashed with the rebels; the clash ended with two dead.", "clash"),
])
def test_going_on_or_one_day_act_keeps_its_event(text: str, word: str) -> None:
    assert _types(text, word) != []
