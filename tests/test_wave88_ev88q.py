"""Wave 88, ev88q: bare forces deployed or called up with no sender named are the act's source
once a country is found for them.

events.args.moved-home-forces.v1: "soldiers were deployed near the stadium in Harare" keeps the
soldiers as the MOBILIZE source when the argument rules give them a country (here the place's);
with no country found the source stays empty. Near misses: forces "sent" (often abroad), forces
"from" elsewhere, and equipment that is no force. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import countries_of, names_of, record_of, trigger_event

RULE = "events.args.moved-home-forces.v1"


@pytest.mark.parametrize(("text", "trigger", "force", "country"), [
    ("Soldiers were deployed near the stadium in Harare after the vote count stalled.",
     "deployed", "Soldiers", "ZWE"),
    ("Troops have been deployed outside parliament in Nairobi, an army spokesman said.",
     "deployed", "Troops", "KEN"),
    ("The defence minister in Lima said 20,000 reservists would be called up next month.",
     "called", "reservists", "PER"),
])
def test_home_forces_are_the_source(text: str, trigger: str, force: str, country: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert event.type == "MOBILIZE"
    assert RULE in event.rule
    assert names_of(record, event.source) == [force]
    assert countries_of(record, event.source) == {country}


@pytest.mark.parametrize(("text", "trigger"), [
    # sent forces often go abroad: the place is no guess of theirs
    ("Troops were sent to Harare after the vote count stalled.", "sent"),
    # forces "from" elsewhere are not the story's
    ("Troops from several neighbouring states were deployed in Harare on Monday.", "deployed"),
    # armoured vehicles are no force of a party
    ("Armoured vehicles were deployed near the stadium in Harare on Monday.", "deployed"),
])
def test_no_home_force_source(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule
    assert not event.source
