"""Wave 50, ev50c: a country named as an origin, a former holder or a comparison ("took over
from France") is no home for a bare "the government" (``actors.domestic.v4``, module
``actor_origin_states``); a country named plainly before it still is."""

from __future__ import annotations

from typing import Any

from tests.event_records import named_event

RULE = "actors.domestic.v4"


def test_country_taken_over_from_is_not_the_governments(nlp: Any) -> None:
    text = ("The African Union took over from France the task of holding peace talks in Chad. "
            "The government rejected the offer.")
    kind, source, _, _ = named_event(text, "rejected")
    assert (kind, source) == ("REJECT", [("Chad government", "TCD")])


def test_origin_alone_leaves_the_government_without_country(nlp: Any) -> None:
    text = ("The mediators arrived from France on Monday. "
            "The government rejected the offer.")
    kind, source, _, _ = named_event(text, "rejected")
    assert (kind, source) == ("REJECT", [("government", None)])


def test_country_named_plainly_still_gives_the_government(nlp: Any) -> None:
    text = ("Protests spread across Kenya on Monday. "
            "The government rejected the demands.")
    kind, source, _, _ = named_event(text, "rejected")
    assert (kind, source) == ("REJECT", [("Kenya government", "KEN")])


def test_seat_after_from_still_places_the_story(nlp: Any) -> None:
    text = ("Violence spread across the Central African Republic, the BBC reports from Bangui. "
            "The government imposed a curfew.")
    kind, source, _, _ = named_event(text, "imposed")
    assert (kind, source) == ("COERCE", [("Central African Republic government", "CAF")])


def test_demonym_on_a_noun_after_from_still_counts(nlp: Any) -> None:
    text = ("Aid groups could not get supplies from a French military base. "
            "The authorities refused to allow them in.")
    _, source, _, _ = named_event(text, "refused")
    assert source == [("France authorities", "FRA")]
