"""Wave 79, ev79e: wrong country codes of named parties.

actors.person.company-surname.v1: a name the recogniser calls a person ("Besnik Meta") whose
last word is a lexicon company ("Meta") after given names only is a person coded from the
title, not the company with its home country. Near misses: the company on its own, with a
product word after it, or owned by a person.

events.args.as-title-country.v1: a person named to a state's office by a designating verb
("recognised X as Ruritania's interim president") takes that state, not the story's other one.
Near misses: no designating verb, a subject's "as" phrase. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import countries_of, names_of, record_of, trigger_event

RULE = "actors.person.company-surname.v1"


@pytest.mark.parametrize(("text", "trigger", "name", "country"), [
    ("Albanian President Besnik Meta criticised the government on Monday.", "criticised",
     "Besnik Meta", "ALB"),
    ("Albania's deputy prime minister Dritan Meta met the Greek foreign minister in Tirana on "
     "Monday.", "met", "Dritan Meta", "ALB"),
    ("Kosovar President Arta Shell criticised Serbia on Monday.", "criticised", "Arta Shell",
     "XKX"),
])
def test_person_not_company(text: str, trigger: str, name: str, country: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert names_of(record, event.source) == [name]
    assert countries_of(record, event.source) == {country}
    actor = next(a for a in record.actors if a.name == name)
    assert actor.kind == "person" and RULE in actor.rule
    assert not any(a.kind == "organization" and a.name == "Meta" for a in record.actors)


@pytest.mark.parametrize("text", [
    "Meta criticised the European Commission on Monday.",
    "Lawmakers in Brussels questioned Meta Platforms on Tuesday.",
    "Mark Zuckerberg's Meta criticised the European Commission on Monday.",
])
def test_company_stays(text: str) -> None:
    record = record_of(text)
    meta = [a for a in record.actors if a.name == "Meta"]
    assert meta and meta[0].kind == "organization" and meta[0].country == "USA"
    assert not any(RULE in a.rule for a in record.actors)


def test_other_person_untouched() -> None:
    record = record_of("President Gerald Ford met Soviet leader Leonid Brezhnev in Vladivostok.")
    ford = next(a for a in record.actors if a.name == "Gerald Ford")
    assert ford.country == "USA" and RULE not in ford.rule


AS_RULE = "events.args.as-title-country.v1"


@pytest.mark.parametrize(("text", "trigger", "name", "country"), [
    ("President Donald Trump recognised opposition leader Ana Robles as Venezuela's interim "
     "president. Robles thanked Trump on Thursday.", "thanked", "Ana Robles", "VEN"),
    ("The United States praised the vote. Lawmakers elected Ion Barbu as Romania's prime "
     "minister. Barbu thanked Washington on Friday.", "thanked", "Ion Barbu", "ROU"),
])
def test_as_title_country(text: str, trigger: str, name: str, country: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert names_of(record, event.source) == [name]
    assert countries_of(record, event.source) == {country}
    actor = next(a for a in record.actors if a.name == name)
    assert AS_RULE in actor.rule


@pytest.mark.parametrize(("text", "name"), [
    ("President Joe Biden met Tomas Ruiz as Venezuela's envoy watched on Monday.", "Tomas Ruiz"),
    ("Donald Trump, as America's president, welcomed Tomas Ruiz on Monday.", "Donald Trump"),
])
def test_as_title_not_read(text: str, name: str) -> None:
    record = record_of(text)
    actor = next(a for a in record.actors if a.name == name)
    assert AS_RULE not in actor.rule
