"""Wave 24 (ev24b): a title that is one state's office carries that state's country
(actors.title.own-state.v1): the pope is the Holy See's (VAT), unless the text names another
country for him or the title is another church's ("the Coptic pope")."""

from __future__ import annotations

from typing import Any

import pytest

import dateline


def _record(text: str) -> dict[str, Any]:
    record: dict[str, Any] = dateline.extract(text, date="2023-06-15").to_dict()
    return record


def _actor(record: dict[str, Any], name: str) -> dict[str, Any]:
    return next(a for a in record["actors"] if a["name"].lower() == name.lower())


@pytest.mark.parametrize(("text", "name"), [
    ("The pope thanked Malawi for its welcome on Sunday.", "pope"),
    ("Pope Leo urged Chile to free the detained priests.", "Leo"),
    ("The pope criticised the new law passed in Paraguay.", "pope"),
])
def test_the_pope_is_the_holy_see(text: str, name: str) -> None:
    assert _actor(_record(text), name)["country"] == "VAT"


def test_a_named_country_decides_over_the_title() -> None:
    record = _record("The Argentine pope met the Peruvian president in Lima.")
    assert _actor(record, "Argentine pope")["country"] == "ARG"


def test_another_church_s_pope_takes_no_holy_see() -> None:
    record = _record("The Coptic pope denounced the bombing of a monastery near Aswan.")
    assert _actor(record, "Coptic pope")["country"] != "VAT"


def test_other_religious_titles_take_no_country_of_their_own() -> None:
    record = _record("The bishop thanked the villagers for rebuilding the chapel.")
    assert _actor(record, "bishop")["country"] is None
