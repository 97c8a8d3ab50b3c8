"""Issue 11, wave 22: landing the CAMEO-block pruning (wave 18). The readings a coder codes that
only an unkept CAMEO block used to code get entries of our own lexicon, each the verb with its
object class (``lexicon/events/*.yaml``, rules named below). Sentences are ours."""

from __future__ import annotations

import pytest

from tests.event_records import countries_of, record_of


def _coded(text: str, word: str) -> list[tuple[str, str, set[str | None], set[str | None]]]:
    """(type, rule, source countries, target countries) of the events on ``word``."""
    record = record_of(text)
    return [(e.type, e.rule.split("+")[0], countries_of(record, e.source),
             countries_of(record, e.target))
            for e in record.events if e.trigger.text == word]


@pytest.mark.parametrize(
    ("text", "word", "kind", "rule"),
    [
        ("Peru settled its long fishing row with Chile last month.", "settled", "AGREE",
         "events.agree.settle-dispute.v1"),
        ("Norway has settled the lawsuit with Denmark over the oil field.", "settled", "AGREE",
         "events.agree.settle-dispute.v1"),
        ("Brazilian diplomats voiced anger at Argentina's decision to close the border.",
         "voiced", "ACCUSE", "events.accuse.voice-displeasure.v1"),
        ("Spain cancelled a contract to buy frigates from Italy.", "cancelled", "SANCTION",
         "events.sanction.cancel-deal.v1"),
        ("Six soldiers died in fighting with separatist rebels in the east of Ukraine.",
         "died", "ASSAULT", "events.sense.died-in-clash-with.v1"),
        ("France flew 300 paratroopers into Mali overnight.", "flew", "MOBILIZE",
         "events.mobilize.fly-troops.v1"),
        ("Japan will let the United States use its airbases on Okinawa.", "use", "COOPERATE",
         "events.cooperate.use-bases.v1"),
        ("Russia has stepped up its military presence near the border.", "stepped", "MOBILIZE",
         "events.sense.raised-armed-presence.v1"),
        ("Britain will increase its forces in Estonia next year.", "increase", "MOBILIZE",
         "events.mobilize.increase-forces.v1"),
    ],
)
def test_own_entry_codes_a_reading_of_an_unkept_block(text: str, word: str, kind: str,
                                                      rule: str) -> None:
    assert [(t, r) for t, r, _, _ in _coded(text, word)] == [(kind, rule)]


def test_the_with_party_of_a_settled_dispute_is_the_target() -> None:
    [(_, _, source, target)] = _coded("Peru settled its long fishing row with Chile last month.",
                                      "settled")
    assert (source, target) == ({"PER"}, {"CHL"})


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        # a settlement of people, a death of no fight or of no other side, a flight of no
        # troops, a use of no base, a voice of no displeasure, security or a presence unarmed
        ("Thousands of refugees settled in camps near the border.", "settled", "AGREE"),
        ("The former president died in hospital on Sunday.", "died", "ASSAULT"),
        ("Hundreds of people have died in clashes since January.", "died", "ASSAULT"),
        ("The foreign minister flew into Beirut on Monday.", "flew", "MOBILIZE"),
        ("The army used tear gas against the crowd.", "used", "COOPERATE"),
        ("The minister voiced hope that the talks would resume.", "voiced", "ACCUSE"),
        ("The government boosted security at the stadium before the final.", "boosted",
         "MOBILIZE"),
        ("The bank has increased its presence in Asia.", "increased", "MOBILIZE"),
    ],
)
def test_the_verbs_without_their_object_class_stay_out(text: str, word: str, kind: str) -> None:
    assert [t for t, _, _, _ in _coded(text, word) if t == kind] == []


@pytest.mark.parametrize(
    ("text", "word", "rule", "source", "target"),
    [
        ("Egypt set out its conditions for accepting the Sudanese proposal on Sunday.", "set",
         "events.request.set-out-conditions.v1", {"EGY"}, {"SDN"}),
        ("Iran laid out its terms for a new deal with the United States.", "laid",
         "events.request.lay-out-conditions.v1", {"IRN"}, {"USA"}),
    ],
)
def test_terms_set_out_for_another_partys_plan_are_a_request(
        text: str, word: str, rule: str, source: set[str], target: set[str]) -> None:
    assert _coded(text, word) == [("REQUEST", rule, source, target)]


@pytest.mark.parametrize("text", [
    "The company set out its plans for the new factory.",
    "The rebels set out for the capital on Monday.",
])
def test_setting_out_plans_or_on_a_journey_is_no_request(text: str) -> None:
    assert _coded(text, "set") == []


@pytest.mark.parametrize(
    ("text", "word", "rule", "source"),
    [
        ("Police in Minsk used water cannon and rubber bullets on the marchers.", "used",
         "events.assault.use-crowd-weapons.v1", {"BLR"}),
        ("Syrian troops used chemical weapons against the rebel-held town, the monitors "
         "said.", "used", "events.assault.use-weapons.v1", {"SYR"}),
        ("Lebanon sealed its border with Syria on Monday.", "sealed",
         "events.coerce.seal-border.v1", {"LBN"}),
        ("Ghana shut its border with Togo after the coup.", "shut",
         "events.coerce.shut-border.v1", {"GHA"}),
    ],
)
def test_weapons_used_and_borders_shut_are_acts_again(
        text: str, word: str, rule: str, source: set[str]) -> None:
    [(kind, got_rule, got_source, _)] = _coded(text, word)
    assert (got_rule, got_source) == (rule, source)
    assert kind == ("COERCE" if "border" in rule else "ASSAULT")


@pytest.mark.parametrize("text", [
    "The ministry will use the new funds to repair the schools.",
    "Farmers used the water to irrigate their fields.",
])
def test_use_of_other_things_is_no_assault(text: str) -> None:
    assert _coded(text, "use") == [] and _coded(text, "used") == []
