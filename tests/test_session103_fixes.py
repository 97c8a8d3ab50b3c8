"""Session 103 (wave 103): sense, actor, argument and modality fixes found in judged rounds 41-74.

- Sense rules: a dismissal "as" an office is a removal (sense.dismiss-as-office.v1); troops
  "backed by" arms, a parliament that convenes, a campaign that "appeals to" voters, a poll's
  finding and an act named for an anniversary are no events; a state that "protested that" is
  complaining (ACCUSE); clemency granted is a release; sanctions lifted or suspended are eased;
  abstract patients (stability) make force figurative (sense.figurative-patient.v2); an order
  to leave the country is an expulsion (sense.ordered-to-leave.v1); a town the gazetteer knows is
  ground (sense.take-ground.v2).
- Modality: "not a single shot" negates (events.modality.none-did.v2); "would" in the later of
  two reported clauses, or under "adding that", is the future (events.modality.reported-would).
- Actors: a religion role of a Phoenix code is no home state (bin Laden is not Mauritius's;
  actors.person.v5), the Serb Republic is Bosnia's, "the Islamic Republic" is Iran, foreigners
  and the people of foreign embassies take no guessed country, an object "it" of a participle
  clause is not its subject (actors.object-pronoun.v2), a group fighting to topple a state's
  ruler is of that state (events.args.ruler-foe-country.v1)."""

from __future__ import annotations

import pytest

from dateline.record import Record
from tests.event_records import countries_of, names_of, record_of


def _events(record: Record, trigger: str) -> list[tuple[str, str, str]]:
    return [(e.type, e.rule.split("+")[0], e.modality) for e in record.events
            if e.trigger.text == trigger]


def test_dismissed_as_an_office_is_a_removal() -> None:
    record = record_of("President Boris Yeltsin dismissed Alexander Lebed as secretary of "
                       "Russia's Security Council on Thursday.")
    assert _events(record, "dismissed") == [
        ("SANCTION", "events.sense.dismiss-as-office.v1", "asserted")]


def test_dismissed_as_a_label_stays_disapproval() -> None:
    record = record_of("The minister dismissed the opposition leader as a puppet of Moscow.")
    assert [t for t, _, _ in _events(record, "dismissed")] == ["ACCUSE"]


@pytest.mark.parametrize("text, trigger", [
    ("Turkey pushed thousands of soldiers backed by warplanes and tanks into northern Iraq.",
     "backed"),
    ("Anwar said he would seek a vote of confidence when parliament convenes on December 19.",
     "convenes"),
    ("Analysts said Kwasniewski's polished campaign appealed to those who felt left behind.",
     "appealed"),
    ("Opinion polls show that about 80 percent of Georgians support joining the European Union.",
     "support"),
    ("Some 70 lawmakers visited the Yasukuni shrine on Saturday, the anniversary of Japan's "
     "surrender.", "surrender"),
    ('"Bandits have been trying to destroy the fragile stability in Ingushetia," he said.',
     "destroy"),
])
def test_no_event_in_these_senses(text: str, trigger: str) -> None:
    assert _events(record_of(text), trigger) == []


def test_rebels_backed_by_a_state_stay_supported() -> None:
    record = record_of("Rebels backed by Rwanda seized the town of Goma on Tuesday.")
    assert [t for t, _, _ in _events(record, "backed")] == ["SUPPORT"]


def test_a_state_protesting_that_complains() -> None:
    record = record_of("Pakistan protested that one missile had crashed on its territory.")
    assert _events(record, "protested") == [
        ("ACCUSE", "events.sense.protested-that.v1", "asserted")]


def test_a_crowd_protesting_that_still_protests() -> None:
    record = record_of("Thousands of students protested that the election had been rigged.")
    assert [t for t, _, _ in _events(record, "protested")] == ["PROTEST"]


def test_clemency_granted_is_a_release_and_an_amnesty_offered_an_offer() -> None:
    granted = record_of("Washington granted clemency to five Iranians held in the United States.")
    assert _events(granted, "granted") == [
        ("RETREAT", "events.sense.grant-clemency.v1", "asserted")]
    offered = record_of("The president offered a general amnesty to rebels who surrender.")
    assert [t for t, _, _ in _events(offered, "offered")] == ["AGREE"]


def test_sanctions_suspended_are_eased() -> None:
    record = record_of("The United Nations suspended sanctions on Libya in 1999.")
    event = next(e for e in record.events if e.trigger.text == "sanctions")
    assert (event.type, event.rule.split("+")[0]) == ("RETREAT", "events.sense.sanctions-eased.v1")
    assert event.date.value == "1999"


