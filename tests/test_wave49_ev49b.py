"""Wave 49, ev49b: no country guessed from where the story is for parties whose country the
text does not make plain (events.args.unplaced-party.v1, module ``event_unplaced_parties``):
unidentified attackers ("gunmen", "a suicide bomber") and groups named for their methods
("militants") take no article's country; a named armed group the lexicon gives no country
(Islamic State) takes neither the article's nor the sentence place's. Rebels, protesters and a
group whose own phrase names a country keep theirs.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import named_event

RULE = "events.args.unplaced-party.v1"
LEAD = ("Kenya's president visited Nairobi on Monday. Kenya has faced a wave of violence this "
        "year, Kenyan officials said.\n")


def test_gunmen_take_no_article_country(nlp: Any) -> None:
    kind, source, target, rule = named_event(
        LEAD + "Gunmen killed four villagers near the border on Tuesday.", "killed")
    assert (kind, source, target) == ("ASSAULT", [("Gunmen", None)], [("villagers", "KEN")])
    assert RULE in rule


def test_militants_take_no_article_country(nlp: Any) -> None:
    kind, source, _, rule = named_event(
        LEAD + "Militants attacked a police post on Wednesday.", "attacked")
    assert (kind, source) == ("ASSAULT", [("Militants", None)])
    assert RULE in rule


def test_named_stateless_group_takes_no_country(nlp: Any) -> None:
    kind, source, _, rule = named_event(
        LEAD + "Islamic State fighters attacked a church on Wednesday.", "attacked")
    assert (kind, source) == ("ASSAULT", [("Islamic State fighters", None)])
    assert RULE in rule


def test_rebels_keep_the_article_country(nlp: Any) -> None:
    kind, source, _, rule = named_event(
        LEAD + "Rebels attacked a police post on Wednesday.", "attacked")
    assert (kind, source) == ("ASSAULT", [("Rebels", "KEN")])
    assert RULE not in rule and "events.args.article-country.v13" in rule


def test_protesters_keep_the_article_country(nlp: Any) -> None:
    kind, source, _, rule = named_event(
        LEAD + "Protesters marched against the government.", "marched")
    assert (kind, source) == ("PROTEST", [("Protesters", "KEN")])
    assert RULE not in rule


def test_own_phrase_country_stays(nlp: Any) -> None:
    kind, source, _, rule = named_event(
        LEAD + "Somali gunmen attacked a police post on Wednesday.", "attacked")
    assert (kind, source) == ("ASSAULT", [("Somali gunmen", "SOM")])
    assert RULE not in rule


def test_place_phrase_country_stays(nlp: Any) -> None:
    kind, source, _, rule = named_event(
        LEAD + "Militants in Somalia attacked a police post on Wednesday.", "attacked")
    assert (kind, source) == ("ASSAULT", [("Somalia militants", "SOM")])
    assert RULE not in rule


def test_pro_government_gunmen_keep_the_article_country(nlp: Any) -> None:
    """Near miss: a name that ties the attackers to the state of the story keeps its guess."""
    kind, source, _, rule = named_event(
        LEAD + "Pro-government gunmen attacked an opposition office on Tuesday.", "attacked")
    assert (kind, source) == ("ASSAULT", [("Pro-government gunmen", "KEN")])
    assert RULE not in rule
