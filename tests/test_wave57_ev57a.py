"""Wave 57, ev57a: the speaker taken as the doer of an act done to them.

- events.args.patient-owned-agent.v1: a passive act whose "by" phrase names no actor of its own
  but an owner ("she was threatened by her own guard") no longer takes that owner as its
  source when the owner is the one acted on (the passive subject): a speaker who says she was
  threatened did not threaten. With no other doer the act has no source (so no event), rather
  than the speaker.
Near misses: a "by" phrase that names an actor keeps it; an owner that is not the patient
("the convoy was attacked by the government's soldiers") is unchanged.
"""

from __future__ import annotations

from typing import Any

from click.testing import CliRunner

from dateline.cli import main
from tests.event_records import record_of

RULE = "events.args.patient-owned-agent.v1"


def _explain(text: str) -> str:
    return CliRunner().invoke(main, ["explain", text]).output


def _sources(text: str, trigger: str) -> list[list[str]]:
    record = record_of(text)
    names = {a.id: a.name for a in record.actors}
    return [[names[s] for s in e.source] for e in record.events if e.trigger.text == trigger]


def test_speaker_threatened_by_her_own_officer_is_not_source(nlp: Any) -> None:
    text = "The Kenyan trade minister said she was threatened by her own police officer."
    assert all("Kenyan trade minister" not in s for s in _sources(text, "threatened"))
    assert RULE in _explain(text)


def test_patient_attacked_by_his_guard_is_not_source(nlp: Any) -> None:
    text = "The Malian interior minister was attacked by his bodyguard on Sunday."
    assert all("Malian interior minister" not in s for s in _sources(text, "attacked"))
    assert RULE in _explain(text)


def test_group_attacked_by_their_allies_is_not_source(nlp: Any) -> None:
    text = "Rebels in the north said they were attacked by their former allies."
    assert RULE in _explain(text)


def test_named_agent_keeps_source(nlp: Any) -> None:
    text = "Nairobi said its embassy in Mogadishu was attacked by Somali gunmen."
    assert _sources(text, "attacked") == [["Somali gunmen"]]
    assert RULE not in _explain(text)


def test_owner_other_than_patient_is_unchanged(nlp: Any) -> None:
    text = "The Kenyan minister said the convoy was attacked by the government's soldiers."
    assert RULE not in _explain(text)


def test_active_act_of_speaker_is_unchanged(nlp: Any) -> None:
    text = "The Kenyan minister said she threatened the Ugandan envoy with expulsion."
    assert _sources(text, "threatened") == [["Kenyan minister"]]
