"""Wave 48, ev48a: an object pronoun of the trigger that coreference gave to the act's own
source stands for the one fitting party named before it in its sentence
(events.args.source-bound-pronoun.v1, module ``event_source_bound_pronouns``). "It" counts only
in a harm or coercion act, where it is mostly a country; elsewhere it is mostly a thing and the
target stays empty, as it does for a preposition whose object is no patient ("with it").
"""

from __future__ import annotations

from typing import Any

from tests.event_records import named_event

RULE = "events.args.source-bound-pronoun.v1"


def test_annexed_it_is_the_country_named_before(nlp: Any) -> None:
    text = ("The Soviet Union, which ruled Ukraine for decades and annexed it in 1990, "
            "collapsed in 1991.")
    kind, source, target, rule = named_event(text, "annexed")
    assert (kind, source, target) == ("COERCE", [("Soviet Union", "SUN")], [("Ukraine", "UKR")])
    assert RULE in rule


def test_help_them_is_the_plural_group_named_before(nlp: Any) -> None:
    text = ("Some companies have found it hard to operate, and the European Commission had to "
            "intervene to help them.")
    kind, source, target, rule = named_event(text, "help")
    assert (kind, source, target) == ("AID", [("European Commission", "EUR")],
                                      [("Some companies", None)])
    assert RULE in rule


def test_ask_him_is_the_other_person_named_before(nlp: Any) -> None:
    text = ("The leader of Djibouti has proposed a meeting with the president of Samoa and wants "
            "to ask him to change his policy.")
    kind, source, target, rule = named_event(text, "ask")
    assert (kind, source, target) == ("REQUEST", [("leader", "DJI")], [("president", "WSM")])
    assert RULE in rule


def test_it_outside_harm_acts_keeps_no_target(nlp: Any) -> None:
    text = "The government of Peru promised to protect it as one of the most diverse forests."
    kind, source, target, rule = named_event(text, "promised")
    assert (kind, source, target) == ("AGREE", [("Peru government", "PER")], [])
    assert RULE not in rule


def test_with_it_is_no_patient(nlp: Any) -> None:
    text = "Russia, which borders Ukraine, signed a pact with it in 1997."
    kind, source, target, rule = named_event(text, "signed")
    assert (kind, source, target) == ("SUPPORT", [("Russia", "RUS")], [])
    assert RULE not in rule


def test_pronoun_of_another_party_is_left_alone(nlp: Any) -> None:
    text = "The leader of Chad met the president of Niger and then praised him."
    kind, source, target, rule = named_event(text, "praised")
    assert (kind, source, target) == ("SUPPORT", [("leader", "TCD")], [("president", "NER")])
    assert RULE not in rule
