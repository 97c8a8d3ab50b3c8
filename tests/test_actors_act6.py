"""Issue 12, act6: places apart, non-actors, one identity, countries the text settles.

Short texts written for these rules (patterns of English, not cases from the judged sample).
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract
from dateline.record import Record
from dateline.stages import place_split


def _record(text: str) -> Record:
    return extract(text, date="2024-03-05")


def _actors(text: str) -> dict[str, Any]:
    return {a.name: a for a in _record(text).actors}


def _mention_texts(text: str) -> set[str]:
    return {m.text for a in _record(text).actors for m in a.mentions}


# --- places apart ------------------------------------------------------------------------------


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(("text", "place"), [
    ("Prices rose in the capital Nairobi on Friday, traders said.", "Nairobi"),
    ("The meeting took place in the port city of Tallinn last week.", "Tallinn"),
])
def test_a_name_a_place_noun_introduces_is_a_place_only(text: str, place: str) -> None:
    record = _record(text)
    assert place not in {m.text for a in record.actors for m in a.mentions}
    assert any(place in {m.text for m in p.mentions} for p in record.places)


@pytest.mark.usefixtures("nlp")
def test_a_country_as_a_market_is_a_place_only() -> None:
    record = _record("Car sales in Germany fell 4 percent in March, the industry group said.")
    assert "Germany" not in {m.text for a in record.actors for m in a.mentions}
    assert any(p.country == "DEU" for p in record.places)


@pytest.mark.usefixtures("nlp")
def test_a_country_that_acts_stays_an_actor() -> None:
    assert "Germany" in _mention_texts("Germany said on Monday it would raise taxes on cars.")


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("on", [False, True])
def test_a_place_that_says_whose_an_actor_is_keeps_its_mention(
        on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(place_split, "DROP_SLOT_MENTIONS", on)
    record = _record("The leaders of armed groups active in the east of Mali reached a deal.")
    assert "Mali" in {m.text for a in record.actors for m in a.mentions}


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("on", [False, True])
def test_a_place_in_the_subject_phrase_keeps_its_mention(
        on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(place_split, "DROP_SLOT_MENTIONS", on)
    assert "Sweden" in _mention_texts("Sweden's capital has lifted its ban on night flights.")


@pytest.mark.usefixtures("nlp")
def test_a_place_of_an_event_is_a_place_only_when_the_switch_is_on(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(place_split, "DROP_SLOT_MENTIONS", True)
    record = _record("Heavy clashes broke out in Ukraine on Monday, officials said.")
    assert "Ukraine" not in {m.text for a in record.actors for m in a.mentions}
    assert any(p.country == "UKR" for p in record.places)


# --- non-actors --------------------------------------------------------------------------------


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(("text", "word"), [
    ("The firm showed the new Surface Pro at a fair in Berlin.", "Surface Pro"),
    ("Delegates met at the Javits Convention Center in New York.", "Convention Center"),
    ("Fans filled the Azadi Stadium before the match.", "Stadium"),
])
def test_products_and_venues_are_not_actors(text: str, word: str) -> None:
    assert not any(word in name for name in _actors(text)), _actors(text)


@pytest.mark.usefixtures("nlp")
def test_an_uprising_is_not_an_actor() -> None:
    actors = _actors("A popular revolt toppled the regime in the spring.")
    assert not any("revolt" in name for name in actors), actors


# --- one identity ------------------------------------------------------------------------------


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("text", [
    "The Fijian navy seized a fishing boat. It is rare for the navy to act so far out.",
    "The ministry issued a statement on Monday. It seems that the talks have failed.",
])
def test_an_expletive_it_is_no_actor_mention(text: str) -> None:
    assert "It" not in _mention_texts(text)


@pytest.mark.usefixtures("nlp")
def test_the_company_is_the_subject_of_the_previous_clause_not_the_nearest_body() -> None:
    record = _record("Toyota sued Honda on Monday. The company says the design is its own.")
    toyota = next(a for a in record.actors if a.name == "Toyota")
    assert "The company" in {m.text for m in toyota.mentions}


# --- countries the text settles ----------------------------------------------------------------


@pytest.mark.usefixtures("nlp")
def test_a_generic_ministry_takes_the_country_of_the_article() -> None:
    text = ("Kenya's president opened parliament on Monday. Kenyan police guarded the building. "
            "Kenya has seen protests for weeks. The Foreign Ministry said the talks would go on.")
    assert _actors(text)["Foreign Ministry"].country == "KEN"


@pytest.mark.usefixtures("nlp")
def test_a_company_based_in_a_coded_place_takes_its_country() -> None:
    actors = _actors("The Ohio-based firm Crane Industries hired 200 staff last year.")
    assert actors["Crane Industries"].country == "USA"
    assert not any("based" in name for name in actors), actors


@pytest.mark.usefixtures("nlp")
def test_a_company_with_no_country_in_the_text_stays_without_one() -> None:
    assert _actors("Zyphron Labs hired 200 staff last year.")["Zyphron Labs"].country is None


# --- sectors and names -------------------------------------------------------------------------


@pytest.mark.usefixtures("nlp")
def test_a_name_cut_by_a_possessive_is_the_full_name() -> None:
    actors = _actors("Acme Motor's profits fell after Acme Motors cut its prices.")
    assert list(actors) == ["Acme Motors"], actors
    assert actors["Acme Motors"].sector == "BUS"


@pytest.mark.usefixtures("nlp")
def test_a_union_office_is_labour() -> None:
    actors = _actors("Teamsters union Vice President Dana Hollis said the strike would go on.")
    assert actors["Dana Hollis"].sector == "LAB"
