"""Session 114: fixes found in judged rounds 41-134 (rounds 129-134 read as development items
for the first time). Sentences written for these tests.

- "X said the government had failed and called for elections": the parser joins "called" to the
  reported verb, not to "said"; the call is the speaker's (events.args.said-conjunct-speaker.v1).
  After a pluperfect only a verb of reaction is the speaker's ("said Syria had apologised" stays
  Syria's), and a speaker with no country leaves a reported state's act as it was.
- A concession or a spoken commitment ("conceded defeat", "promised to ...") under a coarse
  carried time is the story's news, like a statement: the document date
  (events.date.coarse-news-commitment.v2); a deed of agreement keeps no date.
- "Obama, on his first visit to China, said": a visit the actor is on is the news, not
  background (events.date.possessed-nominal.v2).
- "The vote on Tuesday was marred by violence in which several people were killed": the
  relative clause's act takes the time of the clause its happening is a party of
  (events.date.relative-antecedent-time.v1); not through "after".
- "Western diplomats in Kiev", a bare "diplomats": diplomats serve abroad, so the place they are
  in and the story's country are not theirs (actors.description.located-in.v7,
  events.args.article-country.v13).
- "Police said at least six officers had been killed": a harm reported in a pluperfect as the
  story's news, of the kind the lead tells on a past day, is the lead's incident and takes its
  day (events.date.lead-incident-reported.v1).
- "Abbott has promised to return the budget to surplus", after the lead: a background pledge of
  no given time, no date (events.date.perfect-promise.v1); in the lead it is the news.
- Rounds 135-136, read after they were judged: "twelve people were killed and around 50 injured
  on Monday evening" (events.date.elliptical-count.v1); "withdrew their ambassadors from
  Algiers" is a cut in relations (events.sanction.withdraw-envoy.v1); "promised Nepal help to
  fight the rebels" is a pledge of aid, not a threat (events.sense.promised-help.v1).
"""

from __future__ import annotations

from tests.event_records import countries_of, dates_by_trigger, names_of, record_of, trigger_event

SAID_CONJUNCT = "events.args.said-conjunct-speaker.v1"
COMMITMENT = "events.date.coarse-news-commitment.v2"
ANTECEDENT_TIME = "events.date.relative-antecedent-time.v1"
POSSESSED = "events.date.possessed-nominal.v2"
LEAD_REPORTED = "events.date.lead-incident-reported.v1"
PERFECT_PROMISE = "events.date.perfect-promise.v1"
ELECTION = "Gabriel Boric won the run-off in December 2022 with 56 percent of the vote. "


def test_a_call_joined_after_a_reported_pluperfect_is_the_speakers() -> None:
    record = record_of("Opposition leader Nikos Dendias said the government had lost the "
                       "trust of the people and called for early elections.")
    event = trigger_event(record, "called")
    assert names_of(record, event.source) == ["Nikos Dendias"]
    assert SAID_CONJUNCT in event.rule


def test_an_urging_joined_after_a_reported_future_is_the_speakers() -> None:
    record = record_of("Prime Minister Pedro Castillo said the government would not bow to "
                       "violence and urged the protesters to go home.")
    event = trigger_event(record, "urged")
    assert names_of(record, event.source) == ["Pedro Castillo"]


def test_an_accusation_joined_after_a_reported_progressive_is_the_speakers() -> None:
    record = record_of("Armenia's foreign ministry said the protesters were acting on the "
                       "orders of Baku and accused Azerbaijan of stoking unrest.")
    event = trigger_event(record, "accused")
    assert countries_of(record, event.source) == {"ARM"}
    assert countries_of(record, event.target) == {"AZE"}


def test_an_apology_that_may_share_the_pluperfect_stays_the_reported_partys() -> None:
    record = record_of("Turkish officials said Syria had acknowledged responsibility and "
                       "apologised through the United Nations.")
    event = trigger_event(record, "apologised")
    assert countries_of(record, event.source) == {"SYR"}
    assert SAID_CONJUNCT not in event.rule


def test_a_statement_whose_reported_subject_is_the_speaker_keeps_it() -> None:
    record = record_of("The ministry said it was deeply concerned and urged Serbia to show "
                       "restraint.")
    assert SAID_CONJUNCT not in trigger_event(record, "urged").rule


def test_a_speaker_with_no_country_leaves_a_reported_states_act() -> None:
    record = record_of("A spokesman said China would study the offer and supported any step "
                       "towards peace on the peninsula.")
    event = trigger_event(record, "supported")
    assert countries_of(record, event.source) == {"CHN"}


def test_a_concession_under_a_carried_month_takes_the_document_date() -> None:
    dates = dates_by_trigger(ELECTION + "Matthei conceded defeat and thanked her voters.")
    value, basis, rule = dates["conceded"]
    assert (value, basis) == ("2023-06-15", "document_date")
    assert COMMITMENT in rule


def test_a_promise_under_a_carried_month_takes_the_document_date() -> None:
    dates = dates_by_trigger(ELECTION + "Finance Minister Mario Marcel promised to seek "
                             "dialogue with the opposition.")
    assert dates["promised"][:2] == ("2023-06-15", "document_date")


def test_an_agreement_done_under_a_carried_month_stays_undated() -> None:
    dates = dates_by_trigger(ELECTION + "Congress agreed to raise taxes on mining companies.")
    value, _, rule = dates["agreed"]
    assert value is None
    assert COMMITMENT not in rule


