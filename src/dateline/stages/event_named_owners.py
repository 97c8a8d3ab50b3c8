"""The owner of a thing a reaction names in a free relative is its target (wave 106, ev106a).

"The United States condemned what it called China's "dangerous and unlawful" actions" was
coded with no target by reacted-owner.v1, which reads only the reaction's own object; judged
round 85's coder aimed it at China. v2 (session 115; judged rounds 103 and 109: "condemned what
he called a new Israeli crime", "condemned what it called interference" left empty): a
nationality adjective of the named thing ("Israeli", a NORP modifier with an actor) names its
owner as a possessor does. A reaction verb (``clauses.reacted_owner_verbs`` of a
reaction type) whose object is a naming free relative ("what it called", "what he described
as": ``clauses.naming_verbs``) aims at the named thing's possessor, a party named by a proper
or common noun, not a pronoun (events.args.named-thing-owner.v1). It fills an empty target
only, and never with the source or the source's own state ("Japan condemned what it called
Japan's ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_counterparts import _names_what, _same_state
from dateline.stages.event_lexicon import TriggerEntry, particles
from dateline.stages.event_phrase_actors import actors_of
from dateline.stages.state import DocState
from dateline.stages.syntax import words

__all__ = ["NAMED_THING_OWNER", "named_thing_owner"]

NAMED_THING_OWNER = "events.args.named-thing-owner.v2"
#: Dependencies of the noun a naming verb gives its "what" ("called [China's actions]").
NAMED_NOUN_DEPS = frozenset({"oprd", "attr", "dobj"})


def named_thing_owner(target: list[str], source: list[str], rules: list[str], token: Token,
                      entry: TriggerEntry, state: DocState) -> list[str]:
    """``target``, or the possessors of the thing the reaction's naming free relative names."""
    if target or entry.type.lower() not in words("reaction_types") or token.pos_ != "VERB" \
            or token.lemma_.lower() not in words("reacted_owner_verbs"):
        return target
    named = [n for c in token.children if c.dep_ == "ccomp" and _names_what(c)
             for n in _named_nouns(c)]
    owners = [p for n in named for p in n.children
              if (p.dep_ == "poss" and p.pos_ != "PRON") or _nationality(p)]
    found = [a for a in dict.fromkeys(actors_of(owners, state))
             if a not in source and not _same_state(a, source, state)]
    if not found:
        return target
    rules.append(NAMED_THING_OWNER)
    return found


def _nationality(modifier: Token) -> bool:
    """"a new Israeli crime": a nationality adjective of the named thing (v2)."""
    return modifier.dep_ == "amod" and modifier.ent_type_ == "NORP"


def _named_nouns(clause: Token) -> list[Token]:
    """The nouns a naming clause gives its "what": "called [the actions]", "described as [the
    occupation]" (with their conjuncts)."""
    nouns = [c for c in clause.children if c.dep_ in NAMED_NOUN_DEPS and c.lower_ != "what"]
    nouns += [p for word, prep in particles(clause).items() if word == "as"
              for p in prep.children if p.dep_ == "pobj"]
    return [n for noun in nouns for n in [noun, *noun.conjuncts] if n.pos_ == "NOUN"]
