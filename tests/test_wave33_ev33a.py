"""Wave 33 (ev33a): the text's own statement of a person's office decides the person's
country over the leaders dictionary: a country after an apposed title's "of"
("..., president of Tonga,", actors.person.apposed-title-of-country.v1)."""

from __future__ import annotations

import pytest

from tests.event_records import actor_by_mention


@pytest.mark.parametrize("text", [
    "Gaston Browne, president of Tonga, thanked Samoa for the aid.",
    "Gaston Browne, the president of Tonga, thanked Samoa for the aid.",
])
def test_the_country_after_the_apposed_title_decides(text: str) -> None:
    person = actor_by_mention(text, "Gaston Browne")
    assert person.country == "TON"
    assert person.rule == "actors.person.apposed-title-of-country.v1"


def test_the_owner_of_the_body_after_of_decides() -> None:
    text = "Ricardo Dominguez, the head of Argentina's FEA, warned Chile."
    assert actor_by_mention(text, "Ricardo Dominguez").country == "ARG"


def test_a_word_that_is_no_title_gives_no_country() -> None:
    text = "Gaston Browne, a friend of Tonga, thanked Samoa for the aid."
    assert actor_by_mention(text, "Gaston Browne").country != "TON"
