"""Acts told in the past perfect progressive ("locals had been complaining about the militia",
"rebels had been shelling the town", "Iran had been helping the army"): an activity that went
on before the time of the telling, not an act of the report's day, the document's day or a day
an earlier sentence gave. With no time of its own clause it takes no date
(events.date.past-progressive.v1, wave 51, read in disc stories and judged rounds 30-31: the
report's "on Monday" or the document date was given to such background).

The plain past perfect ("said on Friday it had reached a deal") is left to the rules of
``event_dates`` that read it as the report's news; only "had been" + -ing is taken here, and only
for an act told as done (a counterfactual "if they had been ..." is the modality's).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.event_dates import UNDATED, UNGIVEN, shared_chain
from dateline.stages.state import state_of
from dateline.stages.timex import vocab

__all__ = ["PAST_PROGRESSIVE_RULE", "past_progressive_date"]

PAST_PROGRESSIVE_RULE = "events.date.past-progressive.v1"
#: Modalities of an act told as having happened: a hypothetical or future one is not dated here.
TOLD_MODALITIES = frozenset({"asserted", "reported"})


def past_progressive_date(token: Token, date: EventDate,
                          modality: str) -> tuple[EventDate, str | None]:
    """No date for an act told as done whose clause (or a clause it shares its time with) is a past
    perfect progressive with no time expression of its own; else ``date`` unchanged."""
    if date.basis not in UNGIVEN or modality not in TOLD_MODALITIES:
        return date, None
    chain = shared_chain(token)  # "had been trying to negotiate"
    if not any(_past_progressive(c) for c in chain) or _own_time(chain):
        return date, None
    return UNDATED, PAST_PROGRESSIVE_RULE


def _past_progressive(verb: Token) -> bool:
    """"had been shelling": an -ing verb with "been" and a past "had" among its auxiliaries."""
    if verb.tag_ != "VBG":
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxiliaries & set(vocab()["past_perfect_auxiliaries"])) \
        and bool(auxiliaries & set(vocab()["progressive_perfect_auxiliaries"]))


def _own_time(chain: list[Token]) -> bool:
    """A time expression governed by one of the chain's clauses ("had been shelling the town
    since Monday", "had been talking on Friday"): the clause dates itself; the rules that read
    that time keep their say."""
    clauses = {c.i for c in chain}
    return any(a.clause in clauses for a in state_of(chain[0].doc).time_anchors)
