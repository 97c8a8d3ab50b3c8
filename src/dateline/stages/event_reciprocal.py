"""Acts done to "each other" (wave 52, ev52c; held-out news: "Serbia and Kosovo accused each
other of violating the truce" was coded with both states as source and no target).

``events.args.reciprocal-object.v1``: when the trigger's object, or the object of a preposition
through which the act reaches its party ("fired on", "clashed with"), is the reciprocal pronoun
("each other", "one another"), the act's conjoined subjects did it to each other, whatever its
type: every subject party is a source and the target holds the same parties (``both_ways``, as
for "X and Y met"). Not "each other's families" (a possessive names something of the parties),
nor "X and Y accused Z" (a named target), nor a lone subject party ("the rebels fought each
other": no second party to pair it with).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.syntax import words

RECIPROCAL_OBJECT = "events.args.reciprocal-object.v1"

OBJECT_DEPS = {"dobj", "dative", "obj"}


def reciprocal_object(token: Token) -> bool:
    """Whether the act of ``token`` (a verb) is done to "each other" or "one another"."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    objects += [o for p in token.children if p.dep_ == "prep"
                and p.lower_ in words("reciprocal_object_preps")
                for o in p.children if o.dep_ == "pobj"]
    return any(_reciprocal_pronoun(o) for o in objects)


def _reciprocal_pronoun(obj: Token) -> bool:
    """"each other" (parsed det + head "other") or "one another" (head "one" + det "another"),
    not followed by a possessive "'s"."""
    doc = obj.doc
    for first in (obj.i - 1, obj.i):
        second = first + 1
        if first < 0 or second >= len(doc):
            continue
        if (doc[first].lower_ in words("reciprocal_pronoun_firsts")
                and doc[second].lower_ in words("reciprocal_pronoun_seconds")):
            after = doc[second + 1] if second + 1 < len(doc) else None
            return not (after is not None and after.tag_ == "POS")
    return False
