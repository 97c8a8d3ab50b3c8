"""Wave 91, ev91a: a person takes the country of the party the sentence calls theirs.

actors.person.own-party-country.v1: "X, whose <party> ...", "her <party>", "X's <party>", for a
party the lexicon codes with a country, give a country-less person that country. Near misses:
a party the person left ("his former party"), a party named near the person but not as theirs,
and a person the text already placed. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dateline.record import Actor
from tests.event_records import record_of, trigger_event

RULE = "actors.person.own-party-country.v1"


def actor_by_mention(text: str, name: str) -> Actor:
    """The person of ``text`` called ``name``."""
    return next(a for a in record_of(text).actors if a.name == name)


@pytest.mark.parametrize(("text", "person", "country"), [
    ("The Reverend Tom Brady, whose Democratic Unionist Party left the talks last year, "
     "denounced the deal.", "Tom Brady", "GBR"),
    ("Rana Mehta thanked voters a day after leading her Congress party to a narrow win.",
     "Rana Mehta", "IND"),
    ("Voters in the north backed Anil Rao's Congress party in Sunday's state poll.",
     "Anil Rao", "IND"),
])
def test_own_party_gives_country(text: str, person: str, country: str) -> None:
    actor = actor_by_mention(text, person)
    assert actor.country == country
    assert RULE in (actor.rule or "")


@pytest.mark.parametrize(("text", "person"), [
    # a party the person has left is no longer theirs
    ("Rana Mehta, who quit her former Congress party in May, criticised the deal.",
     "Rana Mehta"),
    # the party is named beside the person, not as theirs
    ("Tom Brady met leaders of the Democratic Unionist Party on Monday.", "Tom Brady"),
])
def test_party_not_theirs_gives_nothing(text: str, person: str) -> None:
    actor = actor_by_mention(text, person)
    assert RULE not in (actor.rule or "")


def test_placed_person_keeps_country() -> None:
    actor = actor_by_mention("French lawyer Tom Brady, whose Democratic Unionist Party clients "
                             "lost the case, appealed.", "Tom Brady")
    assert actor.country == "FRA"
    assert RULE not in (actor.rule or "")


def test_own_party_is_no_domestic_target() -> None:
    # "it" is the deal; the person's own party, once it gave him his country, is no patient
    record = record_of("The Reverend Tom Brady, whose Democratic Unionist Party walked out of "
                       "the process last year, denounced the agreement and vowed to fight it.")
    event = trigger_event(record, "vowed")
    assert not event.target
    assert "events.args.own-party-not-patient.v1" in event.rule
