"""Wave 44, ev44a: parties named down a passive chain or in a requested act's "of" phrase.

events.args.chained-passive.v1 (``stages.event_passive_chains``): "were beaten, arrested, and
tortured": the third bare participle, hung on the second, shares the passive of the first; a
bare conjunct of a passive tagged as a past tense ("was released ... but then sentenced") too,
for an act done to someone. Near misses: a conjunct with its own object or subject, an
intransitive act after a passive.
events.args.requested-act-group.v1 (``stages.event_requested_groups``): "sought the arrest of two
former ministers": the unnamed people of a requested hostile act. Near misses: a release (the
demanded-patient rule), an act of no one, a named actor (requested-act-of.v1).
events.args.between-groups.v1 (``stages.event_between_groups``): "clashes between militants and
Iraqi forces": a side named by a common noun of people is a group party. Near misses: "between
groups" (no people named), sides that are all actors, a one-sided act.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import named_event, named_events

CHAINED = "events.args.chained-passive.v1"
GROUP = "events.args.requested-act-group.v1"
BETWEEN = "events.args.between-groups.v1"


def test_third_participle_of_a_passive_chain(nlp: Any) -> None:
    kind, source, target, rule = named_event(
        "According to Amnesty International, Azeri activists have been assassinated, "
        "arrested, and intimidated since 2002.", "intimidated")
    assert (kind, source, target) == ("THREATEN", [], [("Azeri activists", "AZE")])
    assert CHAINED in rule


def test_past_tense_tagged_conjunct_of_a_passive(nlp: Any) -> None:
    kind, source, target, rule = named_event(
        "The journalist was released on bail in July but then sentenced to two years in "
        "prison.", "sentenced")
    assert (kind, source, target) == ("SANCTION", [], [("journalist", None)])
    assert CHAINED in rule


def test_second_conjunct_stays_with_the_bare_conjoined_rule(nlp: Any) -> None:
    _, source, target, rule = named_event(
        "According to Amnesty International, Azeri activists have been assassinated, "
        "arrested, and intimidated since 2002.", "arrested")
    assert (source, target) == ([], [("Azeri activists", "AZE")])
    assert CHAINED not in rule and "events.args.bare-conjoined-passive.v1" in rule


def test_conjunct_with_its_own_object_is_active(nlp: Any) -> None:
    events = named_events("The rebel leader was arrested in May and attacked the guards in June.")
    assert all(CHAINED not in e[4] for e in events)


def test_intransitive_act_after_a_passive_is_no_chain(nlp: Any) -> None:
    events = named_events("The minister was questioned by police and resigned on Monday.")
    assert all(CHAINED not in e[4] for e in events)
    [(_, _, source, _, _)] = [e for e in events if e[1] == "resigned"]
    assert source == [("minister", None)]


def test_requested_arrest_of_unnamed_people(nlp: Any) -> None:
    kind, source, target, rule = named_event(
        "Prosecutors are seeking the arrest of two former ministers.", "seeking")
    assert (kind, source, target) == (
        "REQUEST", [("Prosecutors", None)], [("two former ministers", None)])
    assert GROUP in rule


def test_requested_release_keeps_no_target(nlp: Any) -> None:
    for text, trigger in [
            ("Rights groups demanded the release of all political prisoners.", "demanded"),
            ("The court ordered the release of the detained journalists.", "ordered")]:
        _, _, target, rule = named_event(text, trigger)
        assert target == [] and GROUP not in rule


def test_requested_act_of_no_people_keeps_no_target(nlp: Any) -> None:
    _, _, target, rule = named_event("The union demanded an end to the arrests.", "demanded")
    assert target == [] and GROUP not in rule


def test_requested_act_of_a_named_actor_stays_with_its_rule(nlp: Any) -> None:
    _, _, target, rule = named_event("Prosecutors are seeking the arrest of Peter Obi.", "seeking")
    assert target == [("Peter Obi", None)]
    assert "events.args.requested-act-of.v1" in rule and GROUP not in rule


def test_clashes_between_a_group_and_an_actor(nlp: Any) -> None:
    kind, source, target, rule = named_event(
        "Clashes between militants and Iraqi forces raged through Tikrit on Friday.", "Clashes")
    assert (kind, source, target) == ("ASSAULT", [("Iraqi forces", "IRQ")], [("militants", None)])
    assert BETWEEN in rule


def test_clashes_between_two_groups(nlp: Any) -> None:
    _, source, target, rule = named_event(
        "Violent clashes between supporters and opponents of the vote left more than 50 people "
        "dead.", "clashes")
    assert (source, target) == ([("supporters", None)], [("opponents", None)])
    assert BETWEEN in rule


def test_clashed_with_a_group_of_people(nlp: Any) -> None:
    _, source, target, rule = named_event(
        "Turkish police clashed with a group of demonstrators on Friday.", "clashed")
    assert (source, target) == ([("Turkish police", "TUR")], [("group of demonstrators", None)])
    assert BETWEEN in rule


def test_ceasefire_between_government_and_rebels(nlp: Any) -> None:
    kind, source, target, rule = named_event(
        "A ceasefire between the Libyan government and rebels was taking hold on Monday.",
        "ceasefire")
    assert (kind, source, target) == (
        "RETREAT", [("Libyan government", "LBY")], [("rebels", None)])
    assert BETWEEN in rule


def test_between_groups_of_no_people_keeps_no_parties(nlp: Any) -> None:
    _, source, target, rule = named_event("Clashes between groups continued on Saturday.",
                                          "Clashes")
    assert (source, target) == ([], []) and BETWEEN not in rule


def test_actor_sides_stay_with_their_rules(nlp: Any) -> None:
    _, source, target, rule = named_event(
        "Iraqi forces clashed with Kurdish fighters near Kirkuk.", "clashed")
    assert source == [("Iraqi forces", "IRQ")] and target == [("Kurdish fighters", "IRQ")]
    assert BETWEEN not in rule
