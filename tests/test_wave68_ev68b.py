"""Wave 68, ev68b: a titled name with a title set beside it that names a country.

- actors.person.titled-apposition-country.v1: "Dr. Ana Kovac, the president of the Dominican
  Republic," and "General Tebogo Moeng, Botswana's chief of staff,": the word before the name
  gives no country, so the apposed title's country decides (not the article's or none).
- Near misses: an apposed title that names an international body, one that names no country,
  and a title before the name that names a country itself.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import actor_named as actor
from tests.event_records import record_dict

RULE = "actors.person.titled-apposition-country.v1"


@pytest.fixture(scope="module")
def record() -> Any:
    return record_dict  # one cached record per text (tests/event_records.py)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Dr. Ana Kovac, the president of the Dominican Republic, praised the plan on Monday. "
     "Guinea also welcomed it.", "Ana Kovac", "DOM"),
    ("General Tebogo Moeng, Botswana's chief of staff, met Zambia's defence minister on "
     "Tuesday.", "Tebogo Moeng", "BWA"),
    ("Dr. Ana Kovac, the Kenyan envoy, praised the plan on Monday in Guinea.",
     "Ana Kovac", "KEN"),
])
def test_apposed_title_country_wins(record: Any, text: str, name: str, country: str) -> None:
    person = actor(record(text), name)
    assert person["country"] == country
    assert RULE in person["rule"]


def test_apposed_title_is_no_second_actor(record: Any) -> None:
    rec = record("General Tebogo Moeng, Botswana's chief of staff, met Zambia's defence "
                 "minister on Tuesday.")
    assert not any(a["name"].startswith("Botswana's") for a in rec["actors"])


@pytest.mark.parametrize(("text", "name"), [
    ("Dr. Ana Kovac, the WHO director, praised the plan on Monday in Guinea.", "Ana Kovac"),
    ("Rev. Ana Kovac, a critic of the government, praised the plan on Monday in Guinea.",
     "Ana Kovac"),
    ("Ana Kovac, the president of the Dominican Republic, praised the plan on Monday.",
     "Ana Kovac"),
])
def test_near_misses_unchanged(record: Any, text: str, name: str) -> None:
    assert RULE not in actor(record(text), name)["rule"]


def test_title_of_the_next_name_is_not_taken(record: Any) -> None:
    rec = record("According to Deputy Prime Minister Ivo Radic, Serbia's foreign minister, "
                 "Marko Lukic, will visit Berlin on Tuesday.")
    assert RULE not in actor(rec, "Ivo Radic")["rule"]
