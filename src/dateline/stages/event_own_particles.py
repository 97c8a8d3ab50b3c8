"""Wave 54 (ev54d): a phrasal entry's particle is the verb's own particle.

An entry such as ``concede.give-in`` or ``retreat.pull-out`` names a particle that has to hang
off the trigger. ``event_lexicon.particles`` gives the particles and the prepositions of a verb
alike (prepositional entries need them: "arrive in", "call on", "withdraw from"), so "give" in
"gave testimony in the case" or "gave a speech in Paris" fitted "give in" through a preposition
with an object of its own, and the sentence was coded as a concession (or, after wave 53's sense
rule, as nothing, which also kept every other reading of "give" away).

For a particle of ``clauses.own_particles`` ("up", "down", "out", ...), or a pair of
``clauses.own_particle_verbs`` ("give in", "cave in": a particle that is also a common
preposition), the entry fits only on the verb's own particle (events.trigger.own-particle.v1):

* spaCy's particle (dep ``prt``), or an adverb reading of it ("stepped down", "walked out":
  dep ``advmod``);
* a preposition with no object of its own ("pulled out of the town": "out" governs the "of"
  phrase, not a noun);
* a preposition right after the verb ("voted down the bill", which spaCy may parse with the
  object as the preposition's noun): the parse cannot tell it from "walked down the road", and
  such sentences keep what they had.

A preposition that governs its own noun away from the verb ("gave testimony in the case",
"handed the files over the border") is no particle: the entry does not fit, and the other
entries of the lemma (or the imported CAMEO patterns) code the verb instead.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.syntax import words

RULE = "events.trigger.own-particle.v1"
#: Dependencies spaCy gives a verb's particle.
PARTICLE_DEPS = frozenset({"prt", "advmod"})
#: Dependencies of the noun (or clause) a preposition governs.
PREP_OBJECTS = frozenset({"pobj", "pcomp"})


def needs_own_particle(lemma: str, particle: str) -> bool:
    """Whether an entry of ``lemma`` with ``particle`` fits only on the verb's own particle."""
    particle = particle.lower()
    return particle in words("own_particles") or \
        f"{lemma.lower()} {particle}" in words("own_particle_verbs")


def own_particle(particle: Token) -> bool:
    """Whether ``particle`` (a child of the verb) is the verb's own particle, not a preposition
    that heads a phrase of its own. One right after the verb is given the benefit of the doubt:
    spaCy parses "voted down the bill" with the verb's object as the "down" phrase's noun."""
    if particle.dep_ in PARTICLE_DEPS or particle.i == particle.head.i + 1:
        return True
    return not any(c.dep_ in PREP_OBJECTS for c in particle.children)
