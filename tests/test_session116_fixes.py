"""Session 116: target fixes found in judged rounds 41-144 (rounds 139-144 read as development
items for the first time). Sentences written for these tests.

- "Police fired tear gas to disperse opposition supporters": supporters are people a dispersal
  acts on, and a name further down the phrase does not hide them
  (events.args.dispersal-purpose.v2).
- "Estonia cut ties after protesters attacked its embassy in Minsk": an untargeted sanction takes
  the one other state its sentence names (events.args.sanction-counterpart.v1); not two states,
  not a court's sentence, not leaving talks.
- "an ambush that officials blamed on the Lord's Resistance Army": the party blamed stands in the
  "on" phrase of a relative clause (events.args.blamed-on.v1).
- "Umaro Sissoco Embalo accused ...": a leader's name the recogniser left untagged is a person
  (actors.person.unlabelled-leader.v1).
- "The government expelled three Russian diplomats" in a story filed from Chisinau, after
  "Moscow": not the government of a capital named abroad (``coref._by_institution``).
"""

from __future__ import annotations

from dateline import extract
from tests.event_records import countries_of, names_of, record_of, trigger_event

COUNTERPART = "events.args.sanction-counterpart.v1"
BLAMED_ON = "events.args.blamed-on.v1"
DISPERSAL = "events.args.dispersal-purpose.v2"


def test_supporters_dispersed_by_tear_gas_are_the_target() -> None:
    record = record_of("Kenyan police fired tear gas on Monday to disperse opposition supporters "
                       "marching in Kisumu.")
    event = trigger_event(record, "fired")
    assert names_of(record, event.target) == ["opposition supporters"]
    assert DISPERSAL in event.rule


def test_a_place_in_the_dispersed_phrase_does_not_hide_the_people() -> None:
    record = record_of("Riot police fired tear gas to disperse several hundred people who had "
                       "gathered near Independence Square in Kiev.")
    event = trigger_event(record, "fired")
    assert names_of(record, event.target) == ["several hundred people"]
    assert DISPERSAL in event.rule


def test_a_cut_in_ties_takes_the_one_other_state_named() -> None:
    record = record_of("Estonia cut diplomatic ties in March after protesters attacked its "
                       "embassy in Belarus.")
    event = trigger_event(record, "cut")
    assert names_of(record, event.target) == ["Belarus"]
    assert COUNTERPART in event.rule


def test_a_recalled_envoy_takes_the_state_of_the_cause() -> None:
    record = record_of("Chile recalled its ambassador for consultations after Peruvian police "
                       "detained two Chilean sailors.")
    event = trigger_event(record, "recalled")
    assert countries_of(record, event.target) == {"PER"}
    assert COUNTERPART in event.rule


def test_two_other_states_leave_the_sanction_without_a_target() -> None:
    record = record_of("Estonia cut diplomatic ties after Russian troops crossed into Latvia.")
    event = trigger_event(record, "cut")
    assert event.target == []
    assert COUNTERPART not in event.rule


def test_leaving_talks_takes_no_counterpart_from_a_third_state() -> None:
    record = record_of("Vietnam pulled out of the talks in May, citing fears of cheap Thai rice.")
    event = trigger_event(record, "pulled")
    assert COUNTERPART not in event.rule


def test_a_court_sentence_takes_no_counterpart() -> None:
    record = record_of("A Moscow court sentenced him to nine years in prison on Tuesday, a "
                       "verdict Germany called political.")
    events = [e for e in record.events if e.trigger.text == "sentenced"]
    assert all(COUNTERPART not in e.rule for e in events)


def test_an_attack_blamed_on_a_group_in_a_relative_clause() -> None:
    record = record_of("Ten soldiers died in an ambush that Ugandan officials blamed on the "
                       "Lord's Resistance Army.")
    event = trigger_event(record, "blamed")
    assert names_of(record, event.target) == ["Lord's Resistance Army"]
    assert BLAMED_ON in event.rule


def test_a_blame_on_a_thing_takes_no_target() -> None:
    record = record_of("The Ugandan president blamed the defeat on the weather.")
    events = [e for e in record.events if e.trigger.text == "blamed"]
    assert all(BLAMED_ON not in e.rule for e in events)


def test_an_untagged_leaders_name_is_the_doer() -> None:
    record = record_of("Umaro Sissoco Embalo accused his opponents on Tuesday of trying to steal "
                       "the election.")
    event = trigger_event(record, "accused")
    assert names_of(record, event.source) == ["Umaro Sissoco Embalo"]
    leader = record.actor(event.source[0])
    assert leader is not None and leader.country == "GNB"
    assert "actors.person.unlabelled-leader.v1" in (leader.rule or "")


def test_a_run_of_names_that_is_no_listed_leader_stays_untagged() -> None:
    record = record_of("Umaro Sissoco Embalo Street was closed on Tuesday.")
    assert all("unlabelled-leader" not in (a.rule or "") for a in record.actors)


MOLDOVA = ("CHISINAU, June 15 (wire) - Moldova's parliament backed a new cabinet on Thursday. "
           "Moscow has criticised the vote. Officials said membership talks with Brussels would "
           "open next year. The government expelled three Russian diplomats on Monday.")


def test_the_government_of_a_story_filed_at_home_is_not_a_capital_named_abroad() -> None:
    record = extract(MOLDOVA, date="2023-06-15", min_confidence=0)
    event = trigger_event(record, "expelled")
    assert "RUS" not in countries_of(record, event.source)
    criticised = trigger_event(record, "criticised")
    assert countries_of(record, criticised.source) == {"RUS"}


SRI_LANKA = ("Sri Lanka's parliament approved a peace plan on Thursday, and Sri Lanka's president "
             "welcomed the vote. Washington has backed the talks. Officials said donors would "
             "meet next month. The government and the rebels signed a ceasefire in February "
             "last year.")


def test_the_government_of_a_story_is_not_a_capital_its_lead_does_not_name() -> None:
    record = extract(SRI_LANKA, date="2023-06-15", min_confidence=0)
    event = trigger_event(record, "ceasefire")
    assert countries_of(record, event.source) == {"LKA"}
    backed = trigger_event(record, "backed")
    assert countries_of(record, backed.source) == {"USA"}


def test_a_party_added_to_a_sanctions_list_is_sanctioned() -> None:
    record = record_of("The U.N. Security Council added the militant commander to its sanctions "
                       "list on Wednesday.")
    event = trigger_event(record, "added")
    assert event.type == "SANCTION"
    assert "events.sanction.add-to-list.v1" in event.rule


def test_a_terrorist_designation_targets_the_party_not_the_label() -> None:
    record = record_of("The United States designated the Houthis a foreign terrorist "
                       "organisation on Friday.")
    event = trigger_event(record, "designated")
    assert event.type == "SANCTION"
    assert names_of(record, event.target) == ["Houthis"]
    assert "events.args.designation-label.v1" in event.rule


def test_listings_with_no_sanction_word_are_no_event() -> None:
    for text in ("He added his name to the list of candidates on Monday.",
                 "The government designated Sunday a national day of mourning.",
                 "The opposition listed its demands on Tuesday."):
        assert all(e.type != "SANCTION" for e in record_of(text).events), text
