"""Session 108 (wave 108): date and argument fixes found in judged rounds 41-102 (rounds 97-102
read as development items for the first time).

- A deed of force, arrest, protest or sanction told in the present perfect after the story's
  first paragraph, outside a quote and over no span that reaches the telling, is background of
  no given time: no date (events.date.perfect-deed.v1).
- "This month" dates an act to its month; it no longer makes a count a total over a span
  (events.date.span-total.v2 keeps "this year", "the past month", "recent days").
- A meeting postponed, cancelled or shelved is no meeting (events.sense.called-off-meeting.v1);
  one that ended took place.
- A vote for a cause ("voted for change", "for stability") is no act of support
  (events.sense.vote-for-cause.v1); votes for a law or a candidate stay SUPPORT.
- "X accused Y of Z, a charge Y denies": the accusation is made (asserted); only what it charges
  is reported (events.modality.disputed-claim.v3, events.modality.denied-act.v4). "denied
  attacking and accused Djibouti" denies the attack, not the accusation (denied-act.v4); so
  does "a charge Georgia denies", parsed with the charge as the denial's subject (v4, after
  judged round 104).
- "The country" after a state that had ended by the document's date ("the former Soviet
  republic", 2017) is the living state named, not the ended one (coref, wave 108).
"""

from __future__ import annotations

from dateline import extract
from dateline.record import Event, Record

LEAD = "Talks between the two governments opened in the capital on Monday.\n\n"


def _on(text: str, date: str) -> Record:
    record = extract(text, date=date, min_confidence=0)
    assert isinstance(record, Record)
    return record


def _event(record: Record, trigger: str) -> Event:
    found = next((e for e in record.events if e.trigger.text == trigger), None)
    assert found is not None, f"no event {trigger!r} in {[e.trigger.text for e in record.events]}"
    return found


# --- present perfect deeds ------------------------------------------------------------------


def test_a_perfect_deed_in_the_body_has_no_date() -> None:
    record = _on(LEAD + "Moscow has also banned imports of Georgian wine. In Ituri, militias "
                 "have massacred hundreds of people.", "2006-05-10")
    for trigger in ("banned", "massacred"):
        event = _event(record, trigger)
        assert event.date.basis == "unknown" and event.date.value is None
        assert event.rule.endswith("events.date.perfect-deed.v1")


def test_a_perfect_deed_in_the_lead_is_the_news() -> None:
    record = _on("Security forces have arrested 11 senior members of the ruling party.",
                 "2001-09-20")
    event = _event(record, "arrested")
    assert event.date.value == "2001-09-20"
    assert "perfect-deed" not in event.rule


def test_a_perfect_statement_keeps_the_document_date() -> None:
    record = _on(LEAD + "The rebels have accused the army of abuses.", "2006-05-10")
    event = _event(record, "accused")
    assert event.date.value == "2006-05-10"


def test_a_quoted_perfect_deed_keeps_its_date() -> None:
    record = _on(LEAD + '"Government troops have killed our people in Ituri," the rebel '
                 "commander said.", "2006-05-10")
    assert _event(record, "killed").date.value == "2006-05-10"


def test_a_perfect_deed_over_recent_days_keeps_the_document_date() -> None:
    record = _on(LEAD + "Rockets have been fired at Hezbollah strongholds in recent days.",
                 "2013-06-05")
    event = _event(record, "fired")
    assert event.date.value == "2013-06-05"
    assert "perfect-deed" not in event.rule


def test_a_simple_past_deed_in_the_body_keeps_its_date() -> None:
    record = _on(LEAD + "Moscow banned imports of Georgian wine on Tuesday.", "2006-05-10")
    assert _event(record, "banned").date.value == "2006-05-09"


# --- "this month" ---------------------------------------------------------------------------


def test_this_month_dates_an_arrest_to_the_month() -> None:
    record = _on("Police this month also arrested two human rights lawyers on similar charges.",
                 "2007-03-20")
    event = _event(record, "arrested")
    assert event.date.value == "2007-03"
    assert "span-total" not in event.rule


def test_this_year_still_makes_a_count_a_total() -> None:
    record = _on("The insurgents have killed at least 150 villagers in the north this year.",
                 "2023-06-15")
    event = _event(record, "killed")
    assert event.date.value is None
    assert event.rule.endswith("events.date.span-total.v2")


# --- meetings called off, votes for a cause -----------------------------------------------


def _triggers(record: Record) -> list[str]:
    return [e.trigger.text for e in record.events]


def test_a_postponed_summit_is_no_meeting() -> None:
    record = _on("Tunisia abruptly postponed an Arab League summit due to open in Tunis on "
                 "Monday.", "2004-03-28")
    assert "summit" not in _triggers(record)


def test_an_ended_summit_was_a_meeting() -> None:
    record = _on("Bill Clinton and Boris Yeltsin ended a two-day summit in Helsinki on Friday.",
                 "1997-03-22")
    assert _event(record, "summit").type == "CONSULT"


def test_a_vote_for_change_is_no_support() -> None:
    record = _on('"Moroccans voted for change and for a government that delivers jobs," an '
                 "official said.", "2021-09-09")
    assert "voted" not in _triggers(record)


def test_a_vote_for_a_law_is_support() -> None:
    record = _on("Parliament voted for the law on Tuesday.", "2005-07-06")
    assert _event(record, "voted").type == "SUPPORT"


# --- accusations beside a denial -------------------------------------------------------------


def test_an_accusation_a_charge_denied_is_asserted() -> None:
    record = _on("Ukrainian officials have long accused Moscow of arming the separatist forces, "
                 "a charge the Kremlin denies.", "2021-05-02")
    assert _event(record, "accused").modality == "asserted"
    assert _event(record, "arming").modality == "reported"


def test_an_accusation_joined_to_a_denied_gerund_is_asserted() -> None:
    record = _on("Eritrea's information ministry denied attacking and accused Djibouti of "
                 "unprovoked aggression.", "2008-06-12")
    assert _event(record, "attacking").modality == "negated"
    assert _event(record, "accused").modality == "asserted"


def test_a_said_act_called_a_denied_claim_stays_reported() -> None:
    record = _on("Two mayors said their offices had been raided by police, an accusation the "
                 "government denied.", "2008-06-12")
    event = _event(record, "raided")
    assert event.modality == "reported"
    assert "events.modality.disputed-claim.v3" in event.rule


def test_an_accusation_a_charge_parsed_as_subject_is_asserted() -> None:
    record = _on("Russia has long accused Tbilisi of letting Chechen rebels use the gorge to rest "
                 "and rearm, a charge Georgia denies.", "2002-02-28")
    assert _event(record, "accused").modality == "asserted"


# --- ended states ----------------------------------------------------------------------------


def test_the_country_is_no_state_ended_by_the_document_date() -> None:
    record = _on("Police in Belarus detained hundreds of people on Saturday in the biggest "
                 "crackdown on dissent in the former Soviet republic for years.\n\nA rights "
                 "group said more than 700 people had been detained across the country.",
                 "2017-03-26")
    events = [e for e in record.events if e.trigger.text == "detained"]
    countries = {a.country for e in events for a in record.actors if a.id in e.target}
    assert "SUN" not in countries
    assert "BLR" in countries