def test_a_visit_the_actor_is_on_is_the_news() -> None:
    dates = dates_by_trigger("Obama, on his first visit to China, said the two nations could "
                             "achieve more together.")
    value, basis, rule = dates["visit"]
    assert (value, basis) == ("2023-06-15", "document_date")
    assert POSSESSED not in rule


def test_a_visit_referred_to_by_its_possessor_stays_background() -> None:
    dates = dates_by_trigger("Relations soured after Obama's visit to Beijing.")
    value, _, rule = dates["visit"]
    assert value is None
    assert POSSESSED in rule


def test_a_killing_in_violence_that_marred_a_dated_vote_takes_its_day() -> None:
    dates = dates_by_trigger("The vote on Tuesday was marred by violence in which several "
                             "people were killed.")
    value, _, rule = dates["killed"]
    assert value == "2023-06-13"
    assert ANTECEDENT_TIME in rule


def test_a_killing_in_an_attempt_before_a_dated_arrest_stays_undated() -> None:
    dates = dates_by_trigger("Police detained 2,800 soldiers on Saturday, hours after a coup "
                             "attempt in which 290 people were killed.")
    assert dates["killed"][0] is None


def test_diplomats_in_a_capital_are_not_the_hosts() -> None:
    record = record_of("Western diplomats in Kiev called for calm on Monday.")
    event = trigger_event(record, "called")
    assert countries_of(record, event.source) == {None}


def test_diplomats_from_a_country_are_that_countrys() -> None:
    record = record_of("Diplomats from Britain met Indian officials in Srinagar.")
    event = trigger_event(record, "met")
    assert countries_of(record, event.source) == {"GBR"}


def test_a_reported_toll_after_a_dated_lead_takes_the_leads_day() -> None:
    dates = dates_by_trigger("Rioters set fire to shops in Kabul on Tuesday after a military "
                             "truck crashed into traffic.\n\nThe government imposed a curfew "
                             "across the city.\n\nOfficials at the Health Ministry said at "
                             "least 14 people had been killed.")
    value, _, rule = dates["killed"]
    assert value == "2023-06-13"
    assert LEAD_REPORTED in rule


def test_a_reported_toll_with_no_dated_lead_keeps_the_document_date() -> None:
    dates = dates_by_trigger("Rioters set fire to shops in Kabul after a military truck "
                             "crashed into traffic. Officials at the Health Ministry said at "
                             "least 14 people had been killed.")
    value, _, rule = dates["killed"]
    assert value == "2023-06-15"
    assert LEAD_REPORTED not in rule


PLEDGE = ("Tony Abbott won Saturday's election in a landslide, ending six years of Labor rule."
          "\n\nTony Abbott has promised to return the budget to surplus and cut red tape.")


def test_a_promise_told_in_the_present_perfect_after_the_lead_has_no_date() -> None:
    value, _, rule = dates_by_trigger(PLEDGE)["promised"]
    assert value is None
    assert PERFECT_PROMISE in rule


def test_a_promise_told_in_the_present_perfect_in_the_lead_is_the_news() -> None:
    value, _, rule = dates_by_trigger("Tony Abbott has promised to return the budget to "
                                      "surplus and cut red tape.")["promised"]
    assert value == "2023-06-15"
    assert PERFECT_PROMISE not in rule


def test_a_vow_of_force_in_the_present_perfect_keeps_the_document_date() -> None:
    text = ("Rebels seized the eastern port of Brega on Saturday after heavy fighting.\n\n"
            "In Tripoli, Muammar Gaddafi has vowed to fight on.")
    value, _, rule = dates_by_trigger(text)["vowed"]
    assert value == "2023-06-15"
    assert PERFECT_PROMISE not in rule


def test_a_count_and_participle_joined_to_a_toll_share_its_day() -> None:
    # events.date.elliptical-count.v1: the parser makes "50" the conjunct and hangs "injured"
    # on it; "on Monday evening" dates the killing too.
    value, _, rule = dates_by_trigger("Twelve people were killed and around 50 injured on Monday "
                                      "evening when a truck ploughed into crowds.")["killed"]
    assert (value or "")[:10] == "2023-06-12"
    assert "events.date.elliptical-count.v1" in rule


def test_envoys_withdrawn_are_a_cut_in_relations() -> None:
    record = record_of("Mali and Niger withdrew their ambassadors from Algiers on Monday.")
    event = trigger_event(record, "withdrew")
    assert (event.type, event.rule.split("+")[0]) == ("SANCTION",
                                                       "events.sanction.withdraw-envoy.v1")
    assert countries_of(record, event.target) == {"DZA"}


def test_troops_withdrawn_stay_a_retreat() -> None:
    record = record_of("Russia withdrew its troops from Georgia on Monday.")
    assert trigger_event(record, "withdrew").type == "RETREAT"


def test_help_promised_against_rebels_is_a_pledge_of_aid() -> None:
    record = record_of("Washington has promised Nepal help to fight the rebels.")
    event = trigger_event(record, "promised")
    assert event.type == "AGREE"
    assert "events.sense.promised-help.v1" in event.rule
    assert countries_of(record, event.target) == {"NPL"}


def test_a_vow_to_crush_rebels_stays_a_threat() -> None:
    record = record_of("President Ali Abdullah Saleh vowed to crush the rebels.")
    assert trigger_event(record, "vowed").type == "THREATEN"
