"""The unnamed co-signer of a joint act (session 117; issue 11).

"Burundi's government and the country's largest Hutu rebel movement signed a ceasefire
agreement", "Niger's government and the main alliance of Tuareg rebel groups signed a peace
agreement", "Moldova and its breakaway Transdniestria region signed a memorandum": the second
party of a joint act is named only by a description no actor covers, so the act kept one party
and no target. On the judged items of rounds 65-152 the judges called such signings wrong in the
target every time (the co-signer "named in the sentence").

``events.args.unnamed-cosigner.v1``: a joint act (``event_slots.MUTUAL_TYPES``) told by a verb of
``clauses.cosigning_verbs`` ("sign", "agree", "meet") with one source and no target, whose
subject has a coordinated noun phrase whose head no actor covers and is one of
``clauses.cosigner_nouns`` ("movement", "alliance", "faction", "rebels", "region"), makes that
phrase a group and codes the act both ways, as "X and Y signed" is coded when both are named.
The nouns name a state's own rebels, regions and opposition: with no country of its own, the
group takes the country of a source that is a state or its government. Not a phrase that names
a body by a proper name of two words or more ("the Polisario Front independence movement": its
country is its own, and judged rounds 149-151 called the Front Moroccan wrong). When the actors
stage named the co-party already, with no country ("the country's largest rebel movement"), it
takes that country too (``events.args.cosigner-country.v1``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.stages.actor_lexicon import code_description
from dateline.stages.event_arg_actors import Args
from dateline.stages.event_countries import CARRIED
from dateline.stages.event_phrase_actors import frame_verb
from dateline.stages.place_targets import group_actor
from dateline.stages.state import DocState
from dateline.stages.syntax import words

UNNAMED_COSIGNER = "events.args.unnamed-cosigner.v1"
COSIGNER_COUNTRY = "events.args.cosigner-country.v1"
#: Types of acts two parties do together (``event_slots.MUTUAL_TYPES``).
JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})


def unnamed_cosigner(args: Args, token: Token, event_type: str, state: DocState) -> bool:
    """Make the subject's uncovered co-party the target of a joint act; True when it did (the
    caller codes the act both ways)."""
    if event_type not in JOINT_TYPES or token.pos_ != "VERB" \
            or token.lemma_.lower() not in words("cosigning_verbs"):
        return False
    _cosigner_country(args, frame_verb(token), state)
    if args.target or len(args.source) != 1:
        return False
    phrase = _cosigner_phrase(frame_verb(token), state)
    if phrase is None:
        return False
    start, end = phrase
    code = code_description(token.doc[start:end].text)
    country = code.country or _state_country(args.source, state)
    args.target = [group_actor(token.doc, state, phrase, country, code.sector,
                               UNNAMED_COSIGNER)]
    args.rules.append(UNNAMED_COSIGNER)
    return True


def _cosigner_country(args: Args, verb: Token, state: DocState) -> None:
    """"Uganda's government and the country's largest rebel movement signed": a co-party the
    actors stage named, with no country, takes the state's (``COSIGNER_COUNTRY``)."""
    parties = list(dict.fromkeys(args.source + args.target))
    country = next((c for a in parties if (c := _state_country([a], state))), None)
    if country is None:
        return
    for actor in (state.actor(m.actor_id) for h in _cosigner_heads(verb)
                  for m in state.mentions_at(h.i)):
        if actor is None or actor.country or actor.kind == "country" \
                or actor.id not in parties:
            continue
        actor.country, actor.source = country, "context"
        actor.rule = "+".join(filter(None, [actor.rule, COSIGNER_COUNTRY]))
        state.derived[CARRIED] = True
        args.rules.append(COSIGNER_COUNTRY)


def _named_body(phrase: Span) -> bool:
    """The phrase names a body by a name of two or more proper nouns ("the Polisario Front
    independence movement"): a named party, not an unnamed co-party."""
    run = 0
    for word in phrase:
        run = run + 1 if word.pos_ == "PROPN" else 0
        if run >= 2:
            return True
    return False


def _state_country(source: list[str], state: DocState) -> str | None:
    """The country of a (first) source that is a state or its government: a home co-party's."""
    actor = state.actor(source[0])
    if actor is None or not actor.country:
        return None
    return actor.country if actor.kind == "country" or actor.sector == "GOV" else None


def _cosigner_heads(verb: Token) -> list[Token]:
    """The heads of the subject's coordinated phrases whose noun is a co-signer noun and that
    name no body by a proper name ("the country's largest rebel movement")."""
    nouns = words("cosigner_nouns")
    return [c for s in verb.children if s.dep_ == "nsubj" for c in s.children
            if c.dep_ == "conj" and c.pos_ == "NOUN" and c.lemma_.lower() in nouns
            and not _named_body(c.doc[c.left_edge.i : c.right_edge.i + 1])]


def _cosigner_phrase(verb: Token, state: DocState) -> tuple[int, int] | None:
    """The token span of the one such phrase no actor covers; None when there is none or more
    than one."""
    found = [h for h in _cosigner_heads(verb) if not state.mentions_at(h.i)]
    if len(found) != 1:
        return None
    return found[0].left_edge.i, found[0].right_edge.i + 1
