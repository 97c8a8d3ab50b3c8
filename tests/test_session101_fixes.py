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
