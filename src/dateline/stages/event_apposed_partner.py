"""The state a welcome is for, named by the welcomer's apposition (session 117; issue 11).

"The United States, Japan's main ally, welcomed the statement", "India, Nepal's largest trading
partner, welcomed the outcome", "India, Bhutan's closest ally and main aid donor, welcomed the
handover": the apposition that calls the doer another state's partner names the state whose act
or news the doer welcomes. On the judged items of rounds 41-148 six such welcomes and backings
were coded with no target and all six judges named the partner's state as the target; the one
judged empty and right ("China, North Korea's main ally, welcomed the agreement") was
North Korea's agreement too.

``events.args.apposed-partner.v1``: a SUPPORT with no target whose subject has an apposition of
``clauses.partner_nouns`` ("ally", "partner", "neighbour", "donor", "backer") owned by an actor
of another country takes that actor. Not condemnations: "Russia, Assad's main backer, condemned
the strikes" condemns Assad's foes, not Assad.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args, actor_countries
from dateline.stages.event_phrase_actors import frame_verb
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, words

APPOSED_PARTNER = "events.args.apposed-partner.v1"


def apposed_partner_target(args: Args, token: Token, event_type: str, state: DocState) -> None:
    """Give a welcome with no target the state its doer's apposition calls it a partner of."""
    if args.target or event_type != "SUPPORT" or token.pos_ != "VERB" or not args.source:
        return
    own = actor_countries(args.source, state)
    partners = [a for owner in _partner_owners(token) for m in state.mentions_at(owner.i)
                if (a := m.actor_id) not in args.source
                and not actor_countries([a], state) & own and actor_countries([a], state)]
    if partners:
        args.target = list(dict.fromkeys(partners))[:1]
        args.rules.append(APPOSED_PARTNER)


def _partner_owners(verb: Token) -> list[Token]:
    """The possessors of the partner nouns apposed to the verb's subject ("Japan" of "Japan's
    main ally"), through coordinated partner nouns ("closest ally and main aid donor")."""
    nouns = words("partner_nouns")
    subjects = [c for c in frame_verb(verb).children if c.dep_ in SUBJECTS]
    apposed = [a for s in subjects for a in s.children if a.dep_ == "appos"]
    apposed += [c for a in apposed for c in a.children if c.dep_ == "conj"]
    return [p for a in apposed if a.lemma_.lower() in nouns
            for p in a.children if p.dep_ == "poss"]
