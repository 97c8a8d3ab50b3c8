"""Wave 79, ev79a: victims read as doers in passives that are no plain "X was killed by Y".

events.args.reported-participle-patient.v1: "medics reported two protesters killed", "neighbours
saw the leader arrested": the noun before a bare participle under a verb of report or sight is
the one acted on (the target), never the doer. events.args.conjoined-passive-chain.v1: "went to
the camp but was attacked and injured": a bare participle coordinated with a subjectless passive
acts on the active verb's subject. Near misses: a verb of saying with a past tense ("said
militiamen fired on"), a finite clause with an object ("reported that rebels killed three
soldiers"), a plain conjoined passive. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

REPORTED = "events.args.reported-participle-patient.v1"
CHAIN = "events.args.conjoined-passive-chain.v1"


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Hospital sources reported at least two Bahraini protesters killed.", "killed",
     "protesters"),
    ("Doctors reported at least three protesters killed in Manama.", "killed", "protesters"),
    ("Neighbours saw opposition leader Karim Haddad arrested outside his home.", "arrested",
     "Karim Haddad"),
    ("Witnesses saw Syrian soldiers attacked near the border.", "attacked", "soldiers"),
])
def test_reported_participle_patient(text: str, trigger: str, name: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert REPORTED in event.rule
    assert name in " ".join(names_of(record, event.target))
    assert name not in " ".join(names_of(record, event.source))


def test_conjoined_passive_chain() -> None:
    record = record_of("Interior Minister Lena Marsh went to the border post but was jostled "
                       "and hit by stones.")
    event = trigger_event(record, "hit")
    assert CHAIN in event.rule
    assert "Lena Marsh" in " ".join(names_of(record, event.target))
    assert not event.source


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("Witnesses said militiamen fired on protesters from a rooftop.", "fired", "militiamen"),
    ("Officials reported that rebels killed three Malian soldiers.", "killed", "rebels"),
    ("Villagers reported two Malian soldiers killed three rebels.", "killed", "soldiers"),
    ("The Chilean ambassador left the meeting and was detained and interrogated by security "
     "agents.", "detained", "security agents"),
])
def test_not_taken(text: str, trigger: str, doer: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert REPORTED not in event.rule and CHAIN not in event.rule
    assert doer in " ".join(names_of(record, event.source))
