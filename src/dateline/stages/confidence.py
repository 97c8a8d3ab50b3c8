"""The confidence stage: every event's ``confidence``, the chance a coder accepts all of it.

Runs after the events stage (its actors and events are final there) and before places and
threads, which read events but change none of what the model sees. The model and its features
are ``dateline.confidence``; this stage builds each event's view, writes the number, and
withholds the events below the threshold (``DEFAULT_MIN_CONFIDENCE`` unless the caller asks for
another: 0 keeps every event the rules found), so that places and threads see only kept events.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dateline.confidence import (
    DEFAULT_MIN_CONFIDENCE,
    EventView,
    checked_min_confidence,
    event_confidence,
    shipped_model,
)
from dateline.record import Event
from dateline.stages.base import DEFAULT_CONFIG, Stage
from dateline.stages.state import DocState, min_confidence_of
from dateline.stages.syntax import doc_text


@Language.factory(
    "dateline_confidence",
    default_config={**DEFAULT_CONFIG, "min_confidence": DEFAULT_MIN_CONFIDENCE},
    requires=["doc.user_data"],
    assigns=["doc.user_data"],
)
def make_confidence_stage(nlp: Language, name: str, user_lexicons: list[dict[str, Any]],
                          on_error: str, min_confidence: float) -> ConfidenceStage:
    return ConfidenceStage(name, user_lexicons, on_error, min_confidence)


class ConfidenceStage(Stage):
    """Scores the events table, withholds the events below the threshold (the doc's own, from
    ``extract(min_confidence=)``, else the stage's ``min_confidence``), and republishes it."""

    table = "events"
    reads = ("actors", "events")

    def __init__(self, name: str = "dateline_confidence",
                 user_lexicons: list[dict[str, Any]] | tuple[()] = (),
                 on_error: str = "raise",
                 min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> None:
        super().__init__(name, user_lexicons, on_error)
        checked_min_confidence(min_confidence)
        self.min_confidence = min_confidence
        self.model = shipped_model()  # read now, not on the first article

    def process(self, doc: Doc, state: DocState) -> None:
        for event in state.events:
            event.confidence = event_confidence(view_of(event, state, doc), self.model)
        asked = min_confidence_of(doc)
        state.events = withhold(state.events, self.min_confidence if asked is None else asked)


def withhold(events: list[Event], min_confidence: float) -> list[Event]:
    """The events at or above ``min_confidence``, numbered again from e1 (places and threads,
    the stages after this one, are the first to refer to events by id)."""
    kept = [event for event in events if event.confidence >= min_confidence]
    for number, event in enumerate(kept, start=1):
        event.id = f"e{number}"
    return kept


def view_of(event: Event, state: DocState, doc: Doc) -> EventView:
    """What the record will show of ``event`` (the model's input), from the doc's state."""
    anchor = state.document_date.isoformat() if state.document_date else None
    return EventView.of_event(event, {a.id: a for a in state.actors}, doc_text(doc), anchor)
