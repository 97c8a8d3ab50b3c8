"""Wave 44, ev44c: the subject of a verb that observes, tells of, meets or labels a nominal event
is not its source (events.args.observed-act.v2 since wave 45, module ``event_observed_acts``).

"journalists documented the protests", "the agency reported 300 attacks", "he told the rally",
"called the arrests a tragedy": the subject looks on or judges; the source is then the noun's
own party ("a police crackdown") or none; since v2 (wave 45) an arrest, attack or protest
looked on stands with no source (tests/test_wave45_ev45a.py); one labelled or spoken to is still
not made. Near misses: a
verb of doing ("launched a strike", "began a march"), a labelling verb with no label ("called
a general strike"), a reacting verb handled before (ACCUSE/REJECT).
"""

from __future__ import annotations

from typing import Any

from tests.event_records import named_events

RULE = "events.args.observed-act.v2"


def _triggers(text: str) -> list[str]:
    return [e[1] for e in named_events(text)]


def test_documented_protests_have_no_journalist_source(nlp: Any) -> None:
    text = "Russian journalists documented the protests in Kyiv on Monday."
    [(kind, _, source, _, rule)] = [e for e in named_events(text) if e[1] == "protests"]
    assert (kind, source) == ("PROTEST", []) and RULE in rule.split("+")


def test_reported_attacks_have_no_reporter_source(nlp: Any) -> None:
    [(kind, _, source, _, _)] = [
        e for e in named_events("The U.N. agency reported more than 300 attacks in 2004.")
        if e[1] == "attacks"]
    assert (kind, source) == ("ASSAULT", [])


def test_told_rally_is_not_the_speakers_protest(nlp: Any) -> None:
    assert "rally" not in _triggers("Romney told an energetic rally in Michigan that he would win.")


def test_labelled_arrests_have_no_labeller_source(nlp: Any) -> None:
    text = "Former Hawaii Gov. Linda Lingle called the arrests a tragedy for the state."
    assert "arrests" not in _triggers(text)


def test_labelled_crackdown_keeps_its_own_party(nlp: Any) -> None:
    text = ("Protesters gathered in Jakarta on Monday. The protesters were outraged by what "
            "they called a police crackdown on demonstrators late on Monday.")
    [(kind, _, source, target, rule)] = [e for e in named_events(text) if e[1] == "crackdown"]
    assert (kind, [name for name, _ in source]) == ("COERCE", ["police"])
    assert [name for name, _ in target] == ["demonstrators"]
    assert RULE in rule.split("+")


def test_launched_strike_keeps_its_subject(nlp: Any) -> None:
    [(kind, _, source, _, rule)] = [
        e for e in named_events("Teachers in Micronesia launched a wildcat general strike Tuesday.")
        if e[1] == "strike"]
    assert (kind, source) == ("PROTEST", [("Micronesia teachers", "FSM")])
    assert RULE not in rule.split("+")


def test_call_without_label_names_the_striker(nlp: Any) -> None:
    [(kind, trigger, source, _, rule)] = named_events(
        "The teachers union called a general strike on Monday.")
    assert (kind, trigger, source) == ("PROTEST", "called", [("teachers union", None)])
    assert RULE not in rule.split("+")


def test_began_march_keeps_its_subject(nlp: Any) -> None:
    [(kind, _, source, _, rule)] = [
        e for e in named_events("Protesters began a march from Brooklyn to Washington Square Park.")
        if e[1] == "march"]
    assert kind == "PROTEST" and [name for name, _ in source] == ["Protesters"]
    assert RULE not in rule.split("+")


def test_speaker_to_a_meeting_takes_part_in_it(nlp: Any) -> None:
    [(kind, _, source, _, rule)] = [
        e for e in named_events("The minister told a meeting with soccer leaders that he was "
                                "sorry.") if e[1] == "meeting"]
    assert kind == "CONSULT" and [name for name, _ in source] == ["minister"]
    assert RULE not in rule.split("+")
