"""Wave 83, ev83b: a place name the parser took for a person or a body still sets the act.

events.args.unlisted-place.v1 (after events.args.sentence-place-country.v4): "killed in Khan
Sheikhoun", "in the northern town of ...", "in Binh Duong province": a run of proper nouns
after a locative preposition (or before a place noun) that no place row holds, that the
dictionaries know as no person or body and that the gazetteer places in one country gives an
unnamed group the country it gives any place of the sentence. Near misses: another country
named in the sentence, a verb of meeting that makes the place a venue, a name that is not
after a preposition of place. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import countries_of, record_of, trigger_event

RULE = "events.args.unlisted-place.v1"


@pytest.mark.parametrize(("text", "trigger", "role", "country"), [
    ("Twelve people were killed in Khan Sheikhoun on Monday.", "killed", "target", "SYR"),
    ("Police arrested dozens of students in the northern town of Khan Sheikhoun.", "arrested",
     "source", "SYR"),
])
def test_unlisted_place_gives_its_country(text: str, trigger: str, role: str,
                                          country: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert RULE in event.rule
    assert countries_of(record, getattr(event, role)) == {country}


@pytest.mark.parametrize(("text", "trigger", "role"), [
    # another country named in the sentence: the place is no evidence of whose they are
    ("Twelve people were killed in Khan Sheikhoun, a Turkish official said.", "killed",
     "target"),
    # a verb of meeting makes the place a venue
    ("The envoy met protesters in the port city of Guayaquil on Monday.", "met", "target"),
])
def test_no_country_without_plain_place(text: str, trigger: str, role: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert RULE not in event.rule
    assert countries_of(record, getattr(event, role)) == {None}
