"""Leaders' names the recogniser did not tag at all (session 116; issue 11).

spaCy's small English model leaves some full names of heads of state and government untagged:
"Umaro Sissoco Embalo declared himself Guinea-Bissau's president" has no entity on the name, so
no actor was made and every act the story tells of him went to another person (judged round
143: "Embalo told supporters ... and accused his opponents" coded as his rival's accusation). A
scan of held-out sets 40-42 (300 stories) found five such names, each a story's main actor:
Embalo, Sandra Mason, Hakainde Hichilema, Samia Suluhu, Girija Prasad Koirala. On the judged
items of rounds 41-144 the names it finds changed 14 doers or parties acted on that the judges
had called wrong (a bare surname with no country, a rival or a father taken for the leader)
and 12 they had accepted: most of these are the same person under the full name, but two turned
wrong (a father named by his son's last two names, "his father, Idriss Deby"; a pronoun now
read as a newly named rival), and two judged events fell under the confidence threshold.

``label_unlabelled_leaders`` makes PERSON a run of two to four capitalised proper nouns after
the dateline that no entity covers and that the leaders dictionary (``data/leaders``, ours)
lists as a person's name; a possessive "'s" stays outside. The person read from it carries
``actors.person.unlabelled-leader.v1`` in its rule. Only the leaders dictionary counts, not the
Phoenix files, whose names include places and bodies ("Cook Islands", "European Union"). A run
that goes on in another proper noun ("Queen Elizabeth II", a regnal name) is left to the older
rules.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dateline.stages.actor_cut_surnames import _capitalised
from dateline.stages.actor_people import people_index
from dateline.stages.state import state_of

UNLABELLED_LEADER_RULE = "actors.person.unlabelled-leader.v1"
#: ``state.derived`` key of the token ranges of the names labelled here.
LABELLED = "actors.unlabelled-leaders"
#: How many words a leader's name found this way may have (longest tried first).
NAME_WORDS = (4, 3, 2)
#: The id prefix of the entries of our leaders dictionary in ``people_index``.
LEADERS_PREFIX = "leaders:"


def label_unlabelled_leaders(doc: Doc) -> None:
    """Make PERSON every untagged run of proper nouns that names a listed leader."""
    covered = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    proper = [t.pos_ == "PROPN" for t in doc]  # read once: most tokens end the search here
    words = [proper[t.i] and t.i not in covered and _capitalised(t.text) for t in doc]
    found: list[Span] = []
    i = _after_dateline(doc)
    while i < len(doc):
        name = _leader_at(doc, i, words, proper) if words[i] else None
        if name is None:
            i += 1
            continue
        found.append(name)
        i = name.end
    if not found:
        return
    state_of(doc).derived[LABELLED] = {(s.start, s.end) for s in found}
    doc.ents = sorted([*doc.ents, *found], key=lambda s: s.start)


def unlabelled_leader(entity: Span) -> bool:
    """Whether ``entity`` is a name ``label_unlabelled_leaders`` made a person's."""
    found = state_of(entity.doc).derived.get(LABELLED)
    return isinstance(found, set) and (entity.start, entity.end) in found


def _leader_at(doc: Doc, i: int, words: list[bool], proper: list[bool]) -> Span | None:
    """The longest listed leader's name that starts at token ``i`` and ends its run of proper
    nouns ("President Umaro Sissoco Embalo" gives the last three words), or None. ``words``:
    which tokens are capitalised proper nouns no entity covers; ``proper``: which are proper
    nouns at all."""
    for size in NAME_WORDS:
        end = i + size
        if end > len(doc) or not all(words[i:end]):
            continue
        if end < len(doc) and proper[end]:
            continue  # the run goes on ("Queen Elizabeth II"): not this name
        entries = people_index().get(doc[i:end].text.lower(), ())
        if any(e.id.startswith(LEADERS_PREFIX) for e in entries):
            return Span(doc, i, end, label="PERSON")
    return None


def _after_dateline(doc: Doc) -> int:
    """The first token after a wire dateline ("BISSAU, Feb 28 (wire) -"), else 0."""
    end = state_of(doc).dateline_end or 0
    return next((t.i for t in doc if t.idx >= end), len(doc)) if end else 0
