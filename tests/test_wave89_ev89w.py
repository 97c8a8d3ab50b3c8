"""Wave 89, ev89w: a follower the sentence names is the doer, and one pass of pronoun ranking.

events.args.named-follower.v1: "her ally in Peru, Ana Ruiz, expelled ...": an apposition in the
follower's phrase names the person who acted, so the source is that person, not a group with
the possessor's country (ev88p read the phrase as an unnamed group). Near miss: an unnamed
follower group is still the group. actors.pronoun.main-subject.v1 is decided in one pass now;
its tests are in test_wave86_ev86g.py. Sentences written for these tests.
"""

from __future__ import annotations

from tests.event_records import names_of, record_of, trigger_event

NAMED = "events.args.named-follower.v1"
GROUP = "events.args.follower-source.v1"


def test_named_follower_is_the_source() -> None:
    record = record_of("Chilean President Marta Soto said on Monday that her ally in Peru, "
                       "Ana Ruiz, expelled the Dutch ambassador last year.")
    event = trigger_event(record, "expelled")
    assert NAMED in event.rule and GROUP not in event.rule
    assert names_of(record, event.source) == ["Ana Ruiz"]


def test_unnamed_followers_stay_a_group() -> None:
    record = record_of("Marta Soto leads the opposition. Her allies in Lima denounced the "
                       "ruling on Sunday.")
    event = trigger_event(record, "denounced")
    assert GROUP in event.rule and NAMED not in event.rule
    names = names_of(record, event.source)
    assert len(names) == 1 and "allies" in names[0]
