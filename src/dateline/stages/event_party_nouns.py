"""Sources a nominal or passive event names by a common noun the actors stage left uncoded.

Wave 36 (ev36c): an act noun or a passive whose doer the sentence names only as a modifier or
in a "by" phrase, by a word for a kind of party ("army", "police", "militants"), was left with
no source: the actors stage codes noun phrases, not the modifiers inside them, and no bare
description inside a "by" phrase it does not reach.

- ``events.args.party-modifier.v1``: "a separate army attack", "a police raid", "a rebel
  offensive", "the worst militant attack": the modifier of an act noun that names its doer
  (``actor_rules.doer_modified_acts``) is the source, a group of the kind it names. Not a
  modifier after a side prefix ("anti-government protests": the government is the aim), nor
  when the sentence names the doer otherwise (a "by" phrase, the subject of a verb of doing
  that has the act as object: "the Taliban launched rebel attacks").
- ``events.args.party-agent.v1``: "attacks by jihadists", "were abducted by a group of
  militants", "the march was organized by students": the "by" phrase of an act noun, of a
  passive, or of a verb of doing on the act noun (``actor_rules.act_doer_verbs``) or on the
  run of acts the copula puts it in (``event_by_agents.series_verb``) names the source by such
  a word.

A word names a kind of party when the actor lexicon codes it with a role and neither a country
nor a named body (those are actors already). A court's agent word (``unnamed_court.agents`` in
``senses.yaml``: "by a federal grand jury") is left to ``events.args.unnamed-court.v1``, which
keeps such legal acts with no source, as it does the active ones ("a jury convicted ...").
The group is made like a crowd the events stage names (``place_targets.group_actor``): kept
only if a built event uses it; its country comes from its own words ("French warplanes"), or
later from its phrase, the sentence's place or the article, as for any group with none; a
non-state armed group's never from the article alone (``event_countries._stateless_party``).
Called from ``event_slots.arguments`` only when no source was found.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.actor_lexicon import Code, code_description, rule_words
from dateline.stages.event_arg_actors import MISJOINED_SUBJECT, subject_of_next_verb
from dateline.stages.event_by_agents import doer_verb, series_verb
from dateline.stages.event_countries import PARTY_AGENT, PARTY_MODIFIER
from dateline.stages.event_gate import section_words, senses_section
from dateline.stages.event_lexicon import particles, through_partitive, through_quantity
from dateline.stages.event_phrase_actors import agent_nouns
from dateline.stages.place_targets import group_actor
from dateline.stages.state import DocState

NOUNS = frozenset({"NOUN", "PROPN"})
#: Modifiers of an act noun that may name its doer: "army attack", "militant attack".
DOER_MODIFIERS = frozenset({"compound", "amod", "nmod"})
#: Modifiers of a party noun that belong to its name ("a federal grand jury", "Islamic
#: extremists").
NAME_MODIFIERS = frozenset({"compound", "amod"})
PARTY_KINDS = frozenset({"group", "organization", "person"})


def party_nouns(token: Token, targets: list[str], state: DocState) -> tuple[list[str], str]:
    """The source an uncoded party noun names for the event of ``token``, and the rule's name;
    never one of the event's own targets."""
    for finder, rule in ((_agent_party, PARTY_AGENT), (_modifier_party, PARTY_MODIFIER),
                         (_misjoined_party, MISJOINED_SUBJECT)):
        noun = finder(token, state)
        if noun is None:
            continue
        actor_id = party_actor(noun, state)
        if actor_id not in targets:
            return [actor_id], rule
    return [], ""


def _misjoined_party(token: Token, state: DocState) -> Token | None:
    """"... the assembly building and soldiers stormed the headquarters": the party noun the
    parser joined to the object before the verb is the verb's subject (wave 104)."""
    if token.pos_ != "VERB" or token.i == 0 or not subject_of_next_verb(token.nbor(-1)):
        return None
    noun = token.nbor(-1)
    return noun if party_code(noun, state) is not None else None


def _modifier_party(token: Token, state: DocState) -> Token | None:
    """"an army attack": the modifier before an act noun that names a kind of party."""
    if token.pos_ not in NOUNS or token.lemma_.lower() not in rule_words("doer_modified_acts") \
            or _doer_elsewhere(token):
        return None
    return next((c for c in token.children if c.dep_ in DOER_MODIFIERS and c.i < token.i
                 and _modifier_code(c, state) is not None), None)


