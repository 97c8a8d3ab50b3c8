"""Session 109: argument fixes found in judged rounds 41-106 (rounds 103-106 read as development
items for the first time).

- "Condemned attacks on civilians", "criticised the killing of two reporters": the victims of a
  censured harmful act are not the party censured (events.args.censured-harm-victim.v1); the
  doer, when named ("Israel's raids on Gaza"), stays.
- "Conceded defeat in the run-off to X": a "to" phrase on the concession, its object or the
  contest it names gives the winner (events.args.concession-winner.v4); "conceded in a speech to
  supporters" does not.
- "Officials it accuses of ...": a relative clause with no pronoun and no object of its own acts
  on the noun just before it (events.args.relative-object.v2); not a "where" clause or a
  pied-piped "under which" clause.
- A toll counted over a run of days, the run-up to an event or the days before it has no date
  (events.date.toll-span.v3); "in the first two days" keeps its date.
- "The 1994 genocide, in which ... were killed", "a short war in 1992 in which ...": the act of the
  relative clause takes the happening's time (events.date.dated-relative-head.v2).
- A statement told as the news keeps the document date though a relative clause on its speaker
  holds a time ("Aoun, who has lived in exile since 1991, called ...") or its object is dated
  by a possessive ("welcomed Sunday's decision"): events.date.coarse-news-statement.v3,
  events.date.flashback-news-statement.v3.
- "Came a month after Putin met Bush", "six years after commandos killed": a definite gap of weeks,
  months or years dates the earlier act that week, month or year (events.date.gap-after-coarse.v1);
  "days after", "less than a year after" leave it undated.
- The same article gives the same record whether it is a process's first or a later one: the
  places stage loads the gazetteer's country names before it reads which names act as parties
  (a first article kept "the freedoms of Hong Kong" as a place, later ones not).
"""

from __future__ import annotations

import json
import subprocess
import sys

from dateline import extract
from dateline.record import Actor, Event, Record

HARM_VICTIM = "events.args.censured-harm-victim.v1"
CONCESSION_WINNER = "events.args.concession-winner.v4"
RELATIVE_OBJECT = "events.args.relative-object.v2"
TOLL_SPAN = "events.date.toll-span.v3"
DATED_HEAD = "events.date.dated-relative-head.v2"
COARSE_NEWS = "events.date.coarse-news-statement.v3"
FLASHBACK_NEWS = "events.date.flashback-news-statement.v3"
GAP_COARSE = "events.date.gap-after-coarse.v1"


def _on(text: str, date: str = "2015-03-02") -> Record:
    record = extract(text, date=date, min_confidence=0)
    assert isinstance(record, Record)
    return record


def _event(record: Record, trigger: str) -> Event:
    found = next((e for e in record.events if e.trigger.text == trigger), None)
    assert found is not None, f"no event {trigger!r} in {[e.trigger.text for e in record.events]}"
    return found


def _targets(record: Record, event: Event) -> list[Actor]:
    actors = {a.id: a for a in record.actors}
    return [actors[t] for t in event.target]


def test_victims_of_a_condemned_attack_are_not_its_target() -> None:
    record = _on("The Kenyan president condemned attacks on aid workers in the north.")
    event = _event(record, "condemned")
    assert event.type == "ACCUSE"
    assert event.target == []
    assert HARM_VICTIM in event.rule


def test_victims_of_a_criticised_killing_are_not_its_target() -> None:
    record = _on("Britain criticised the killing of two Zimbabwean reporters in Harare.")
    event = _event(record, "criticised")
    assert not any("reporters" in a.name for a in _targets(record, event))
    assert HARM_VICTIM in event.rule


def test_the_named_doer_of_a_condemned_attack_stays_the_target() -> None:
    record = _on("Egypt condemned Israel's raids on Gaza.")
    event = _event(record, "condemned")
    assert "ISR" in {a.country for a in _targets(record, event)}


def test_a_concession_to_the_winner_of_a_run_off() -> None:
    record = _on("Daniel Ortega conceded defeat in the presidential run-off to Violeta Chamorro "
                 "on Monday.", date="1990-02-27")
    event = _event(record, "conceded")
    assert [a.name for a in _targets(record, event)] == ["Violeta Chamorro"]
    assert CONCESSION_WINNER in event.rule


def test_a_speech_to_supporters_names_no_winner() -> None:
    record = _on("The senator conceded defeat in a speech to supporters in Lima.")
    event = _event(record, "conceded")
    assert CONCESSION_WINNER not in event.rule


