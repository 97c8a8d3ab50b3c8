"""Parties who only accompany a meeting of two others (issue 11, wave 105, ev105d).

"Kocharyan and Aliyev met behind closed doors at a resort hotel, with envoys from the United
States, Russia and France": the envoys were there, but the meeting is the two presidents' (judged
round 83, twice: "with Secretary of State Warren Christopher moving between them"). A "with"
phrase set off by a comma after a mutual act of two or more named parties tells who was present,
not the counterpart: ``events.args.accompanying-with.v1`` drops the parties it names from the
target, so that the act is coded between its subjects. "X and Y met with Z" (no comma) keeps Z.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.state import DocState

ACCOMPANYING_WITH = "events.args.accompanying-with.v1"


def accompanying_parties(token: Token, source: list[str], state: DocState) -> set[str]:
    """The parties a comma-set "with" phrase names on a mutual act of several parties."""
    if len(source) < 2:
        return set()
    phrases = [p for p in token.children if p.dep_ == "prep" and p.lower_ == "with"
               and p.i > 0 and token.doc[p.i - 1].text == ","]
    return {m.actor_id for p in phrases for word in p.subtree for m in state.mentions_at(word.i)}
