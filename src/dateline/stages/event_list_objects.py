"""The object a list of verbs ends with (wave 39, ev39b).

"Police beat and arrested 20 protesters": a verb with no object of its own, opening a list of
verbs whose later ones have no subject of their own, acts on the object the list ends with. A
harm entry that names its objects ("beat" only people: ``assault.beat``) is matched on that
shared object too (``events.args.series-object.v2``; before, "beat" fitted no entry and the
beating was lost), unless the verb holding it is of the same type (the coordinated fold tells
that list as one act). The walk is the one ``event_series_objects`` reads targets with.
"""

from __future__ import annotations

from spacy.tokens import Token

#: How many verbs a list may hold and still share its last object (as ``event_repeats``).
SERIES_LENGTH = 4
#: Dependencies that give a verb a subject or an object of its own: such a verb opens a new act.
OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "expl"})
OWN_OBJECT = frozenset({"dobj", "dative", "attr", "oprd", "ccomp", "xcomp"})
#: Dependencies that make a verb passive: its patient is its subject, not a shared object.
PASSIVE = frozenset({"nsubjpass", "auxpass"})


def list_end(token: Token) -> tuple[Token, list[Token]] | None:
    """The later verb of the list ``token`` opens that holds the list's object, and that
    object's heads; None when ``token`` is no active verb without an object, or the list
    breaks (a later verb with its own subject, or an object of another kind)."""
    if token.pos_ != "VERB" or any(c.dep_ in OWN_OBJECT | PASSIVE for c in token.children):
        return None
    verb = token
    for _ in range(SERIES_LENGTH):
        later = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
        if later is None or any(c.dep_ in OWN_SUBJECT | PASSIVE for c in later.children):
            return None
        objects = [c for c in later.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
        if objects:
            return later, objects
        if any(c.dep_ in OWN_OBJECT for c in later.children):
            return None  # "arrested and sent them home": the later verb's own act
        verb = later
    return None
