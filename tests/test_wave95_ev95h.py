"""Wave 95, ev95h: members of an international court keep no country from the article.

events.args.body-member.v1: the article's country is no guess for a court's member whose own
phrase names an international body ("judges at the International Criminal Court", read again
as "they" later), or for a person whose title says they are a court's member ("Prosecutor Ann
Berg") in a story whose lead (past a dateline split off as its own sentence) names an
international court. Near misses: judges of a court that is the state's own, and a prosecutor
in a story that names no international body. Sentences written for these tests.
"""

from __future__ import annotations

from tests.event_records import countries_of, record_of, trigger_event

RULE = "events.args.body-member.v1"


def test_judges_at_an_international_court_are_its_own() -> None:
    record = record_of("NAIROBI - Kenya's president said on Monday his country would not arrest "
                       "the visiting leader. On Tuesday, judges at the International Criminal "
                       "Court issued a fresh warrant for him. They rejected a request by Kenyan "
                       "lawyers to drop the case.")
    event = trigger_event(record, "rejected")
    assert RULE in event.rule
    assert countries_of(record, event.source) == {None}


def test_titled_prosecutor_of_a_court_in_the_lead() -> None:
    record = record_of("NAIROBI - Kenya's government denounced the International Criminal Court "
                       "on Monday. Prosecutor Ann Berg said she accused Kenyan police "
                       "commanders of murder.")
    event = trigger_event(record, "accused")
    assert RULE in event.rule
    assert countries_of(record, event.source) == {None}


def test_judges_of_a_home_court_keep_the_article_country() -> None:
    record = record_of("NAIROBI - Kenya's president said on Monday his country would not arrest "
                       "the visiting leader. Judges at the Supreme Court rejected a request by "
                       "opposition lawyers to drop the case.")
    event = trigger_event(record, "rejected")
    assert RULE not in event.rule
    assert countries_of(record, event.source) == {"KEN"}


def test_prosecutor_with_no_international_body_keeps_the_article_country() -> None:
    record = record_of("NAIROBI - Kenya's government said on Monday it would arrest the "
                       "opposition leader. Prosecutor Ann Berg accused Kenyan police commanders "
                       "of murder.")
    event = trigger_event(record, "accused")
    assert RULE not in event.rule

