"""Wave 26 (ev26d; judged round 19: actors' country codes). A "pro-" or "anti-" prefix makes
the country word after it the side a group takes, not its own country
(``actors.group.side-prefix.v1``): the group keeps the words in its name, takes no country from
them, and no guess from the story's places gives that country back.

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import actor_by_mention, countries_of
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on

SIDE_PREFIX = "actors.group.side-prefix.v1"


def test_pro_demonym_is_no_country(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Chad turned down a truce offered by pro-Russian rebels on Monday.")
    rebels = next(a for a in record.actors if "rebels" in a.name)
    assert rebels.name == "pro-Russian rebels"
    assert rebels.country != "RUS"
    assert SIDE_PREFIX in (rebels.rule or "")


def test_anti_demonym_is_no_country(nlp) -> None:  # type: ignore[no-untyped-def]
    actor = actor_by_mention("Anti-French demonstrators marched through the capital on Sunday.",
                             "Anti-French demonstrators")
    assert actor.country != "FRA"
    assert SIDE_PREFIX in (actor.rule or "")


def test_place_of_side_taker_still_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Pro-Russian militants in eastern Ukraine shelled a checkpoint on Sunday.")
    event = _on(record, "shelled")
    assert countries_of(record, event.source) == {"UKR"}


def test_story_country_not_given_back(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record(
        "Russia denied sending troops to the region on Tuesday.\n"
        "Moscow said Russia has no soldiers there and Russia wants peace.\n"
        "Pro-Russian rebels attacked a border post on Wednesday.")
    event = _on(record, "attacked")
    assert any("rebels" in n for n in _names(record, event.source))
    assert "RUS" not in countries_of(record, event.source)


def test_plain_demonym_keeps_country(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Russian soldiers attacked a border post on Wednesday.")
    event = _on(record, "attacked")
    assert countries_of(record, event.source) == {"RUS"}


def test_pro_people_word_is_a_party_without_country(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The pro-Russians demanded a new vote on Friday.")
    event = _on(record, "demanded")
    assert _names(record, event.source) == ["pro-Russians"]
    assert countries_of(record, event.source) == {None}


def test_anti_prefix_country_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Angry crowds burned flags at an anti-American rally in the town on Monday.")
    assert "United States" not in {a.name for a in record.actors}
