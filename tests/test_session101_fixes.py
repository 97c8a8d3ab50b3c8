"""Session 101: argument fixes found in the dev judged rounds (41-64), and a lexicon guard.

- request.demand-withdrawal.v2: the "from" phrase of a withdrawal with its own mover ("the
  withdrawal of Russian forces from Chechnya", "Syria's withdrawal from Lebanon") is the place
  left, not a target (``clauses.departure_nouns``); with no mover the place still names whom.
- events.args.crowd.v2: a crowd is coded by the place it marches "through" or protests "on",
  and by "the city of X"; "on" had been read by YAML as the boolean true.
- events.frame.vow-retyped.v2: its "on" before a place was the same YAML boolean (the parser
  mostly reads "push on" as a particle, so no sentence here shows the change).
- Lexicon files refuse a word list holding a boolean (bare on/off/yes/no)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.errors import LexiconError
from dateline.lexicons import load_lexicon_yaml, read_user_lexicon
from tests.event_records import record_of, trigger_event


def _target_codes(text: str, trigger: str) -> list[str | None]:
    record = record_of(text)
    actors = {a.id: a for a in record.actors}
    return [actors[t].country for t in trigger_event(record, trigger).target]


@pytest.mark.parametrize("text, codes", [
    ("The African Union demanded the withdrawal of Ethiopian troops from Somalia.", ["ETH"]),
    ("Parliament demanded Armenia's pullout from the occupied districts of Azerbaijan.",
     ["ARM"]),
])
def test_a_withdrawal_with_its_own_mover_leaves_the_place_out(text: str,
                                                               codes: list[str]) -> None:
    assert _target_codes(text, "demanded") == codes


def test_a_withdrawal_with_no_mover_still_names_the_place_held() -> None:
    codes = _target_codes("Baku demanded an immediate withdrawal from Armenia.", "demanded")
    assert codes == ["ARM"]


@pytest.mark.parametrize("text, trigger, code", [
    ("Hundreds of demonstrators marched through Caracas on Sunday.", "marched", "VEN"),
    ("About two thousand farmers rallied in the city of Lahore on Friday.", "rallied", "PAK"),
])
def test_a_crowd_takes_the_country_of_the_town_it_protests_in(text: str, trigger: str,
                                                               code: str) -> None:
    record = record_of(text)
    actors = {a.id: a for a in record.actors}
    event = trigger_event(record, trigger)
    assert event.type == "PROTEST"
    assert [actors[s].country for s in event.source] == [code]


def test_a_lexicon_word_list_with_a_bare_on_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("clauses:\n  against_on_preps: [against, on]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="boolean true; quote the word"):
        read_user_lexicon(path)


def test_a_quoted_on_loads_as_the_word() -> None:
    assert load_lexicon_yaml("preps: [in, 'on']\n", "test") == {"preps": ["in", "on"]}


# Dates (rounds 65-68, read once their figures were reported).

@pytest.mark.parametrize("text", [
    # events.date.toll-total.v2: the run's own length is no time of the toll
    "Monitors say more than 30,000 people have been killed in the country's three-year war.",
    # events.date.counted-toll.v2: a count in round magnitudes is loose
    "Relief groups estimate that several hundred villagers have been killed.",
])
def test_a_toll_summed_over_a_run_has_no_date(text: str) -> None:
    event = trigger_event(record_of(text), "killed")
    assert (event.date.value, event.date.basis) == (None, "unknown")


def test_a_toll_of_one_named_day_keeps_it() -> None:
    event = trigger_event(record_of("Nine people have been killed in the violence on Tuesday."),
                          "killed")
    assert event.date.value == "2023-06-13"


@pytest.mark.parametrize("text", [
    # a trailing dated statement that goes on with a participle
    "Troops shelled the border town, the ministry said on Monday, raising fears of a wider war.",
    # the cue's subject parsed as conjuncts of the noun before the comma
    "Kenya closed its border with Somalia, officials and aid workers said on Monday.",
])
def test_an_act_told_by_a_dated_statement_takes_its_day(text: str) -> None:
    record = record_of(text)
    event = next(e for e in record.events if e.trigger.text in {"shelled", "closed"})
    assert event.date.value == "2023-06-12"


# Spurious MOBILIZE (rounds 63-70 judges: "no event" for each standing garrison).

@pytest.mark.parametrize("text", [
    "Around 4,000 Italian soldiers are stationed in the province.",
    "Japan, which has 900 troops stationed in the region, called for restraint.",
])
def test_a_standing_garrison_is_no_deployment(text: str) -> None:
    assert not [e for e in record_of(text).events if e.trigger.text == "stationed"]


@pytest.mark.parametrize("text", [
    "Moscow stationed long-range bombers in Belarus on Friday.",
    "Two hundred marines were stationed at the embassy last week.",
    "Moscow denounced Washington's plan to station 20 interceptors in Romania.",
])
def test_stationing_told_as_an_act_stays_an_event(text: str) -> None:
    events = [e for e in record_of(text).events if e.trigger.text.startswith("station")]
    assert [e.type for e in events] == ["MOBILIZE"]


# Analysts' readings (rounds 11, 57, 64, 70 judges: "no event" for each).

@pytest.mark.parametrize("text", [
    "Analysts warned that the split vote could delay the formation of a cabinet.",
    "Analysts blamed the defeat on low turnout in the cities.",
])
def test_an_analysts_reading_is_no_event(text: str) -> None:
    assert not [e for e in record_of(text).events
                if e.trigger.text in {"warned", "blamed"}]


def test_an_act_analysts_only_report_stays_an_event() -> None:
    event = trigger_event(record_of("Analysts said the army had shelled the border town."),
                          "shelled")
    assert event.type == "ASSAULT"
