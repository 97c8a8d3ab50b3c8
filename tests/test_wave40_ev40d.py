"""Wave 40, ev40d: triggers read in a sense that is not an act on another party (round 24).

- events.sense.toll-participle.v1: "stormed a police station, killing six policemen" is one
  ASSAULT, not two.
- events.sense.toll-in-act.v1: "were killed in an attack" is told by the killing (the noun names
  no party); "were killed in clashes between police and protesters" kept both events (pairs40:
  dropping the killing lost the act where the clash made no event) until wave 83, whose
  events.repeat.setting-noun.v1 folds the clash into the killing. One-sided strikes the
  killing names as its means fold into it since wave 67 (events.repeat.means-noun.v1).
An order to one's own forces stays a REQUEST (the rule tried for it was judged worse in pairs40).
"""

from __future__ import annotations

from typing import Any

from dateline import extract
from dateline.explain import explain

DATE = "2023-06-15"
PARTICIPLE = "events.sense.toll-participle.v1"
TOLL_IN_ACT = "events.sense.toll-in-act.v1"

Row = tuple[str, str, list[tuple[str, str | None]], list[tuple[str, str | None]]]


def _events(text: str) -> list[Row]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    actors = {a["id"]: (a["name"], a.get("country")) for a in record["actors"]}
    return [(e["type"], e["trigger"]["text"], [actors[s] for s in e["source"]],
             [actors[t] for t in e["target"]]) for e in record["events"]]


def _outcome(text: str, trigger: str) -> str:
    [found] = [c for c in explain(text, date=DATE, min_confidence=0) if c.trigger == trigger]
    return found.outcome


# --- toll-participle ----------------------------------------------------------------------------

def test_killing_participle_of_storming_is_one_act(nlp: Any) -> None:
    text = "Gunmen stormed a police station in Kashmir, killing six policemen."
    assert [e[1] for e in _events(text)] == ["stormed"]
    assert PARTICIPLE in _outcome(text, "killing")


def test_killing_participle_of_opened_fire_is_one_act(nlp: Any) -> None:
    text = "Gunmen opened fire on the guards at a training camp in Bangladesh, killing 15 people."
    assert [e[1] for e in _events(text) if e[0] == "ASSAULT"] == ["opened"]


def test_killing_after_non_assault_verb_kept(nlp: Any) -> None:
    text = "Kenyan police arrested 40 protesters in Nairobi, killing two."
    assert "killing" in [e[1] for e in _events(text)]


def test_killing_as_own_clause_kept(nlp: Any) -> None:
    text = "Israeli airstrikes continue killing Palestinian civilians in Gaza."
    assert "killing" in [e[1] for e in _events(text)]


# --- toll-in-act --------------------------------------------------------------------------------

def test_killed_in_clashes_between_sides_keeps_the_killing(nlp: Any) -> None:
    # Changed on purpose in wave 83: this pinned two events (killed, clashes). pairs40 kept both
    # because folding the killing into the clash lost the act where the clash made no event;
    # round 51's judge coded "killed in clashes between ..." once and the clash as a duplicate,
    # so events.repeat.setting-noun.v1 (ev83k) folds the clash into the killing, which stays.
    text = ("At least 11 people were killed in clashes between Kenyan police and Muslim "
            "protesters in Nairobi on Thursday.")
    assert [e[1] for e in _events(text)] == ["killed"]
    assert TOLL_IN_ACT not in _outcome(text, "killed")


def test_order_to_own_forces_stays_request(nlp: Any) -> None:
    text = "Afghan President Hamid Karzai ordered security forces to beef up security in Kabul."
    assert [e[0] for e in _events(text) if e[1] == "ordered"] == ["REQUEST"]


def test_killed_in_one_sided_strikes_is_one_act_told_by_the_killing(nlp: Any) -> None:
    # Changed on purpose in wave 67: this pinned two events (killed, strikes) as a near miss of
    # toll-in-act; events.repeat.means-noun.v1 (ev67d) folds the strikes, the means of the
    # killing, into the killing, which names the party hit: one act, as a coder codes it.
    text = "A Pakistani father was killed during Israeli drone strikes in Gaza."
    assert [(e[0], e[1]) for e in _events(text)] == [("ASSAULT", "killed")]
    assert TOLL_IN_ACT not in _outcome(text, "killed")


def test_killed_in_partyless_fighting_told_by_killing(nlp: Any) -> None:
    text = "Five soldiers were killed in the fighting in Kenya on Monday."
    assert [e[1] for e in _events(text)] == ["killed"]
