"""Wave 70, ev70d: joint subjects of a one-way act (blind rounds 41-42).

- events.args.joint-one-way.v1: conjoined subjects that host, welcome, praise, condemn, urge or
  visit did it together toward something else, not to each other: neither is the other's target,
  whatever marker the clause holds ("talks", "agreement") or phrase joins them ("the leaders of
  A and B").
- Near misses: acts mutual by nature (meet, sign, agree) and a reciprocal object ("praised each
  other") stay mutual.
"""

from __future__ import annotations

import pytest

from tests.event_records import named_events

RULE = "events.args.joint-one-way.v1"
MUTUAL = "events.args.mutual.v1"


def _at(text: str, trigger: str) -> list[tuple[str, list[str], list[str], str]]:
    return [(kind, [n for n, _ in src], [n for n, _ in tgt], rule)
            for kind, trig, src, tgt, rule in named_events(text) if trig == trigger]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The leaders of Ghana and Togo welcomed the peace agreement on Tuesday.", "welcomed"),
    ("Ghana and Togo praised the truce deal between the two militias.", "praised"),
])
def test_joint_one_way_act_has_no_mutual_target(text: str, trigger: str) -> None:
    [(_, source, target, rule)] = _at(text, trigger)
    assert sorted(source) == ["Ghana", "Togo"]
    assert target == []
    assert RULE in rule and MUTUAL not in rule


def test_hosts_are_not_each_others_partners() -> None:
    text = "Qatar and Egypt hosted talks between the rival factions on Sunday."
    for _, source, target, _ in _at(text, "hosted"):
        assert not set(source) & set(target)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Ghana and Togo signed a border treaty on Tuesday.", "signed"),
    ("The leaders of Ghana and Togo met in Accra on Tuesday.", "met"),
    ("Ghana and Togo agreed to reopen their border.", "agreed"),
    ("Ghana and Togo praised each other on Tuesday.", "praised"),
])
def test_reciprocal_acts_stay_mutual(text: str, trigger: str) -> None:
    [(_, source, target, rule)] = _at(text, trigger)
    assert sorted(source) == sorted(target) == ["Ghana", "Togo"]
    assert MUTUAL in rule and RULE not in rule
