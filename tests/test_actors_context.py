"""Issue 12: countries and sectors an actor takes from the words and the article around it
(``stages/actor_context.py``). Rule tests on short texts written for them."""

from __future__ import annotations

from dateline.record import Actor, Record


def _record(text: str, date: str = "2022-01-26") -> Record:
    from dateline import extract

    return extract(text, date=date)


def _actor(record: Record, mention: str) -> Actor:
    return next(a for a in record.actors if mention in {m.text for m in a.mentions})


def test_regression_12_a_bare_title_takes_the_dominant_country(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("President Biden spoke in Washington. The United States will act, he said, "
                     "and the US Congress agreed. Later the governor criticised the plan.")
    governor = _actor(record, "governor")
    assert (governor.country, governor.rule) == ("USA", "actors.title.dominant-country.v3")


def test_regression_12_no_dominant_country_no_code(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("France and Germany met Italy and Spain. Later the governor spoke.")
    assert _actor(record, "governor").country is None


def test_regression_12_an_unknown_titled_official_takes_the_dominant_country(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Senator Bernie Sanders criticised President Biden. Speaking in the United "
                     "States, the senator said the United States must act.")
    sanders = _actor(record, "Senator Bernie Sanders")
    assert (sanders.country, sanders.rule) == ("USA", "actors.person.dominant-country.v6")


def test_regression_12_a_company_by_its_suffix_is_business(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Creative Technology Ltd sued Apple Inc. on Monday.")
    actor = _actor(record, "Creative Technology Ltd")
    assert (actor.sector, actor.rule) == ("BUS", "actors.organization.company.v1")
    actor = _actor(record, "Apple Inc.")  # act9: a lexicon company, with its home country
    assert (actor.sector, actor.rule) == ("BUS", "actors.organization.company-home.v1")


def test_regression_12_an_executive_is_business_not_government(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Airbus President and Chief Executive Officer, Tom Enders, said the plane "
                     "was late.")
    enders, airbus = _actor(record, "Tom Enders"), _actor(record, "Airbus")
    assert (enders.sector, enders.rule) == ("BUS", "actors.person.executive.v1")
    assert airbus.sector == "BUS" and enders.affiliation == airbus.id
    record = _record("Boeing President Jim McNerney said orders rose.")
    assert _actor(record, "Boeing President Jim McNerney").sector == "BUS"


def test_regression_12_a_national_president_stays_government(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The US president, Joe Biden, said the plane was late.")
    assert _actor(record, "Joe Biden").sector == "GOV"


def test_regression_12_a_capital_named_after_its_country_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Dozens of captives have been released according to local sources in "
                     "Afghanistan's capital Kabul.")
    assert "Kabul" in {p.name for p in record.places}
    assert not any(m.text == "Kabul" for a in record.actors for m in a.mentions)
