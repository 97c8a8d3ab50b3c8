"""The party a designation lists, not the label it is given (session 116; issue 11).

"The United States designated the Houthis a foreign terrorist organisation", "the committee
listed Azhar as a global terrorist": the sanction (``events.sanction.designate.v1``,
``list-party.v1``) acts on the party designated; the label ("a foreign terrorist
organisation", "as a global terrorist") is a complement the actors stage may read as a person
or a group, and is no target (``events.args.designation-label.v1``). The parser often reads
the label as a second direct object; a "by" phrase it hangs under the label ("was designated a
global terrorist by the United Nations") names the designator, the source when none was found.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args
from dateline.stages.state import DocState

DESIGNATION_LABEL = "events.args.designation-label.v1"
#: The entries that designate or list a party.
DESIGNATIONS = frozenset({"events.sanction.designate.v1", "events.sanction.list-party.v1"})


def drop_designation_labels(args: Args, token: Token, rule: str, state: DocState) -> None:
    """Drop from a designation's targets the actors its label names (module docstring)."""
    if rule not in DESIGNATIONS or not args.target:
        return
    objects = [c for c in token.children if c.dep_ == "dobj"]
    label_words = {t.i for c in token.children for t in _labels(c)}
    label_words |= {t.i for second in objects[1:] for t in second.subtree}  # "the Houthis a
    # foreign terrorist organisation": the parser reads two objects, the second the label
    labels = {m.actor_id for i in label_words for m in state.mentions_at(i)
              if not _agent_word(token.doc[i])}
    kept = [a for a in args.target if a not in labels]
    agents = list(dict.fromkeys(m.actor_id for i in sorted(label_words)
                                if _agent_word(token.doc[i]) for m in state.mentions_at(i)))
    if not args.source and agents:  # "was designated a terrorist by the United Nations"
        args.source = [a for a in agents if a not in kept]
        kept = [a for a in kept if a not in agents]
    if kept != args.target or agents:
        args.target = kept
        args.rules.append(DESIGNATION_LABEL)


def _agent_word(word: Token) -> bool:
    """A word of a "by" phrase: the designator of a passive ("designated a terrorist by the
    United Nations", parsed under the label), not the label."""
    return any(a.dep_ in {"agent", "prep"} and a.lower_ == "by" for a in word.ancestors)


def _labels(child: Token) -> list[Token]:
    """The words of a designation's label: a predicative complement ("a terrorist group"), or
    the object of "as" ("as a global terrorist"), with what hangs under it."""
    if child.dep_ == "oprd":
        return list(child.subtree)
    if child.dep_ == "prep" and child.lower_ == "as":
        return list(child.subtree)
    return []
