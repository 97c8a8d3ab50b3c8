"""Issue 11, round 9: measures, goods, capabilities, documents and travel are no events in
business news; protests by unnamed crowds stand without a source; a state's planes are its
instrument; announcing one's own plans is no agreement, and a demand "on" someone no attack."""

from __future__ import annotations

import pytest


def _types(text: str) -> list[str]:
    from dateline import extract

    return [e.type for e in extract(text, date="2023-06-15", min_confidence=0).events]


def _rules(text: str) -> list[str]:
    from dateline import extract

    return [e.rule for e in extract(text, date="2023-06-15", min_confidence=0).events]


# --- pattern 1: non-political senses in business news --------------------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a level or a measure reached is no attack
        ("The Nikkei index hit a record low on Tuesday, the finance ministry said.", "ASSAULT"),
        ("\"We have not hit the ceiling yet,\" said the government's chief economist.", "ASSAULT"),
        # civil goods moved are no deployment of forces
        ("The new Airbus planes will have to be flown into Malaysia before registration, "
         "the transport ministry said.", "MOBILIZE"),
        # what a vehicle can do is no visit
        ("The French prime minister said the new Air France jet can fly from Paris to Tokyo "
         "without a stop.", "CONSULT"),
        # a press release is a document, not a release of captives
        ("The Bank of Japan kept rates unchanged on Tuesday. In its news release, the bank said "
         "growth would slow.", "RETREAT"),
        ("The Russian defence ministry said on Monday that its troops had left Kherson. In its "
         "press release, the ministry said the troops were safe.", "RETREAT"),
        # ending a career is no request; travelling to a summit is no agreement
        ("The Polish president is calling time on his political career.", "REQUEST"),
        ("The leaders of the two parties headed to a summit in Warsaw.", "AGREE"),
        # a firm announcing its own plans declares a business decision, not an intent to
        # cooperate (a government's announced plans stay AGREE: test_event_types_round6)
        ("Toyota Motor Corp. announced plans on Monday to close three factories.", "AGREE"),
        # help for the economy or its parts is no aid to, nor support of, an actor
        ("But this is what I like about it: it really helps the environment in two respects, "
         "the Indian minister said.", "AID"),
        # a demand or wish "on" someone is pressure, not an attack
        ("Japan wants to put pressure on China over its fishing fleet, a spokesman said.",
         "ASSAULT"),
    ],
)
def test_business_and_idiom_senses_are_no_event(nlp, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    assert absent not in _types(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Rebels released twenty hostages in Mali on Sunday.", "RETREAT"),
        ("The United States flew troops into Kabul on Monday.", "MOBILIZE"),
        ("Israel announced sanctions against Iran on Monday.", "SANCTION"),
        ("Egypt lodged a formal protest with the Israeli embassy.", "ACCUSE"),
        ("The European Union will support Ukraine's economy with 18 billion euros.", "SUPPORT"),
    ],
)
def test_political_readings_stay(nlp, text: str, kept: str) -> None:  # type: ignore[no-untyped-def]
    assert kept in _types(text)


def test_a_formal_protest_ruled_on_is_a_complaint(nlp) -> None:  # type: ignore[no-untyped-def]
    types = _types("The Government Accountability Office upheld the Pentagon's protest.")
    assert "PROTEST" not in types


# --- a state's planes are its instrument ----------------------------------------------------------


def test_national_jets_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _types("Syrian jets struck the town of Saraqeb on Tuesday.")


def test_a_plane_hitting_water_is_still_no_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in _types("The plane hit the water shortly after take-off.")


# --- pattern 2: protests by unnamed crowds ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Thousands of opposition supporters held a rally in Minsk on Sunday.", "BLR"),
        ("Hundreds of students took part in a demonstration in Dhaka on Friday.", "BGD"),
        ("Tens of thousands of people joined a demonstration against the government in Rabat.",
         "MAR"),
        ("For a third day, thousands of farmers marched across France.", "FRA"),
    ],
)
def test_a_crowd_is_a_group_of_the_country_it_protests_in(nlp, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    from dateline import extract

    record = extract(text, date="2023-06-15", min_confidence=0)
    events = [e for e in record.events if e.type == "PROTEST"]
    assert events, text
    assert "events.args.crowd.v2" in events[0].rule
    sources = [a for a in record.actors if a.id in events[0].source]
    assert [(a.kind, a.country) for a in sources] == [("group", country)]


def test_the_government_a_crowd_protests_against_is_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline import extract

    record = extract("Thousands of people protested against the government in Rabat on Friday.",
                     date="2023-06-15", min_confidence=0)
    event = next(e for e in record.events if e.type == "PROTEST")
    assert {a.country for a in record.actors if a.id in event.target} == {"MAR"}


def test_a_crowd_with_no_place_protests_with_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline import extract

    # (not "Opposition supporters": since round 17 supporters are a group actor of their own,
    # a party the sentence names, with no country: "supporters" joined roles.yaml in ev17b)
    record = extract("Thousands of people staged a protest outside parliament.",
                     date="2023-06-15", min_confidence=0)
    events = [e for e in record.events if e.type == "PROTEST"]
    # ev27b (round 19): the crowd the sentence names is the party (events.args.crowd-party.v2),
    # where it used to stand with no source at all; a text that names no country gives it none
    sources = [a for a in record.actors if events and a.id in events[0].source]
    assert [(a.name, a.country) for a in sources] == [("Thousands of people", None)]


def test_a_market_rally_is_still_no_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" not in _types("Shares of Ford rallied on Monday after strong earnings.")


def test_rallying_behind_a_leader_is_no_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" not in _types("Kenyan lawmakers rallied behind the president on Sunday.")