def test_officials_a_state_accuses_are_the_accused() -> None:
    record = _on("Kenya imposed travel bans on Somali officials it accuses of backing the militia.")
    event = _event(record, "accuses")
    assert [a.country for a in _targets(record, event)] == ["SOM"]
    assert RELATIVE_OBJECT in event.rule


def test_a_where_clause_acts_on_no_place() -> None:
    record = _on("The revolt began at a barracks outside Bamako, where soldiers started firing "
                 "into the air.", date="2012-03-22")
    event = _event(record, "started")
    assert RELATIVE_OBJECT not in event.rule
    assert event.target == []


def test_a_toll_over_the_run_up_to_a_vote_has_no_date() -> None:
    record = _on("Monitors said dozens of opposition activists had been detained in the run-up "
                 "to the election.", date="2011-11-29")
    event = _event(record, "detained")
    assert event.date.value is None
    assert TOLL_SPAN in event.rule


def test_a_toll_in_clashes_in_the_days_before_a_vote_has_no_date() -> None:
    record = _on("Officials said at least a dozen people were killed in clashes in the days "
                 "before the vote.", date="2007-04-23")
    event = _event(record, "killed")
    assert event.date.value is None
    assert TOLL_SPAN in event.rule


def test_a_toll_in_the_first_days_keeps_its_date() -> None:
    record = _on("Army officers said scores of rebels had been killed in the first two days.",
                 date="1995-03-21")
    assert TOLL_SPAN not in _event(record, "killed").rule


def test_an_act_in_a_relative_clause_on_a_year_named_war_takes_its_year() -> None:
    record = _on("The region broke away in a brief war in 1991 in which hundreds of people were "
                 "killed.", date="2006-09-18")
    assert _event(record, "killed").date.value == "1991"


def test_an_act_in_a_relative_clause_on_a_dated_genocide_takes_its_year() -> None:
    record = _on("He led the force that ended the 1994 genocide, in which about 800,000 people "
                 "were killed.", date="2015-12-20")
    event = _event(record, "killed")
    assert event.date.value == "1994"
    assert DATED_HEAD in event.rule


def test_a_time_in_a_relative_clause_on_the_speaker_does_not_undate_the_news() -> None:
    record = _on("Clashes broke out in September.\n\nThe opposition leader, who returned from "
                 "exile in 2015, condemned the violence.", date="2017-10-02")
    event = _event(record, "condemned")
    assert event.date.value == "2017-10-02"
    assert COARSE_NEWS in event.rule


def test_a_possessive_time_on_the_object_does_not_undate_the_reaction() -> None:
    record = _on("Talks had stalled for months.\n\nA government spokesman welcomed Sunday's "
                 "decision and said the talks should continue.", date="2000-09-10")
    event = _event(record, "welcomed")
    assert event.date.value == "2000-09-10"
    assert FLASHBACK_NEWS in event.rule


def test_a_gap_of_months_dates_the_earlier_act_to_its_month() -> None:
    record = _on("The summit came a month after President Jacques Chirac met Chancellor "
                 "Gerhard Schroeder in Nice.",
                 date="2001-07-16")
    event = _event(record, "met")
    assert event.date.value == "2001-06"
    assert GAP_COARSE in event.rule


def test_a_gap_of_years_counts_back_from_the_year_the_text_gives() -> None:
    record = _on("Ties were cut in 1988, a year after riots in Mecca left hundreds dead.",
                 date="2001-04-18")
    event = _event(record, "riots")
    assert event.date.value == "1987"


def test_a_gap_of_weeks_dates_the_earlier_act_to_its_week() -> None:
    record = _on("The deal came two weeks after rebels attacked the town.", date="2001-07-16")
    assert _event(record, "attacked").date.value == "2001-W27"


def test_a_rough_gap_leaves_the_earlier_act_undated() -> None:
    record = _on("The vote came less than a year after Israel pulled its troops out of Gaza.",
                 date="2006-06-26")
    event = _event(record, "pulled")
    assert event.date.value is None
    assert GAP_COARSE not in event.rule


TWICE_IN_A_NEW_PROCESS = """
import json, dateline
text = ("The ministers urged Beijing to respect the freedoms of Hong Kong and stressed "
        "peace across the Taiwan Strait.")
print(json.dumps([[p.name for p in dateline.extract(text, date="2021-06-14").places]
                  for _ in range(2)]))
"""


def test_a_process_first_article_gets_the_same_places_as_a_later_one() -> None:
    out = subprocess.run([sys.executable, "-c", TWICE_IN_A_NEW_PROCESS], capture_output=True,
                         text=True, check=True, timeout=300)
    first, second = json.loads(out.stdout.strip().splitlines()[-1])
    assert first == second
    assert "Taiwan Strait" in first
