"""Wave 33 (ev33a): the text's own statement of a person's office decides the person's
country over the leaders dictionary: a country after an apposed title's "of"
("..., president of Tonga,", actors.person.apposed-title-of-country.v1)."""

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
    "Gaston Browne, president of Tonga, thanked Samoa for the aid.",
    "Gaston Browne, the president of Tonga, thanked Samoa for the aid.",
])
def test_the_country_after_the_apposed_title_decides(text: str) -> None:
    person = _actor(_record(text), "Gaston Browne")
    assert person["country"] == "TON"
    assert person["rule"] == "actors.person.apposed-title-of-country.v1"


def test_the_owner_of_the_body_after_of_decides() -> None:
    record = _record("Ricardo Dominguez, the head of Argentina's FEA, warned Chile.")
    assert _actor(record, "Ricardo Dominguez")["country"] == "ARG"


def test_a_word_that_is_no_title_gives_no_country() -> None:
    record = _record("Gaston Browne, a friend of Tonga, thanked Samoa for the aid.")
    assert _actor(record, "Gaston Browne")["country"] != "TON"