@pytest.mark.parametrize("text", [
    "Sudan ordered ten foreign aid agencies to leave the country on Wednesday.",
    "Yugoslavia ordered William Walker, the head of the monitoring mission, to leave the country.",
])
def test_an_order_to_leave_the_country_is_an_expulsion(text: str) -> None:
    assert [(t, r) for t, r, _ in _events(record_of(text), "ordered")] == [
        ("SANCTION", "events.sense.ordered-to-leave.v1")]


def test_an_order_to_troops_to_leave_is_no_expulsion() -> None:
    record = record_of("The defence minister ordered troops to leave the border area.")
    assert all(t != "SANCTION" for t, _, _ in _events(record, "ordered"))


def test_a_town_the_gazetteer_knows_is_ground() -> None:
    record = record_of("The M23 rebels seized Goma on Tuesday after days of fighting.")
    assert [(t, r) for t, r, _ in _events(record, "seized")] == [
        ("ASSAULT", "events.sense.take-ground.v2")]


@pytest.mark.parametrize("text, trigger", [
    ('"Not a single shot has been fired since midnight," an army spokesman said.', "fired"),
    ("Not one bullet was fired at the protesters, the police said.", "fired"),
])
def test_not_a_single_negates(text: str, trigger: str) -> None:
    assert [m for _, _, m in _events(record_of(text), trigger)] == ["negated"]


@pytest.mark.parametrize("text, trigger", [
    ("Bashir said Sudan reserved the right to respond and would ask the Security Council to "
     "investigate.", "ask"),
    ('"This is an incorrect decision," Peskov told reporters, adding that Moscow would seek '
     "explanations from Yerevan.", "seek"),
])
def test_reported_would_is_the_future(text: str, trigger: str) -> None:
    assert [m for _, _, m in _events(record_of(text), trigger)] == ["future"]


def test_a_reported_would_under_a_condition_stays_hypothetical() -> None:
    record = record_of("He said he would resign if he did not win a clear majority.")
    assert [m for _, _, m in _events(record, "resign")] in ([], ["hypothetical"])


def test_a_religion_role_is_no_home_state() -> None:
    record = record_of("The United States blamed Osama bin Laden and the Abu Nidal Organization "
                       "for the bombings.")
    event = next(e for e in record.events if e.trigger.text == "blamed")
    assert MAURITIUS not in countries_of(record, event.target)
    assert "Osama bin Laden" in names_of(record, event.target)


MAURITIUS = "MUS"


def test_the_serb_republic_is_bosnias() -> None:
    record = record_of("The Bosnian Serb Republic rejected the plan on Monday.")
    event = next(e for e in record.events if e.trigger.text == "rejected")
    assert countries_of(record, event.source) == {"BIH"}


@pytest.mark.parametrize("text, trigger, code", [
    ("A spokesman in Tehran said the Islamic Republic accused Manama of meddling.", "accused",
     "IRN"),
    ("Hamas fired rockets at the Jewish state on Monday.", "fired", "ISR"),
])
def test_states_named_by_their_epithets(text: str, trigger: str, code: str) -> None:
    record = record_of(text)
    event = next(e for e in record.events if e.trigger.text == trigger)
    assert code in countries_of(record, event.source) | countries_of(record, event.target)


def test_foreigners_take_no_guessed_country() -> None:
    record = record_of("Gunmen killed five foreigners at a petrochemical site in Yanbu, Saudi "
                       "Arabia.")
    event = next(e for e in record.events if e.trigger.text == "killed")
    assert countries_of(record, event.target) == {None}


def test_the_citizens_of_foreign_embassies_take_no_guessed_country() -> None:
    record = record_of("Fighting spread across Juba on Monday. South Sudan's army said it held "
                       "the city. Several Western embassies in Juba urged their citizens to "
                       "leave.")
    event = next(e for e in record.events if e.trigger.text == "urged")
    assert countries_of(record, event.target) == {None}


def test_a_partys_own_supporters_keep_the_story_country() -> None:
    record = record_of("Zimbabwe's opposition MDC says more than 80 of its supporters have been "
                       "killed in Zimbabwe since March.")
    event = next(e for e in record.events if e.trigger.text == "killed")
    assert countries_of(record, event.target) == {"ZWE"}


def test_an_object_it_of_a_participle_is_not_its_subject() -> None:
    record = record_of("Saudi Arabia cut ties with Qatar, accusing it of being too close to Iran.")
    event = next(e for e in record.events if e.trigger.text == "accusing")
    assert countries_of(record, event.target) == {"QAT"}
    assert "events.args.object-pronoun.v2" in event.rule


def test_rebels_fighting_to_topple_a_ruler_are_of_his_state() -> None:
    record = record_of("Nigerian peacekeepers held the airport. Rebels fighting to topple Sierra "
                       "Leone's President Ahmad Tejan Kabbah stormed into Freetown on Wednesday, "
                       "battling Nigerian-led peacekeepers.")
    rebels = next(a for a in record.actors if a.name == "Rebels")
    assert rebels.country == "SLE"
    assert "events.args.ruler-foe-country.v1" in (rebels.rule or "")


