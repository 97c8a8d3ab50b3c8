"""The one who quits, named with a reaction to their quitting, is its target (wave 78, ev78a).

Round 46's judges: "the king accepted the resignation of Prime Minister Hani Mulki" left with
no target, though the sentence names the party acted upon. A verb of a type of
``clauses.resigner_reaction_types`` (accepting, refusing, welcoming, condemning) whose direct
object is a noun of quitting done by its own doer (``clauses.resigned_act_nouns``: a
resignation, an abdication) and that found no target takes the one who quits, named by the
noun's "of" phrase or by a possessor that is a name ("Mulki's resignation"), as its target
(``events.args.resigner-target.v1``).

Not taken: a pronoun possessor ("accepted his resignation": whose, the coreference may
misread; left empty); an act done to someone ("his dismissal": the doer of the dismissal is
whom a refusal is aimed at, not the dismissed); a noun that is itself an actor; the source.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_lexicon import TriggerEntry, particles
from dateline.stages.event_phrase_actors import actors_of
from dateline.stages.state import DocState
from dateline.stages.syntax import words

__all__ = ["RESIGNER_TARGET", "resigner_target"]

RESIGNER_TARGET = "events.args.resigner-target.v1"


def resigner_target(target: list[str], source: list[str], rules: list[str], token: Token,
                    entry: TriggerEntry, state: DocState) -> list[str]:
    """The target list, filled when empty with who quits in the verb's object
    ("accepted the resignation of Prime Minister X"; events.args.resigner-target.v1)."""
    if target or token.pos_ != "VERB" \
            or entry.type.lower() not in words("resigner_reaction_types"):
        return target
    quitting = words("resigned_act_nouns")
    acts = [o for c in token.children if c.dep_ == "dobj"
            for o in [c, *c.conjuncts] if o.pos_ == "NOUN"
            and o.lemma_.lower() in quitting and not state.mentions_at(o.i)]
    quitters = [p for a in acts for word, prep in particles(a).items() if word == "of"
                for p in prep.children if p.dep_ == "pobj" and p.pos_ != "PRON"]
    quitters += [c for a in acts for c in a.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    found = [a for a in dict.fromkeys(actors_of(quitters, state)) if a not in source]
    if not found:
        return target
    rules.append(RESIGNER_TARGET)
    return found
