"""Who did a passive act of harm whose sentence names the other side outside a "by" phrase.

Wave 54 (ev54b). Wave 53 (``events.args.party-patient-modifier.v1``) stopped a passive with no
"by" phrase from making the victims' own country their attacker; the source was then empty
even where the sentence names the other side of the fight. Wave 51 (``event_force_agents``)
reads the doer of a nominal attack ("killed in Israeli strikes") and ``event_counterparts``
the "with" side of a fight noun the trigger lexicon knows ("killed in a clash with rebels").
Two more shapes, both read off the parse of the harm verb's own clause:

- ``events.args.battle-with.v1``: "were killed in a gun battle with Taliban fighters", "were
  wounded in an exchange of fire with police": a passive ASSAULT verb with no "by" phrase, told
  as happening in ("in", "during", "amid": ``clauses.fight_preps``) a fight named by a noun of
  ``clauses.battle_nouns`` (nouns of fighting that are no trigger of their own), or an exchange
  (``clauses.battle_exchange_nouns``) of fire (``clauses.battle_exchange_objects``), takes the
  party of the fight's "with" phrase as its source. "Between A and B" names both sides and
  gives no source.
- ``events.args.harm-clause-attacker.v2``: "a soldier was killed when insurgents struck his
  convoy", "16 people were killed after the army fired rockets at the village": a passive
  ASSAULT verb with no "by" phrase and an adverbial clause (marked by
  ``clauses.harm_clause_marks``) whose verb is an active act of force of the trigger lexicon
  (ASSAULT), or (v2, session 113) an armed taking of ground the lexicon codes as seizure
  (``clauses.harm_clause_seizing_verbs``: "were killed when Chechen rebels overran their
  positions"), takes that clause's named subject as its source. Not a pronoun subject ("when they
  attacked": maybe the victims themselves), not a subject among the targets, not a crowd
  (``clauses.harm_clause_crowd_heads``: "were shot when protesters stormed the building" says
  nothing of who shot).

Precision first: only the harm verb's own phrases and clauses; an empty source beats a wrong
one. Called from ``event_slots._verb_arguments`` when no other rule found a source.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import conjuncts
from dateline.stages.event_counterparts import fight_with_nouns
from dateline.stages.event_lexicon import TriggerEntry, match, particles, through_quantity
from dateline.stages.event_party_nouns import party_actor, party_code
from dateline.stages.state import DocState
from dateline.stages.syntax import PASSIVE_MARKS, SUBJECTS, words

BATTLE_WITH = "events.args.battle-with.v1"
HARM_CLAUSE_ATTACKER = "events.args.harm-clause-attacker.v2"


def harm_attackers(token: Token, entry: TriggerEntry, targets: list[str],
                   state: DocState) -> tuple[list[str], str]:
    """The source the clause of an agentless passive ASSAULT verb names, and the rule's name."""
    if not _agentless_passive_harm(token, entry):
        return [], ""
    for finder, rule in ((_battle_sides, BATTLE_WITH), (_clause_attackers, HARM_CLAUSE_ATTACKER)):
        found = [a for a in dict.fromkeys(finder(token, state)) if a not in targets]
        if found:
            return found, rule
    return [], ""


def _agentless_passive_harm(token: Token, entry: TriggerEntry) -> bool:
    return entry.type == "ASSAULT" and token.pos_ == "VERB" \
        and any(c.dep_ in PASSIVE_MARKS for c in token.children) \
        and not any(c.dep_ == "agent" for c in token.children)


def _battle_sides(token: Token, state: DocState) -> list[str]:
    """"in a gun battle with Taliban fighters": the "with" side of a fight noun."""
    return _parties(fight_with_nouns(token, _is_battle), state)


def _parties(nouns: list[Token], state: DocState) -> list[str]:
    """The actors the nouns (and their conjuncts) name themselves, else the group a first
    party word names ("militants"). Not a body named inside their phrase: "a militia with
    links to the government" is the militia alone."""
    found = [m.actor_id for noun in (through_quantity(n) for n in nouns)
             for head in [noun, *conjuncts(noun)] for m in state.mentions_at(head.i)]
    if found:
        return found
    return [party_actor(n, state) for n in nouns[:1] if party_code(n, state) is not None]


def _is_battle(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in words("battle_nouns") or noun.lower_ in words("battle_nouns"):
        return True
    if lemma not in words("battle_exchange_nouns"):
        return False
    fired = words("battle_exchange_objects")
    return any(p.lemma_.lower() in fired for word, prep in particles(noun).items()
               if word == "of" for p in prep.children if p.dep_ == "pobj")


def _clause_attackers(token: Token, state: DocState) -> list[str]:
    """"killed when insurgents struck their convoy": the subject of an active act of force in
    an adverbial clause of the harm verb."""
    marks = words("harm_clause_marks")
    crowds = words("harm_clause_crowd_heads")
    found: list[str] = []
    for clause in token.children:
        if clause.dep_ != "advcl" or clause.pos_ != "VERB" or not any(
                c.dep_ in {"mark", "advmod"} and c.lower_ in marks and c.i < clause.i
                for c in clause.children):
            continue
        if any(c.dep_ in PASSIVE_MARKS for c in clause.children):
            continue
        act = match(clause)
        if act is None or (act.type != "ASSAULT"
                           and clause.lemma_.lower() not in words("harm_clause_seizing_verbs")):
            continue
        subjects = [s for s in clause.children if s.dep_ in SUBJECTS and s.pos_ != "PRON"
                    and s.lemma_.lower() not in crowds and s.lower_ not in crowds]
        found += _parties(subjects, state)
    return found
