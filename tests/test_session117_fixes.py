"""Session 117: target fixes found in judged rounds 41-148 (rounds 145-148 read as development
items for the first time). Sentences written for these tests.

- "His bodyguard was killed": the people of a person's entourage are the party acted on,
  not the owner the possessive names (events.args.entourage-victim.v1); they share the owner's
  country (events.args.possessor-group-country.v3), and a person named beside the noun is that
  person (actors.description.kin-apposition.v2).
- "Canada, Haiti's main donor, welcomed the vote": the apposition that calls the welcomer
  another state's partner names the state the welcome is for (events.args.apposed-partner.v1);
  not a condemnation, which is aimed at the partner's foes.
- "withdrew the first banknotes from a cash machine" is no RETREAT (sense.cash-withdrawal.v1);
  "struck nine candidates from the ballot" is no ASSAULT (sense.struck-from-list.v1).
- Second part (rounds 149-152 read as development items): "the government and the country's
  main rebel movement signed" makes the movement the other signatory, of the state's country
  (events.args.unnamed-cosigner.v1, cosigner-country.v1); "recalled its ambassador from Lima"
  aims at Peru (events.args.recall-own-envoy.v3).
"""

from __future__ import annotations

from tests.event_records import countries_of, names_of, record_of, trigger_event

ENTOURAGE = "events.args.entourage-victim.v1"
PARTNER = "events.args.apposed-partner.v1"


def test_a_bodyguard_killed_is_the_target_not_his_employer() -> None:
    record = record_of("Gunmen ambushed the convoy of Senator Ruben Ocampo outside Cali on "
                       "Friday.\n\nOcampo's bodyguard was killed.")
    event = trigger_event(record, "killed")
    assert names_of(record, event.target) == ["Ocampo's bodyguard"]
    assert ENTOURAGE in event.rule


def test_clients_said_to_be_tortured_are_the_target_not_their_lawyers() -> None:
    record = record_of("Defence lawyers in Sanaa said their clients had been tortured in custody.")
    event = trigger_event(record, "tortured")
    assert names_of(record, event.target) == ["their clients"]
    assert ENTOURAGE in event.rule


def test_a_wife_detained_keeps_the_kin_rule_without_the_entourage_rule() -> None:
    record = record_of("Police in Minsk detained the opposition leader's wife on Tuesday.")
    event = trigger_event(record, "detained")
    assert ENTOURAGE not in event.rule


def test_a_welcome_by_a_state_apposed_as_anothers_ally_aims_at_that_state() -> None:
    record = record_of("Canada, Haiti's main donor, welcomed the vote on Sunday.")
    event = trigger_event(record, "welcomed")
    assert countries_of(record, event.target) == {"HTI"}
    assert PARTNER in event.rule


def test_coordinated_partner_nouns_are_read_too() -> None:
    record = record_of("Australia, Fiji's largest trading partner and closest neighbour, backed "
                       "the reforms.")
    event = trigger_event(record, "backed")
    assert countries_of(record, event.target) == {"FJI"}
    assert PARTNER in event.rule


def test_a_condemnation_by_a_states_ally_is_not_aimed_at_that_state() -> None:
    record = record_of("Iran, Syria's closest ally, condemned the air strikes.")
    event = trigger_event(record, "condemned")
    assert "SYR" not in countries_of(record, event.target)
    assert PARTNER not in event.rule


def test_a_welcome_with_its_own_target_keeps_it() -> None:
    record = record_of("Japan, Vietnam's largest donor, welcomed the Philippine proposal and "
                       "praised Manila.")
    event = trigger_event(record, "praised")
    assert countries_of(record, event.target) == {"PHL"}
    assert PARTNER not in event.rule


def test_a_driver_named_in_apposition_is_the_target() -> None:
    record = record_of("Soldiers stopped the car of Ugandan opposition leader Kizza Besigye in "
                       "Kasese on Monday.\n\nBesigye's driver, Patrick Okello, was shot dead by "
                       "soldiers.")
    event = trigger_event(record, "shot")
    assert names_of(record, event.target) == ["Patrick Okello"]


def test_a_bodyguard_takes_the_country_of_the_person_he_guards() -> None:
    record = record_of("Gunmen ambushed the convoy of Colombian Senator Ruben Ocampo outside Quito "
                       "on Friday.\n\nHis bodyguard was killed.")
    event = trigger_event(record, "killed")
    assert names_of(record, event.target) == ["His bodyguard"]
    assert countries_of(record, event.target) == {"COL"}


def test_money_taken_from_a_cash_machine_is_no_retreat() -> None:
    record = record_of("Finance Minister Juhan Parts withdrew the first new banknotes from a cash "
                       "machine in Tartu on Thursday.")
    assert not [e for e in record.events if e.type == "RETREAT"]


def test_troops_withdrawn_are_still_a_retreat() -> None:
    record = record_of("Estonia withdrew its troops from Iraq on Thursday.")
    assert trigger_event(record, "withdrew").type == "RETREAT"


def test_candidates_struck_from_the_ballot_are_not_attacked() -> None:
    record = record_of("The election commission in Baku struck nine opposition candidates from "
                       "the ballot on Monday.")
    assert not [e for e in record.events if e.type == "ASSAULT"]


def test_a_strike_on_a_town_is_still_an_attack() -> None:
    record = record_of("Russian jets struck the town of Gori on Monday.")
    assert trigger_event(record, "struck").type == "ASSAULT"


COSIGNER = "events.args.unnamed-cosigner.v1"
COSIGNER_COUNTRY = "events.args.cosigner-country.v1"
RECALL_OWN = "events.args.recall-own-envoy.v3"


def test_a_rebel_movement_beside_the_government_is_the_other_signatory() -> None:
    record = record_of("Uganda's government and the country's main northern rebel movement signed "
                       "a ceasefire agreement in Juba on Friday.")
    event = trigger_event(record, "signed")
    assert COSIGNER in event.rule or COSIGNER_COUNTRY in event.rule
    assert "country's main northern rebel movement" in names_of(record, event.target)
    assert countries_of(record, event.target) == {"UGA"}


def test_a_breakaway_region_signs_with_its_state() -> None:
    record = record_of("Georgia and its breakaway Abkhazia region signed a memorandum in Moscow "
                       "on Tuesday.")
    event = trigger_event(record, "signed")
    assert COSIGNER in event.rule
    assert countries_of(record, event.target) == {"GEO"}


def test_two_named_states_keep_the_plain_mutual_rule() -> None:
    record = record_of("Peru and Ecuador signed a border treaty in Brasilia on Monday.")
    event = trigger_event(record, "signed")
    assert COSIGNER not in event.rule
    assert countries_of(record, event.target) == {"PER", "ECU"}


def test_an_ambassador_recalled_from_a_capital_aims_at_its_state() -> None:
    record = record_of("Chile recalled its ambassador from Lima on Thursday.")
    event = trigger_event(record, "recalled")
    assert countries_of(record, event.target) == {"PER"}
    assert RECALL_OWN in event.rule


def test_an_ambassador_recalled_to_the_home_capital_has_no_target() -> None:
    record = record_of("Chile recalled its ambassador to Santiago for consultations.")
    event = trigger_event(record, "recalled")
    assert event.target == []
