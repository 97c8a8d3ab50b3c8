"""Wave 23 (ev23b): a role word's modifier taken for a name; the article's country for parties
whose own context points to another country."""

from __future__ import annotations

from typing import Any

import pytest

import dateline


def _record(text: str) -> dict[str, Any]:
    record: dict[str, Any] = dateline.extract(text, date="2023-06-15").to_dict()
    return record


def _actor(record: dict[str, Any], name: str) -> dict[str, Any]:
    return next(a for a in record["actors"] if a["name"].lower() == name.lower())


@pytest.mark.parametrize("text", [
    "Riot police fired tear gas at students outside the parliament on Tuesday.",
    "Riot police beat dozens of marchers near the central station.",
])
def test_a_modifier_of_a_group_word_is_no_person(text: str) -> None:
    record = _record(text)
    assert "Riot" not in {a["name"] for a in record["actors"]}
    police = _actor(record, "Riot police")
    assert police["sector"] == "COP"


def test_a_name_before_an_ordinary_word_stays_a_person() -> None:
    record = _record("Kenyan President William Ruto met striking doctors in Nairobi.")
    assert _actor(record, "William Ruto")["kind"] == "person"


#: Egypt is named three times, Libya twice: a narrow lead.
TWO_COUNTRIES = ("Egypt and Libya agreed on Monday to reopen their border crossing. Egyptian "
                 "officials said trade would resume next week. Fighting broke out on Tuesday in "
                 "Libya's eastern city of Benghazi. ")


def test_narrow_lead_and_a_context_elsewhere_give_no_country() -> None:
    record = _record(TWO_COUNTRIES + "Gunmen attacked a market there, killing four traders.")
    gunmen = _actor(record, "Gunmen")
    assert gunmen["country"] is None
    assert "article-country" not in (gunmen["rule"] or "")


def test_narrow_lead_and_a_context_naming_no_country_keep_it() -> None:
    # wave 49: rebels, not gunmen (unidentified attackers take no guess; unplaced-party.v1)
    text = TWO_COUNTRIES + ("Officials gave no further details. Rebels attacked a market, "
                            "killing four traders.")
    assert _actor(_record(text), "Rebels")["country"] == "EGY"


def test_a_story_about_one_country_keeps_its_country() -> None:
    text = ("Kenya's government said on Monday that schools would reopen. Kenyan officials said "
            "the exams would go ahead. Rebels attacked a market, killing four traders.")
    gunmen = _actor(_record(text), "Rebels")  # wave 49: gunmen take no guess (ev49b)
    assert gunmen["country"] == "KEN"
    assert "events.args.article-country.v13" in gunmen["rule"]


def test_a_party_introduced_in_the_article_country_keeps_it() -> None:
    text = ("Egypt and Libya agreed on Monday to reopen their border crossing. Egyptian officials "
            "said Egypt would open the crossing next week. The negotiators, who are based in "
            "Cairo, were not available for comment. Fighting broke out on Tuesday in Libya's "
            "eastern city of Benghazi. The negotiators then met Libya's interior minister.")
    assert _actor(_record(text), "negotiators")["country"] == "EGY"