def test_a_warning_of_what_could_happen_is_no_threat() -> None:
    record = record_of("U.S. intelligence has warned that Moscow could be planning an offensive.")
    assert _events(record, "warned") == []


@pytest.mark.parametrize("text", [
    "The European Union warned that it could halt financial support to the junta.",
    "The minister warned that Iran could face consequences if it enriched uranium further.",
])
def test_a_warning_of_the_warners_own_act_or_a_penalty_stays_a_threat(text: str) -> None:
    assert [t for t, _, _ in _events(record_of(text), "warned")] == ["THREATEN"]


def test_a_warning_told_as_an_appeals_reason_is_part_of_the_appeal() -> None:
    record = record_of("Business leaders urged both sides to avoid street agitation, warning that "
                       "the garment industry could not afford another round of shutdowns.")
    assert _events(record, "warning") == []
    kept = record_of("Washington urged Tehran to stop enrichment, warning that it would face "
                     "consequences.")
    assert [t for t, _, _ in _events(kept, "warning")] == ["THREATEN"]


def test_accepting_the_blame_concedes_and_a_result_stays_accepted() -> None:
    blame = record_of("Libya formally accepted responsibility for the 1988 bombing in a letter.")
    assert [(t, r) for t, r, _ in _events(blame, "accepted")] == [
        ("CONCEDE", "events.sense.accept-blame.v1")]
    result = record_of("Kibaki accepted the result on Tuesday and said the will of the people "
                       "must be respected.")
    assert [t for t, _, _ in _events(result, "accepted")] == ["AGREE"]


def test_troops_backed_by_another_states_forces_get_military_aid() -> None:
    record = record_of("Afghan troops backed by U.S. air power launched an operation on Tuesday.")
    assert [(t, r) for t, r, _ in _events(record, "backed")] == [
        ("AID", "events.sense.backed-by-force.v1")]


@pytest.mark.parametrize("text, trigger", [
    ("A navy helicopter crashed during the operation, killing its three crew members.", "killing"),
    ("Milan Babic, a former Croatian Serb leader, killed himself in his cell.", "killed"),
])
def test_deaths_of_a_crash_or_by_ones_own_hand_are_no_attack(text: str, trigger: str) -> None:
    assert _events(record_of(text), trigger) == []


@pytest.mark.parametrize("text", [
    '"We will not seek revenge," Sharif told the chamber.',
    "Iran denies seeking a bomb.",
])
def test_seeking_revenge_or_a_bomb_asks_no_one(text: str) -> None:
    assert [e for e in record_of(text).events if e.trigger.text in {"seek", "seeking"}] == []


def test_seeking_warrants_accuses() -> None:
    record = record_of("The ICC prosecutor said on Monday he was seeking arrest warrants for "
                       "Netanyahu.")
    assert [(t, r) for t, r, _ in _events(record, "seeking")] == [
        ("ACCUSE", "events.sense.seek-charges.v1")]


@pytest.mark.parametrize("text, trigger", [
    ('Moon called the meeting "a milestone" for peace on the Korean peninsula.', "called"),
    ("Mortar shells fired by rebels slammed into central Bogota on Wednesday.", "slammed"),
    ("Republicans will take control of both houses of Congress in January.", "take"),
    ("The president had travelled to the United States for medical checks last month.",
     "travelled"),
    ("Hundreds of Palestinian leaders stood to applaud in Gaza on Monday.", "applaud"),
])
def test_second_part_words_in_other_senses(text: str, trigger: str) -> None:
    assert _events(record_of(text), trigger) == []


def test_calling_for_and_labelling_for_keep_their_readings() -> None:
    assert [t for t, _, _ in _events(record_of("France called for an immediate ceasefire."),
                                     "called")] == ["REQUEST"]
    label = record_of("The opposition called the vote a farce for democracy.")
    assert [t for t, _, _ in _events(label, "called")] == ["ACCUSE"]


def test_opposing_an_act_done_objects_to_it() -> None:
    record = record_of("China's Foreign Ministry said Beijing firmly opposes the nuclear test.")
    assert [(t, r) for t, r, _ in _events(record, "opposes")] == [
        ("ACCUSE", "events.sense.oppose-an-act.v1")]


def test_a_one_word_dictionary_body_of_a_state_the_story_never_names_is_not_coded_so() -> None:
    record = record_of("Two bombs exploded at rallies in Colombo, Sri Lanka. Police blamed the "
                       "Tigers for both attacks.")
    event = next(e for e in record.events if e.trigger.text == "blamed")
    assert "SWZ" not in countries_of(record, event.target)
    assert "Tigers" in names_of(record, event.target)
