"""Issue 12, round 5: role words inside names, non-actors, "the government of X".

Short texts written for these rules (patterns of English, not cases from the judged sample).
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract


def _actors(text: str) -> dict[str, Any]:
    record = extract(text, date="2024-03-05")
    return {a.name: a for a in record.actors}


@pytest.mark.usefixtures("nlp")
def test_title_inside_a_company_name_sets_no_military_sector() -> None:
    actors = _actors("General Dynamics said on Monday it would build more submarines.")
    body = actors["General Dynamics"]
    assert body.kind == "organization"
    assert body.sector != "MIL"


@pytest.mark.usefixtures("nlp")
def test_body_word_inside_a_sports_body_name_sets_no_labour_sector() -> None:
    actors = _actors("The Hockey Union of Kenya said its players would travel on Friday.")
    assert all(a.sector != "LAB" for a in actors.values()), actors


@pytest.mark.usefixtures("nlp")
def test_title_before_a_person_still_sets_the_sector() -> None:
    actors = _actors("General Mark Milley said the troops would stay.")
    assert actors["Mark Milley"].sector == "MIL"


@pytest.mark.usefixtures("nlp")
def test_body_word_of_several_words_still_codes_the_name() -> None:
    actors = _actors("Iran's Supreme Court rejected the appeal on Sunday.")
    assert any(a.sector == "JUD" for a in actors.values()), actors


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("text", [
    "The new phone is selling for US $499 in shops.",
    "The euro rose against the U.S. dollar on Tuesday.",
    "The crash closed U.S. Route 30 for hours.",
])
def test_country_as_currency_or_road_is_no_actor(text: str) -> None:
    assert "United States" not in _actors(text)


@pytest.mark.usefixtures("nlp")
def test_country_that_acts_is_still_an_actor() -> None:
    assert "United States" in _actors("The U.S. imposed new sanctions on Tuesday.")


@pytest.mark.usefixtures("nlp")
def test_bracketed_wire_junk_is_no_actor() -> None:
    actors = _actors("Ministers met in Rome on Friday to discuss the budget.\n(END)")
    assert not any("END" in name for name in actors), actors


@pytest.mark.usefixtures("nlp")
def test_a_body_named_before_a_platform_word_is_no_actor_there() -> None:
    actors = _actors("The group posted the video on its Sahel Voice News Agency website.")
    assert not any("website" in name for name in actors), actors


@pytest.mark.usefixtures("nlp")
def test_the_government_of_a_country_is_one_actor() -> None:
    actors = _actors("The government of Malaysia said it would reopen the border.")
    body = actors["Malaysia government"]
    assert (body.country, body.sector, body.kind) == ("MYS", "GOV", "organization")
    assert body.rule == "actors.institution.of-country.v1"
    assert "Malaysia" not in actors
