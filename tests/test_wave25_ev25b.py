"""Wave 25 (ev25b, judged rounds 16-18: the speaker coded as the target): a third-person
pronoun inside a speaker's own direct quote is someone the speaker speaks of, never the speaker
('"The suicide car bomber detonated his car ...," Col. X, a spokesman, told the AP' had the
spokesman as the bombing's target). A target named in the sentence only so is dropped
(``events.args.quoted-speaker-not-party.v1``); a speaker who reports, outside any quote, what
was done to "him" stays the target."""

from __future__ import annotations

from tests.event_records import names_of as _names
from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on

QUOTED_SPEAKER = "events.args.quoted-speaker-not-party.v1"


def test_quoted_his_is_not_the_spokesman(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record('"The gunman fired his rifle at the crowd," Colonel Ahmed Rahman, '
                     "a police spokesman, told reporters.")
    event = _on(record, "fired")
    assert "Ahmed Rahman" not in _names(record, event.target)
    assert QUOTED_SPEAKER in event.rule


def test_quoted_bomber_is_not_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record('"The bomber detonated his vest near the market," police spokesman '
                     "John Kamau said.")
    event = _on(record, "detonated")
    assert _names(record, event.target) == []
    assert _names(record, event.source) == ["bomber"]


def test_reported_he_stays_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Police spokesman John Kamau said he was attacked by the gunmen.")
    event = _on(record, "attacked")
    assert _names(record, event.target) == ["John Kamau"]
    assert QUOTED_SPEAKER not in event.rule


# Wave 25 (ev25b, second task: type senses from judged rounds 16-18).

def _typed(text: str, word: str) -> tuple[str, str]:
    """The type and first rule of the event on ``word`` in ``text``."""
    event = _on(_record(text), word)
    return event.type, event.rule.split("+")[0]


def test_offer_to_make_concessions_is_concede(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _typed("Chile on Monday offered to make concessions to Peru over the water dispute.",
                  "offered") == ("CONCEDE", "events.sense.promised-concession-words.v1")


def test_agree_to_meet_all_demands_is_concede(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _typed("The mayor agreed to meet all of the demands of the striking miners.",
                  "agreed")[0] == "CONCEDE"


def test_promised_concessions_is_concede(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _typed("The prime minister promised further concessions to the opposition.",
                  "promised")[0] == "CONCEDE"


def test_concessions_received_stay_agree(nlp) -> None:  # type: ignore[no-untyped-def]
    # what another party gives ("concessions from the bank") is no concession of the subject's
    assert _typed("Ecuador agreed to concessions from the World Bank on its loans.",
                  "agreed")[0] == "AGREE"


def test_agree_to_cooperate_stays_agree(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _typed("Chile agreed to share intelligence with Peru.", "agreed")[0] == "AGREE"


def test_ordered_withdrawal_is_retreat(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _typed("The defence minister ordered the withdrawal of troops from the border towns.",
                  "ordered") == ("RETREAT", "events.sense.order-withdrawal.v1")


def test_ordered_halt_in_shelling_is_retreat(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _typed("The general ordered a halt in the shelling of the city.",
                  "ordered")[0] == "RETREAT"


def test_ordered_addressee_to_withdraw_stays_request(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _typed("The army ordered the rebels to withdraw from the town.",
                  "ordered")[0] == "REQUEST"


def test_court_ordered_payment_is_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _typed("A federal judge ordered the two firms to pay $5 million in damages.",
                  "ordered") == ("SANCTION", "events.sense.court-ordered-payment.v1")


def test_court_ordered_not_to_pay_stays_request(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _typed("The court ordered the newspaper not to pay the ransom.",
                  "ordered")[0] == "REQUEST"


def test_expelled_from_the_country_is_deport(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _on(_record("The opposition leader was expelled from the country on Tuesday."),
                "expelled")
    assert (event.type, event.mode) == ("COERCE", "deport")
    assert "events.sense.expel-from-place.v1" in event.rule


def test_expelled_counted_residents_is_deport(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _typed("Norway expelled 14 of its residents for spying.",
                  "expelled") == ("COERCE", "events.sense.expel-counted-persons.v1")


def test_diplomat_expelled_from_the_country_stays_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _typed("A Chilean diplomat was expelled from the country on Friday.",
                  "expelled")[0] == "SANCTION"


def test_refusing_to_eat_is_a_hunger_strike(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _on(_record("The detained activists refused to eat for a third day."), "refused")
    assert (event.type, event.mode) == ("PROTEST", "strike")
    assert event.rule.startswith("events.sense.refuse-food.v1")


def test_refusing_to_negotiate_stays_reject(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _typed("The rebels refused to negotiate with the government.",
                  "refused")[0] == "REJECT"


def test_raid_by_police_is_seize(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _on(_record("The raid by police on the newspaper's offices lasted four hours."), "raid")
    assert (event.type, event.mode) == ("COERCE", "seize")
    assert event.rule.startswith("events.sense.police-raid-context.v1")


def test_raids_told_as_police_raids_stay_seize(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Police raided the homes of several opposition activists on Tuesday. "
                     "The raids targeted members of the party, he said.")
    assert _on(record, "raids").type == "COERCE"


def test_raid_by_rebels_stays_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _typed("Soldiers raided a rebel camp on Monday. The raid killed ten fighters.",
                  "raid")[0] == "ASSAULT"
