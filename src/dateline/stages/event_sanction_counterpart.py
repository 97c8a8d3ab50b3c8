"""The other state of a sanction that names no target (session 116; issue 11).

"Saudi Arabia cut ties in January 2016 after protesters stormed its missions in Iran", "India
called off talks between foreign secretaries after Pakistan's envoy met separatist leaders",
"Trump withdrew from the 2015 deal that capped Iran's enrichment": a state that cuts ties,
recalls an envoy, leaves a deal or halts aid acts on another state, and a wire sentence that
tells it names that state somewhere else in the sentence, often only in the clause of the
cause. On the judged items of rounds 41-144 the rule gives 27 sanctions a target: 23 whose
empty target the judges had called wrong, 4 they had accepted empty.

``events.args.sanction-counterpart.v1``: a sanction (not a court's sentence: its target is a
person) whose source has a country and whose target is empty takes the country of the one
other state the sentence names, by an actor or a place. Two or more other states (Chavez broke
ties "after Colombian forces killed a commander inside Ecuador"), or none: no target still. Only
states count, not a body's code ("EUR", "UNO"). A drawdown whose host goes unnamed is left as
its own rule decided, and so is leaving talks, a coalition or a government
(``clauses.counterpart_sanction_skips``): the other state named there was a mediator, a rival,
a third party or the leaver's own state in every judged item ("India pulled out of the talks,
citing fears of Chinese imports"; "the rebels pulled out of the Norwegian-brokered talks").
Leaving a deal keeps the test: the judges asked for Iran as the target of Trump's withdrawal
from the 2015 deal four times, and for none once, when a state left the NPT. The same
test on demands, accusations or threats made more targets wrong than right on the judged
items, so it is kept to sanctions.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.actor_context import a_state
from dateline.stages.event_arg_actors import Args, actor_countries
from dateline.stages.event_drawdown_host import DRAWDOWN_HOST
from dateline.stages.event_lexicon import TriggerEntry
from dateline.stages.place_targets import country_actor, place_country
from dateline.stages.state import DocState
from dateline.stages.syntax import sentence_of, words

SANCTION_COUNTERPART = "events.args.sanction-counterpart.v1"
#: Sanctions whose target is a person, not a state: convictions and sentences.
PERSON_SANCTION_MODES = frozenset({"convict"})
#: Rules that leave a sanction with no target on purpose (an unnamed host of a drawdown).
NO_HOST_RULES = frozenset({DRAWDOWN_HOST})


def sanction_counterpart(args: Args, token: Token, entry: TriggerEntry,
                         state: DocState) -> None:
    """Give an untargeted sanction the one other state its sentence names (module docstring)."""
    event_type, mode, rule = entry.type, entry.mode, entry.rule
    if event_type != "SANCTION" or mode in PERSON_SANCTION_MODES or args.target \
            or NO_HOST_RULES & set(args.rules) or rule in words("counterpart_sanction_skips"):
        return
    own = actor_countries(args.source, state)
    if not own:
        return
    others = _named_states(token, args.source, state) - own
    if len(others) != 1:
        return
    counterpart = country_actor(token.doc, state, next(iter(others)), make=True)
    if counterpart is not None and counterpart not in args.source:
        args.target = [counterpart]
        args.rules.append(SANCTION_COUNTERPART)


def _named_states(token: Token, source: list[str], state: DocState) -> set[str]:
    """The countries of the actors (not the source, nor a pronoun) and coded places the
    trigger's sentence names."""
    found: set[str] = set()
    for word in sentence_of(token):
        if word.pos_ == "PRON":
            continue
        ids = [m.actor_id for m in state.mentions_at(word.i) if m.actor_id not in source]
        found |= actor_countries(ids, state)
        code = place_country(word, state)
        if code:
            found.add(code)
    return {code for code in found if a_state(code)}
