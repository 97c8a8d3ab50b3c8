"""What the stages share on a spaCy ``Doc``: one typed object under ``doc._.dateline``.

Stages never pass loose dicts: each reads the fields earlier stages assigned and fills its own.
The extension is installed by ``install_extensions()``, called when a pipeline is built, never
at import.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from dateline.record import Actor, Event, Quote, Thread, Time

if TYPE_CHECKING:
    from dateline.stages.times import TimeAnchor


@dataclass
class ActorMention:
    """A token span of the doc that refers to an actor, and how it was resolved."""

    start: int  # token index
    end: int  # token index (exclusive)
    actor_id: str
    rule: str


@dataclass
class DocState:
    document_date: dt.date | None = None
    dateline_end: int | None = None  # character offset where a wire dateline ends
    removed_texts: list[str] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    time_anchors: list[TimeAnchor] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    mentions: list[ActorMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    threads: list[Thread] = field(default_factory=list)
    #: token index -> indexes into ``mentions`` of every mention covering the token
    token_mention: dict[int, list[int]] = field(default_factory=dict)

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def mention_at(self, token_index: int) -> ActorMention | None:
        positions = self.token_mention.get(token_index)
        return self.mentions[positions[0]] if positions else None

    def mentions_at(self, token_index: int) -> list[ActorMention]:
        """Every mention covering a token ("Iranian and Saudi officials" names two groups)."""
        return [self.mentions[p] for p in self.token_mention.get(token_index, [])]

    def index_mentions(self) -> None:
        self.token_mention = {}
        for position, mention in enumerate(self.mentions):
            for i in range(mention.start, mention.end):
                self.token_mention.setdefault(i, []).append(position)


def install_extensions() -> None:
    if not Doc.has_extension("dateline"):
        Doc.set_extension("dateline", default=None)


def state_of(doc: Doc) -> DocState:
    state = doc._.dateline
    if state is None:
        state = DocState()
        doc._.dateline = state
    assert isinstance(state, DocState)
    return state
