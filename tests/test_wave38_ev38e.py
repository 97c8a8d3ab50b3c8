"""Wave 38, ev38e: a "since" time is the start of a run or a point of comparison, not an act's date.

- events.date.since-span.v1: an act hanging on a clause whose "since" phrase holds its only time
  ("have been protesting since June 2012, demanding ...", "has since 2010 denied taking ...") is
  dated as the run: the document date while still going on (present perfect progressive), else no
  date; so are earlier verbs of a list the phrase closes ("have been killed, arrested and
  intimidated since 2002").
- events.date.since-reference.v1: "the first such attack since January", "the country's biggest
  since 2007": a "since" phrase a superlative or an ordinal ranks against dates nothing.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"  # a Thursday


def _dated(text: str) -> list[tuple[str, str, str | None, str]]:
    events = extract(text, date=DATE, min_confidence=0).to_dict()["events"]
    return [(e["type"], e["trigger"]["text"], e["date"]["value"], e["date"]["basis"])
            for e in events]


def _rules(text: str) -> list[str]:
    return [e["rule"] for e in extract(text, date=DATE, min_confidence=0).to_dict()["events"]]


def test_participle_of_a_progressive_run_takes_the_document_date(nlp: Any) -> None:
    # Not a protest's demand: since ev65b a protest folds its demand clause into the PROTEST, and
    # this test pins the date a demand takes from the run it hangs on.
    text = "The opposition has been campaigning in Bogota since June 2012, demanding the release " \
        "of jailed leaders."
    assert ("REQUEST", "demanding", DATE, "document_date") in _dated(text)
    assert any("events.date.since-span.v1" in r for r in _rules(text))


def test_complement_of_a_perfect_run_has_no_date(nlp: Any) -> None:
    dated = _dated("The army has since 2010 denied taking over land in the north.")
    assert [d[2:] for d in dated if d[1] == "taking"] == [(None, "unknown")]


def test_object_noun_of_a_progressive_run_takes_the_document_date(nlp: Any) -> None:
    dated = _dated("The United States has been leading airstrikes against the rebels since "
                   "August last year.")
    assert [d[2:] for d in dated if d[1] == "airstrikes"] == [(DATE, "document_date")]


def test_listed_perfects_closed_by_since_have_no_date(nlp: Any) -> None:
    dated = _dated("Activists have been assassinated, arrested, and intimidated since 2002.")
    assert {d[1]: d[2:] for d in dated} == {"assassinated": (None, "unknown"),
                                            "arrested": (None, "unknown"),
                                            "intimidated": (None, "unknown")}


def test_act_of_the_since_clause_keeps_its_time(nlp: Any) -> None:
    dated = _dated("Since September 1, when workers voted for a new wage system, there has been "
                   "fear of layoffs.")
    assert [d[2:] for d in dated if d[1] == "voted"] == [("2022-09-01", "explicit")]


def test_recent_run_keeps_its_day(nlp: Any) -> None:
    # A campaign, not a march: ev65b folds a protest's demand clause into the PROTEST.
    dated = _dated("Opposition lawmakers have been campaigning in Lima since Monday, demanding the "
                   "president resign.")
    assert [d[2:] for d in dated if d[1] == "demanding"] == [("2023-06-12", "explicit")]


def test_ranked_since_dates_nothing(nlp: Any) -> None:
    dated = _dated("Rebels attacked a navy ship near Aden on Monday. The attack was the first "
                   "by rebel fighters against a navy ship since January.")
    assert all(d[2] != "2023-01" for d in dated)
    assert ("ASSAULT", "attacked", "2023-06-12", "explicit") in dated


def test_unranked_since_on_a_perfect_still_starts_a_run(nlp: Any) -> None:
    dated = _dated("About 20 people have been arrested in Lima since March.")
    assert [d[2:] for d in dated if d[1] == "arrested"] == [(None, "unknown")]
