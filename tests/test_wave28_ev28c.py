"""Wave 28 (ev28c) dates of acts the text dates elsewhere than on their own verb: the happening
an act is done in (events.date.dated-setting-noun.v1) and a definite noun that tells a dated act
again (events.date.retold-noun.v1)."""

from __future__ import annotations

import pytest

from dateline import extract

SETTING_NOUN_RULE = "events.date.dated-setting-noun.v1"
RETOLD_RULE = "events.date.retold-noun.v1"


def _dates(text: str) -> dict[str, tuple[str | None, str, str]]:
    record = extract(text, date="2023-06-15")
    return {event.trigger.text: (event.date.value, event.date.basis, event.rule)
            for event in record.events}


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("Two guards were killed in an incident that occurred on March 4 near the border.",
     "killed", "2023-03-04"),
    ("Police arrested dozens of students during the 2011 uprising, the report said.",
     "arrested", "2011"),
])
def test_an_act_done_in_a_dated_happening_takes_its_date(nlp, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                                         value: str) -> None:
    found = _dates(text)[trigger]
    assert found[0] == value and found[1] == "explicit" and SETTING_NOUN_RULE in found[2]


def test_the_start_of_a_long_happening_dates_no_act_in_it(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _dates("Two soldiers were killed in a war that began in 2011.")["killed"]
    assert found[0] != "2011" and SETTING_NOUN_RULE not in found[2]


def test_a_definite_noun_tells_the_dated_act_again(nlp) -> None:  # type: ignore[no-untyped-def]
    # Since wave 60 the retelling is no event of its own: it folds into the act it tells again
    # (events.repeat.anaphoric-subject), which keeps its Friday; wave 28 dated it as a second event.
    record = extract("Gunmen attacked a police station in the north of the country on Friday.\n"
                     "The attack is thought to be the work of a local militia.", date="2023-06-15")
    assert [(e.trigger.text, e.date.value) for e in record.events] == [("attacked", "2023-06-09")]
    assert "events.repeat.anaphoric-subject.v2" in record.events[0].rule


def test_a_planned_act_is_not_told_again_as_done(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _dates("Police plan to impose a curfew in the capital on Friday.\n"
                   "The curfew angered shop owners.")["curfew"]
    assert found[0] == "2023-06-15" and RETOLD_RULE not in found[2]
