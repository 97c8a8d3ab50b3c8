"""The unnamed people a requested act is done to (wave 44, ev44a).

``events.args.requested-act-group.v1``: "prosecutors sought the arrest of two former ministers",
"the court ordered the release of the detained journalists": a request whose object is an act
done to someone aims at the people that act's "of" phrase names, as a group actor, the way the
nominal act itself takes them (``events.args.nominal-patient.v1``). ``requested-act-of.v1``
reads only actors there, so the request kept no target though the sentence names the party
(judged: "seeking the arrest of former ministers" left empty). Not a release, pardon or
extradition (``clauses.demanded_patient_nouns``): judged, the request is then addressed to
whoever holds them (``events.args.demanded-patient.v1``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args
from dateline.stages.event_args import AFFECTED_TYPES
from dateline.stages.event_domestic import unnamed_party
from dateline.stages.event_lexicon import match, object_heads
from dateline.stages.event_slots import Arguments
from dateline.stages.state import DocState
from dateline.stages.syntax import words

REQUESTED_ACT_GROUP = "events.args.requested-act-group.v1"


def requested_act_group(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    if entry_type != "REQUEST" or args.target:
        return
    for noun in object_heads(token):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() in words("demanded_patient_nouns"):
            continue
        act = match(noun)
        if act is None or act.type not in AFFECTED_TYPES:
            continue
        found = Arguments(source=list(args.source))  # the requested act's own, as if the event
        unnamed_party(found, noun, act.type, state)
        if found.target:
            args.target = found.target
            args.rules.append(REQUESTED_ACT_GROUP)
            return
