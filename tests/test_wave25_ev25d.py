"""Wave 25 (ev25d) dates: an act told in a relative clause of a dated happening takes that
happening's time (events.date.dated-relative-head.v2); a toll coordinated with a second passive
takes the week or the as/when clause that closes the second (events.date.conjunct-clause-time.v1);
a definite event noun of the story's body goes back to the lead's dated incident
(events.date.lead-incident-noun.v1)."""

from __future__ import annotations

import pytest

from tests.event_records import dates_by_trigger as _dates

HEAD_RULE = "events.date.dated-relative-head.v2"
CONJUNCT_RULE = "events.date.conjunct-clause-time.v1"
LEAD_NOUN_RULE = "events.date.lead-incident-noun.v1"




@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("Envoys met on Sunday after a skirmish last week in which two border guards were killed.",
     "killed", "2023-W23"),
    ("Talks stalled after an ambush on a convoy in March in which rebels killed nine soldiers.",
     "killed", "2023-03"),
    ("Talks resumed after an incident on Monday in which police arrested six activists.",
     "arrested", "2023-06-12"),
])
def test_a_relative_clause_of_a_dated_happening_takes_its_time(
        nlp, text: str, trigger: str, value: str) -> None:  # type: ignore[no-untyped-def]
    found = _dates(text)[trigger]
    assert found[0] == value and HEAD_RULE in found[2]


def test_a_relative_clause_of_an_undated_happening_is_not_dated_by_it(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _dates("Talks resumed after an incident in which police arrested six activists.")
    assert HEAD_RULE not in found["arrested"][2]


def test_a_relative_clause_on_a_party_is_not_dated_by_its_time(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _dates("Envoys praised the council in May, which condemned the arrests.")
    assert all(HEAD_RULE not in rule for _, _, rule in found.values())


@pytest.mark.parametrize(("text", "value"), [
    ("Four miners were killed and dozens were injured last week in the clashes at the pit.",
     "2023-W23"),
    ("Three villagers were shot and two others were wounded as gunmen stormed the market on "
     "Sunday.", "2023-06-11"),
])
def test_a_toll_takes_the_time_closing_its_conjunct(nlp, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    found = next(v for k, v in _dates(text).items() if k in {"killed", "shot"})
    assert found[0] == value and CONJUNCT_RULE in found[2]


def test_a_conjunct_with_a_subject_doing_another_act_shares_no_time(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _dates("Police arrested the mayor and he resigned last week.")
    assert found["arrested"][0] == "2023-06-15" and CONJUNCT_RULE not in found["arrested"][2]


LEAD = ("Gunmen killed five farmers on Monday in a village near the border, police said.\n"
        "Residents gathered in the square to mourn the dead.\n"
        "The mayor said on the radio that help would come soon.\n")


def test_a_definite_noun_of_the_leads_kind_takes_the_leads_day(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _dates(LEAD + "Officials said the killings took place near the old market.\n")
    assert found["killings"][:2] == ("2023-06-12", "narrative")
    assert LEAD_NOUN_RULE in found["killings"][2]


def test_an_indefinite_noun_is_a_new_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _dates(LEAD + "Officials said a new attack took place near the old market.\n")
    assert LEAD_NOUN_RULE not in found["attack"][2]


def test_a_verb_of_a_relative_clause_in_the_lead_dates_no_later_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Riot police fired tear gas at mourners of a farmer who was shot dead on Sunday.\n"
            "Residents gathered in the square to mourn the dead.\n"
            "The mayor said on the radio that help would come soon.\n"
            "Officials said the shooting took place near the old market.\n")
    found = _dates(text)
    assert LEAD_NOUN_RULE not in found["shooting"][2]
