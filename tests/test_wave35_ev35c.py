"""Wave 35 (round 22: targets the sentence names through a pronoun, left empty).

- ``events.args.object-pronoun-not-doer.v2``: coreference had given an object pronoun to the
  doer of its own clause ("police held two activists, accusing them": not the police, who are
  the accusers), so the event lost its target; that resolution is dropped and the pronoun
  takes the one other party of its sentence, or none.

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on

NOT_DOER = "events.args.object-pronoun-not-doer.v2"


def _names(record, ids):  # type: ignore[no-untyped-def]
    actors = {a.id: a.name for a in record.actors}
    return [actors[i] for i in ids]


def test_a_participle_pronoun_is_not_its_controller(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Ghanaian police arrested two opposition activists, accusing them of "
                     "sedition.")
    event = _on(record, "accusing")
    assert _names(record, event.target) == ["opposition activists"]
    assert NOT_DOER in event.rule
    assert NOT_DOER not in _on(record, "arrested").rule


def test_a_pronoun_inside_a_noun_phrase_may_be_the_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Kenyan President William Ruto accused the former French envoy, Paul "
                     "Marceau, of complicity in the plot against him on Tuesday.")
    event = _on(record, "accused")
    assert NOT_DOER not in event.rule
    assert "Ruto" not in " ".join(_names(record, event.target))
