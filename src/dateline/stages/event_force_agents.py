"""Who did a passive act of force that names no "by" agent, read off the rest of its clause.

Wave 51 (ev51c; judged rounds 30-31: "police said 30 people were detained", "the girl was
killed at the hands of her abductors" coded with no source, though the sentence names the doer):

- ``events.args.force-act-agent.v1``: "were killed in a series of police attacks", "was
  arrested during an army operation", "died in an attack by militants": a passive force act
  (``clauses.force_passive_types``) inside a larger act of force (``force_act_preps``,
  ``force_act_nouns``) takes that act's doer, named by an actor or a party word on its noun
  (its modifier or its "by" phrase).
- ``events.args.hands-agent.v1``: "was killed at the hands of her abductors": the party of
  "at the hands of" is the doer.
- ``events.args.reporting-force.v1``: "police said 30 people were detained", "ten were
  arrested, the army said", "were charged, according to prosecutors": the speaker of the
  clause is the doer when it is a body whose work the act is (arrest by police, army or
  security; charge by police or prosecutors). A speaker of another kind ("a rights group said")
  and a person (a spokesman speaks, his body acts) lend nothing.

- ``events.args.linked-force-agent.v1`` (session 120; judged rounds 65-172, 25 arrests with no
  source where the sentence names the police: "Police used water cannon to clear the street,
  and dozens of people were detained", "was arrested on March 25 when riot police broke up a
  march", "police flew him after he was detained"): an arrest (``reported_arrest_acts``) takes
  the force body (``reported_arrest_sectors``) that is the active subject of the clause it is
  coordinated with, of a "when" clause under it, or of the clause it is an "after" or "when"
  clause of, unless that clause is an arrest of its own ("was arrested seven weeks after her
  rival was detained").

Precision first: only the act's own clause or one linked to it, never another sentence; never
one of the event's targets. Called from ``event_slots.arguments`` when no other rule found a source.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_lexicon import through_quantity
from dateline.stages.event_party_nouns import party_actor, party_code, party_nouns
from dateline.stages.event_phrase_actors import actors_of, agent_nouns
from dateline.stages.state import DocState
from dateline.stages.syntax import PASSIVE_MARKS, SUBJECTS, words

FORCE_ACT_AGENT = "events.args.force-act-agent.v1"
HANDS_AGENT = "events.args.hands-agent.v1"
REPORTING_FORCE = "events.args.reporting-force.v1"
LINKED_FORCE = "events.args.linked-force-agent.v1"
#: The marks of a clause that sets an arrest beside the force that made it.
LINK_MARKS = frozenset({"when", "after", "as", "while"})
#: The marks of a clause under an arrest that sets the force acting in it.
WHEN_MARKS = frozenset({"when", "as", "while"})
MODIFIERS = frozenset({"poss", "compound", "amod", "nmod"})


def force_agents(token: Token, kind: str, targets: list[str],
                 state: DocState) -> tuple[list[str], str]:
    """The source the clause of a passive act of force names, and the rule's name."""
    if not _bare_passive(token):
        return [], ""
    finders = ((_act_doers, FORCE_ACT_AGENT), (_hands_doers, HANDS_AGENT)) \
        if kind in words("force_passive_types") else ()  # a charge is no act of force
    for finder, rule in (*finders, (_reporting_doers, REPORTING_FORCE),
                         (_linked_force_doers, LINKED_FORCE)):
        found = [a for a in dict.fromkeys(finder(token, targets, state)) if a not in targets]
        if found:
            return found, rule
    return [], ""


def _bare_passive(token: Token) -> bool:
    """A passive participle with its own passive marks and no "by" phrase."""
    return token.tag_ == "VBN" and not agent_nouns(token) \
        and any(c.dep_ in PASSIVE_MARKS for c in token.children)


def _objects(token: Token, preps: frozenset[str]) -> list[Token]:
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"]


