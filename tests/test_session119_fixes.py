"""Session 119: fixes found in judged rounds 41-164 (rounds 161-164 read as development items for
the first time). Sentences written for these tests.

- "Mahathir called for him to step down": an object-case pronoun that is the subject of a
  "for ... to" clause is not the asker; "X, once Y's mentor and now his fiercest critic": a
  possessive on a noun of relation inside an apposition is not the person it describes
  (actors.pronoun.disjoint.v2).
- "promised to be a president for all Czechs", "pledged to govern for all Bolivians": the people
  a promise serves "all" of is its target (events.args.promised-public.v1).
- Lexicon files are read through libyaml's safe loader when PyYAML has it: the same data as
  ``yaml.safe_load`` (dateline.yamlio).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from dateline.yamlio import SAFE_LOADER, safe_load
from tests.event_records import countries_of, names_of, record_of, trigger_event

PUBLIC = "events.args.promised-public.v1"
LEXICON = Path(__file__).resolve().parents[1] / "src" / "dateline" / "lexicon"


def test_a_for_clause_pronoun_is_not_the_asker() -> None:
    record = record_of("Prime Minister Karl Brenner faced new pressure on Thursday. Former "
                       "chancellor Otto Weiss, once Brenner's mentor and now his fiercest critic, "
                       "called for him to step down.")
    event = trigger_event(record, "called")
    assert names_of(record, event.source) == ["Otto Weiss"]
    assert names_of(record, event.target) == ["Karl Brenner"]


def test_a_for_clause_noun_is_still_the_party_asked() -> None:
    record = record_of("The opposition leader Anna Berg called for the Finnish government to "
                       "resign.")
    event = trigger_event(record, "called")
    assert countries_of(record, event.target) == {"FIN"}


def test_a_reported_pronoun_is_still_the_speaker() -> None:
    record = record_of("Otto Weiss said on Monday that he would ask the court to free the "
                       "prisoners.")
    event = trigger_event(record, "ask")
    assert names_of(record, event.source) == ["Otto Weiss"]


def test_a_promise_to_serve_all_of_a_people_names_them() -> None:
    record = record_of("The Czech president-elect promised to be a president for all Czechs.")
    event = trigger_event(record, "promised")
    assert (event.type, countries_of(record, event.target)) == ("AGREE", {"CZE"})
    assert PUBLIC in event.rule


def test_a_promise_to_govern_for_all_of_a_counted_people() -> None:
    record = record_of("The new Brazilian president pledged to govern for all 215 million "
                       "Brazilians.")
    event = trigger_event(record, "pledged")
    assert countries_of(record, event.target) == {"BRA"} and PUBLIC in event.rule


def test_a_promise_to_all_of_no_people_names_no_one() -> None:
    record = record_of("The French president promised to be the president of all and to respond "
                       "to the anger of voters.")
    event = trigger_event(record, "promised")
    assert PUBLIC not in event.rule


def test_a_promise_with_a_target_keeps_it() -> None:
    record = record_of("The German chancellor promised Ukraine to send more air defence systems "
                       "for all Ukrainians.")
    event = trigger_event(record, "promised")
    assert PUBLIC not in event.rule and "UKR" in countries_of(record, event.target)


def test_the_fast_loader_reads_every_lexicon_file_as_safe_load_does() -> None:
    files = sorted(LEXICON.rglob("*.yaml"))
    assert len(files) > 20
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert safe_load(text) == yaml.safe_load(text), path.name
    assert SAFE_LOADER is getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# --- second part (rounds 165-168 read as development items) ------------------------------------

AUTHOR = "events.args.measure-author.v1"


def test_a_rejected_decree_by_a_named_author_aims_at_the_author() -> None:
    record = record_of("The Kuwaiti emir Sheikh Jaber dissolved parliament on Monday. Kuwaiti "
                       "lawmakers rejected a similar decree by the emir in 1999.")
    event = trigger_event(record, "rejected")
    assert countries_of(record, event.target) == {"KWT"} and AUTHOR in event.rule
    author = record.actor(event.target[0])
    assert author is not None and author.kind == "person"


def test_a_measure_passed_by_a_margin_names_no_author() -> None:
    record = record_of("The Kuwaiti parliament approved the budget by a wide margin on Monday.")
    event = trigger_event(record, "approved")
    assert not event.target and AUTHOR not in event.rule


def test_two_leaders_who_met_are_the_pair_that_agreed() -> None:
    record = record_of("Indian Prime Minister Manmohan Singh met Pakistani President Pervez "
                       "Musharraf in Havana on Saturday. The two leaders agreed to resume talks.")
    event = trigger_event(record, "agreed")
    assert set(names_of(record, event.source)) == {"Manmohan Singh", "Pervez Musharraf"}
    assert "events.args.met-pair.v1" in event.rule


def test_a_leader_who_visited_a_place_makes_no_pair() -> None:
    record = record_of("Chadian President Idriss Deby visited Khartoum this month, and the two "
                       "governments agreed to stop supporting each other's rebels.")
    event = trigger_event(record, "agreed")
    assert "events.args.met-pair.v1" not in event.rule


def test_a_possessive_on_a_non_relational_noun_keeps_its_owner() -> None:
    record = record_of("Anna Petrova, a Russian journalist known for her reporting on abuses in "
                       "Chechnya and her criticism of President Vladimir Putin, was shot dead in "
                       "the lift of her Moscow apartment building on Saturday, police said.")
    event = trigger_event(record, "criticism")
    assert names_of(record, event.target) == ["Vladimir Putin"]
    assert event.source and "Vladimir Putin" not in names_of(record, event.source)
