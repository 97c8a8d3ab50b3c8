"""Wave 96, ev96l: the author of an act a summing-up reaction reacts to, in more forms.

events.args.summary-reaction-forms.v1: a reaction told on a noun that sums up the main clause
reacts to that clause's subject, also when the reaction is a participle on the noun ("an idea
spurned by Japan"), a conjunct of its relative clause ("a verdict that Chile accepted and Peru
condemned"), on a noun in an "in" phrase after a comma ("in a move that the unions welcomed"), or
on a noun of a proposal or finding ("a plan that Oslo rejected"). Near misses: the noun not set
off by a comma, a noun that sums up nothing ("a town that ..."), and the older rule's own shape
(", a move that ..."), which keeps its own rule name. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

RULE = "events.args.summary-reaction-forms.v1"


@pytest.mark.parametrize(("text", "trigger", "author"), [
    ("The Swedish foreign minister proposed last week that the council send monitors to the "
     "region, an idea spurned by Japan.", "spurned", "Swedish"),
    ("The regional court decided on Monday that the border lies along the river, a verdict "
     "that Chile accepted and Peru condemned.", "condemned", "court"),
    ("Kenya's government cut fuel taxes on Tuesday, in a sudden move that the unions welcomed.",
     "welcomed", "Kenya"),
    ("The Danish prime minister suggested that the fishing quotas be halved, a plan that "
     "Norway rejected.", "rejected", "Danish"),
])
def test_author_of_summed_up_act_is_target(text: str, trigger: str, author: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert RULE in event.rule
    assert any(author.lower() in name.lower() for name in names_of(record, event.target))


@pytest.mark.parametrize(("text", "trigger"), [
    # no comma: the noun is the main clause's own object, not a summing-up
    ("Norway rejected a plan that the Danish prime minister suggested.", "rejected"),
    # a place, not an act: no summing-up
    ("The Danish prime minister visited the port, a town that Norway praised.", "praised"),
])
def test_no_summed_up_act(text: str, trigger: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert RULE not in event.rule


def test_older_shape_keeps_its_rule() -> None:
    record = record_of("Kenya's government cut fuel taxes on Tuesday, a move that the unions "
                       "welcomed.")
    event = trigger_event(record, "welcomed")
    assert RULE not in event.rule
    assert "events.args.summary-reaction.v1" in event.rule