def _modifier_code(modifier: Token, state: DocState) -> Code | None:
    """The party an act noun's modifier names: a noun of a kind of party, or an adjective of a
    non-state armed party ("militant") or of a state force ("military"); not a word that names
    people by a deed or a means ("terrorist", "troop": the lexicon's agent words, which as
    modifiers say what kind of act it was), nor an adjective of a title ("a general strike") or
    a religion ("Islamic")."""
    code = party_code(modifier, state)
    if code is None or code.role_kind == "agent":  # "a terrorist attack", "troop deployments":
        return None  # the kind of act, not who did it
    if modifier.pos_ != "ADJ":
        return code
    sector = (code.sector or "").lower()
    if sector in rule_words("stateless_party_sectors") or (
            code.role_kind == "institution" and sector in rule_words("state_force_sectors")):
        return code
    return None


#: Dependencies up from an act noun to the verb that may have it as object, through a list or
#: a quantity ("staged explosions and sniper attacks", "launched a series of offensives").
OBJECT_PATH = frozenset({"conj", "pobj", "prep", "dobj"})


def _doer_elsewhere(token: Token) -> bool:
    """The sentence names the act's doer otherwise than by the modifier: a "by" phrase, or the
    subject of a verb of doing (``actor_rules.act_doer_verbs``) that has the act as object
    ("the Taliban staged ... sniper attacks", "al Shabaab, which launched military
    offensives", "Chile and Bulgaria began carrying out military drills"): the modifier then
    only says what kind of act it is. Another verb's object ("marked the worst militant
    attack", "condemned the army offensive") keeps its modifier's party."""
    if particles(token).get("by") is not None or doer_verb(token) is not None:
        return True
    current = token
    for _ in range(5):
        if current.dep_ not in OBJECT_PATH or current.head.i == current.i:
            return False
        if current.dep_ == "dobj":  # the object of a verb of doing: its subject did it
            return current.head.lemma_.lower() in rule_words("act_doer_verbs")
        current = current.head
    return False


def _agent_party(token: Token, state: DocState) -> Token | None:
    """The party noun of the trigger's "by" phrase: a passive's agent, an act noun's own "by",
    or the agent of the verb of doing on the act noun ("organized by students")."""
    if token.pos_ in NOUNS:
        by = particles(token).get("by")
        nouns = [c for c in by.children if c.dep_ == "pobj"] if by is not None else []
        for verb in (doer_verb(token), series_verb(token)):
            nouns += agent_nouns(verb) if verb is not None else []
    else:
        nouns = agent_nouns(token)
    heads = [through_partitive(through_quantity(n)) for n in nouns]
    return next((h for h in heads if party_code(h, state) is not None), None)


def party_code(noun: Token, state: DocState) -> Code | None:
    """The lexicon's code of ``noun`` when it names a kind of party and no actor covers it."""
    if noun.pos_ not in NOUNS | {"ADJ"} or state.mentions_at(noun.i) or _side_prefixed(noun) \
            or noun.lower_ in rule_words("side_prefixes"):
        return None
    if noun.lemma_.lower() in section_words(senses_section("unnamed_court"), "agents"):
        return None  # "indicted by a federal grand jury": left to events.args.unnamed-court.v1
    code = code_description(noun.text)
    if code.role is not None and code.country is None and code.organization is None \
            and code.kind in PARTY_KINDS:
        return code
    return None


def _side_prefixed(noun: Token) -> bool:
    """"anti-government", "pro-army": the party is the side taken, not the doer."""
    doc = noun.doc
    return noun.i >= 2 and doc[noun.i - 1].text == "-" \
        and doc[noun.i - 2].lower_ in rule_words("side_prefixes")


def party_actor(noun: Token, state: DocState) -> str:
    """The group actor of the party ``noun`` names, with its name modifiers and the sector
    its word gives (a person's word, "gunman", stays a person)."""
    code = party_code(noun, state) or Code()
    start = min([c.left_edge.i for c in noun.children
                 if c.dep_ in NAME_MODIFIERS and c.i < noun.i] + [noun.i])
    country = code_description(noun.doc[start : noun.i + 1].text).country  # "French warplanes"
    actor_id = group_actor(noun.doc, state, (start, noun.i + 1), country, code.sector,
                           PARTY_MODIFIER if noun.dep_ in DOER_MODIFIERS else PARTY_AGENT)
    actor = state.actor(actor_id)
    if actor is not None and code.kind == "person" and noun.tag_ in {"NN", "NNP"} \
            and noun.dep_ not in DOER_MODIFIERS:
        actor.kind = "person"
    return actor_id
