"""The confidence stage: every event's ``confidence``, the chance a coder accepts all of it.

Runs after the events stage (its actors and events are final there) and before places and
threads, which read events but change none of what the model sees. The model and its features
are ``dateline.confidence``; this stage only builds each event's view and writes the number.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dateline.confidence import EventView, event_confidence, shipped_model
from dateline.record import Event
from dateline.stages.base import DEFAULT_CONFIG, Stage
from dateline.stages.state import DocState
from dateline.stages.syntax import doc_text


@Language.factory(
    "dateline_confidence",
    default_config=DEFAULT_CONFIG,
    requires=["doc.user_data"],
    assigns=["doc.user_data"],
)
def make_confidence_stage(nlp: Language, name: str, user_lexicons: list[dict[str, Any]],
                          on_error: str) -> ConfidenceStage:
    return ConfidenceStage(name, user_lexicons, on_error)


class ConfidenceStage(Stage):
    """Scores the events table in place and republishes it."""

    table = "events"
    reads = ("actors", "events")

    def __init__(self, name: str = "dateline_confidence",
                 user_lexicons: list[dict[str, Any]] | tuple[()] = (),
                 on_error: str = "raise") -> None:
        super().__init__(name, user_lexicons, on_error)
        self.model = shipped_model()  # read now, not on the first article

    def process(self, doc: Doc, state: DocState) -> None:
        for event in state.events:
            event.confidence = event_confidence(view_of(event, state, doc), self.model)


def view_of(event: Event, state: DocState, doc: Doc) -> EventView:
    """What the record will show of ``event`` (the model's input), from the doc's state."""
    anchor = state.document_date.isoformat() if state.document_date else None
    return EventView.of_event(event, {a.id: a for a in state.actors}, doc_text(doc), anchor)