def _act_doers(token: Token, targets: list[str], state: DocState) -> list[str]:
    """"killed in a police raid": the doer of the act of force the trigger took place in."""
    for noun in (through_quantity(n) for n in _objects(token, words("force_act_preps"))):
        if noun.lemma_.lower() not in words("force_act_nouns"):
            continue
        # a party word first: in "a Jersey police operation" the police act, not the place
        found, _ = party_nouns(noun, targets, state)
        if found:
            return found
        owners = [c for c in noun.children if c.dep_ in MODIFIERS and c.i < noun.i]
        found = actors_of(owners + _objects(noun, frozenset({"by"})), state)
        if found:
            return found
    return []


def _hands_doers(token: Token, targets: list[str], state: DocState) -> list[str]:
    """"at the hands of her abductors": the party of the phrase."""
    hands = [n for n in _objects(token, frozenset({"at"}))
             if n.lemma_.lower() in words("doer_hand_nouns")]
    parties = [p for n in hands for p in _objects(n, frozenset({"of"}))]
    found = actors_of(parties, state)
    if found or not parties:
        return found
    return [party_actor(p, state) for p in parties[:1] if party_code(p, state) is not None]


def _reporting_doers(token: Token, targets: list[str], state: DocState) -> list[str]:
    """"police said 30 were detained": a speaker whose body does such acts."""
    lemma = token.lemma_.lower()
    if lemma in words("reported_arrest_acts"):
        sectors = words("reported_arrest_sectors")
    elif lemma in words("reported_charge_acts"):
        sectors = words("reported_charge_sectors")
    else:
        return []
    return _force_bodies(_speakers(token), sectors, state)


def _force_bodies(nouns: list[Token], sectors: frozenset[str], state: DocState) -> list[str]:
    """The bodies of these sectors (``force_reporter_kinds``: no person) named at the nouns."""
    kinds = words("force_reporter_kinds")
    return [actor.id for noun in nouns for mention in state.mentions_at(noun.i)
            if (actor := state.actor(mention.actor_id)) is not None and actor.kind in kinds
            and (actor.sector or "") in sectors]


def _linked_force_doers(token: Token, targets: list[str], state: DocState) -> list[str]:
    """"Police used water cannon, and dozens were detained": the force body that is the
    subject of a clause linked to the arrest (module docstring)."""
    arrests = words("reported_arrest_acts")
    if token.lemma_.lower() not in arrests:
        return []
    # "was arrested seven weeks after Y was detained": another arrest lends no agent
    subjects = [through_quantity(c) for verb in _linked_verbs(token)
                if verb.lemma_.lower() not in arrests
                for c in verb.children if c.dep_ == "nsubj"]
    return _force_bodies(subjects, words("reported_arrest_sectors"), state)


def _linked_verbs(token: Token) -> list[Token]:
    """The verbs of the clauses an arrest is coordinated with or set by: its head or conjuncts
    when it is a conjunct, a "when" clause under it ("was arrested when riot police broke up
    the march"; not "after": "arrested after his bodyguards fired" names who caused it), the
    clause it is an "after" or "when" clause of ("police flew him after he was detained"). Only
    verbs of doing: "police officers were among the injured" did nothing."""
    linked = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        linked.append(token.head)
    linked += [c for c in token.children if c.dep_ == "advcl" and _marked(c, WHEN_MARKS)]
    if token.dep_ == "advcl" and _marked(token, LINK_MARKS):
        linked.append(token.head)
    return [v for v in linked if v.pos_ == "VERB" and v.lemma_.lower() != "be"
            and not any(c.dep_ == "auxpass" for c in v.children)]


def _marked(clause: Token, marks: frozenset[str]) -> bool:
    return any((c.dep_ == "mark" and c.lower_ in marks)
               or (c.dep_ == "advmod" and c.lower_ in marks) for c in clause.children)


def _speakers(token: Token) -> list[Token]:
    """The subjects of the verb of saying that reports the trigger's clause ("police said it
    was ...", "it was ..., police said") and the party of "according to"."""
    verbs = words("force_report_verbs")
    saying = [c for c in token.children if c.dep_ in {"parataxis", "ccomp"}
              and c.lemma_.lower() in verbs and c.i > token.i]
    if token.dep_ == "ccomp" and token.head.lemma_.lower() in verbs:
        saying.append(token.head)
    speakers = [s for v in saying for s in v.children if s.dep_ in SUBJECTS]
    according = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "according"]
    return speakers + [p for a in according for p in _objects(a, frozenset({"to"}))]
