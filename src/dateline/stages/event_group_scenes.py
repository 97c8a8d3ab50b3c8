"""Wave 73 (ev73g): the place where an armed group is, is not whom force acts on.

Force keeps a place named inside its object phrase as its target when the phrase names no
other party ("shelled a depot in Kharkiv": the place's holder is struck; ``_outside_scenes``).
When the noun the place hangs on is an armed group with no state of its own ("fought militant
groups in Syria", "air strikes on insurgents in the north of Iraq"), the place only says where
the group is: the state that holds it is not the party fought, and the act has no target rather
than that state (``events.args.group-scene-not-party.v1``). The group nouns are
``clauses.scene_group_nouns``; a group with a name of its own ("Islamic State fighters in
Syria") is a party outside the scene already and is not touched here.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_slots import Arguments
from dateline.stages.state import DocState
from dateline.stages.syntax import sentence_of, words

GROUP_SCENE = "events.args.group-scene-not-party.v1"


def group_scene_tokens(phrase: Token, scene_preps: frozenset[str]) -> set[int]:
    """The tokens of the scene phrases ("in Syria", "across the north") that hang on a noun of
    an armed group (``clauses.scene_group_nouns``) anywhere in ``phrase``."""
    groups = words("scene_group_nouns")
    return {t.i for prep in phrase.subtree if prep.dep_ == "prep" and prep.i != phrase.i
            and prep.lower_ in scene_preps and prep.head.pos_ in {"NOUN", "PROPN"}
            and prep.head.lower_ in groups
            for t in prep.subtree}


def group_scene_left(token: Token, phrases: list[Token], scene_preps: frozenset[str]) -> bool:
    """Whether a place was left out of the object phrases of ``token`` for hanging on an armed
    group (events.args.group-scene-not-party.v1, for the explain output and the rule trail)."""
    return any(group_scene_tokens(p, scene_preps) for p in phrases)


#: A party named only as the backer of what the act is about ("agreed to lay down their arms
#: under a Russian-brokered ceasefire", "accused Moscow-backed rebels of shelling the town",
#: "ratified a UN-backed treaty") is not acted on: the hyphenated participle
#: (``clauses.sponsor_participles``; not "-led": a "NATO-led mission" is NATO's own) says who
#: stands behind the thing, and the act has no target rather than that backer.
SPONSOR_MODIFIER = "events.args.sponsor-modifier-not-target.v1"


def drop_sponsor_modifiers(args: Arguments, token: Token, state: DocState) -> None:
    """Drop the targets whose every mention in the trigger's sentence is the first part of a
    hyphenated backing participle on a noun (events.args.sponsor-modifier-not-target.v1)."""
    if not args.target:
        return
    sent = sentence_of(token)
    roots: dict[str, list[Token]] = {}
    for i in range(sent.start, sent.end):
        for mention in state.mentions_at(i):
            if mention.start == i and mention.actor_id in args.target:
                span = token.doc[mention.start : mention.end]
                roots.setdefault(mention.actor_id, []).append(span.root)
    dropped = [a for a in args.target if roots.get(a) and all(map(_sponsor, roots[a]))]
    if dropped:
        args.target = [a for a in args.target if a not in dropped]
        args.rules.append(SPONSOR_MODIFIER)


def _sponsor(root: Token) -> bool:
    """"Russian" in "a Russian-brokered ceasefire": the modifier of a hyphenated participle of
    backing that itself modifies a noun."""
    doc, participle = root.doc, root.head
    return root.dep_ in {"npadvmod", "compound", "nmod", "amod"} \
        and participle.i == root.i + 2 and doc[root.i + 1].text == "-" \
        and participle.tag_ == "VBN" and participle.dep_ in {"amod", "compound"} \
        and participle.lemma_.lower() in words("sponsor_participles") \
        and participle.head.pos_ in {"NOUN", "PROPN"}
