"""Wave 56, ev56e: acts a sentence names but does not report done.

- events.modality.without-act.v1: the clause (gerund or participle) or the noun that "without"
  takes did not happen: "held for weeks without being charged" codes the charge negated.
- events.modality.readiness-act.v1: the to-infinitive of an adjective of readiness ("prepared
  to", "ready to", "willing to", "reluctant to") is only offered: hypothetical.
- Near misses keep their reading: the act that "without" only accompanies ("arrested him
  without a warrant"), the verb beside a "without" clause ("detained without being charged"),
  and adjectives that tell what was done ("was quick to condemn").
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
WITHOUT = "events.modality.without-act.v1"
READINESS = "events.modality.readiness-act.v1"


def _event(text: str, trigger: str) -> dict[str, Any]:
    events = extract(text, date=DATE, min_confidence=0).to_dict()["events"]
    return next(e for e in events if e["trigger"]["text"] == trigger)


def test_charge_under_without_is_negated() -> None:
    event = _event("The reporter was held for two months without being formally charged by "
                   "the police.", "charged")
    assert event["modality"] == "negated"
    assert WITHOUT in event["rule"]


def test_joined_charge_under_without_is_negated_and_the_detention_asserted() -> None:
    text = "The dissident has been detained without being charged or tried."
    charged = _event(text, "charged")
    assert charged["modality"] == "negated" and WITHOUT in charged["rule"]
    detained = _event(text, "detained")
    assert detained["modality"] == "asserted" and WITHOUT not in detained["rule"]


def test_attack_offered_under_prepared_is_hypothetical() -> None:
    event = _event("The rebels said they were prepared to launch further attacks on the army "
                   "should there be no agreement.", "launch")
    assert event["modality"] == "hypothetical"
    assert READINESS in event["rule"]


def test_accompanying_without_leaves_the_act_asserted() -> None:
    for text, trigger in [("Police arrested the journalist without a warrant on Monday.",
                           "arrested"),
                          ("Troops fired on the crowd without warning.", "fired")]:
        event = _event(text, trigger)
        assert event["modality"] == "asserted", text
        assert WITHOUT not in event["rule"]


def test_quick_to_condemn_stays_asserted() -> None:
    event = _event("The government was quick to condemn the attack.", "condemn")
    assert event["modality"] == "asserted"
    assert READINESS not in event["rule"]


def test_noun_under_a_readied_verb_keeps_its_reading(nlp: Any) -> None:
    from dateline.stages.modality import modality_of

    doc = nlp("The rebels are ready to end the ceasefire with the army.")
    ceasefire = next(t for t in doc if t.text == "ceasefire")
    end = next(t for t in doc if t.text == "end")
    assert modality_of(end) == "hypothetical"
    assert modality_of(ceasefire) == "asserted"
