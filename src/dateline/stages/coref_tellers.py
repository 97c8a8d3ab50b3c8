"""A news outlet or monitor that only tells the story is not what an act is done to
(issue 11, wave 60, ev60d).

"(BBC Monitoring) -- ... the administration has pledged to ratify it", "told the BBC ... I
support them": coreference took the latest compatible actor for the object pronoun, and that
was the agency credited with the report, so the act was done to the teller. (For a subject
pronoun, wave 59's ``events.args.reporter-source.v2`` already takes the outlet off the source.)

``actors.pronoun.teller-skipped.v1``: an actor that is a news outlet (``reporter_sectors``) or
a monitor (a name with a word of ``coref_monitor_words``: "Syrian Observatory for Human
Rights", "SITE Intelligence Group") and that the text has so far named only as the teller --
the subject of a speech verb ("Reuters reported"), the object of "according to", the one a
statement was told to ("told AFP"), a credit line in parentheses -- is no antecedent of a
pronoun or generic description ("it", "them", "the group") that is the object of a verb other
than a speech verb: when it is the nearest compatible actor, the pronoun is left with no party
(the act then has no target, ``events.args.teller-antecedent.v1``) rather than given to the
next actor. Tried on the dev stories for subjects and objects alike, the next actor was
most often wrong too (a country, the victims). Subjects are left as they were: there
``events.args.reporter-source.v2`` already takes the outlet off the source. A description of the
outlet's own kind ("the monitor", "the agency": the lexicon's anaphors) still names it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.lexicons import load_data
from dateline.record import Actor
from dateline.stages.quote_cues import cue_flags
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, sentence_of, words

TELLER_SKIPPED = "actors.pronoun.teller-skipped.v1"

#: Where a pronoun or description is the one a verb acts on.
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj"})
#: Dependencies that put a name inside a larger phrase ("the AFP news agency").
INNER_DEPS = frozenset({"compound", "appos", "nmod", "npadvmod"})


def party_position(token: Token) -> bool:
    """The object (direct, or of a verb's preposition) of a verb that is no speech verb:
    "arrested them", "pledged to ratify it", not "told them"."""
    if token.dep_ not in OBJECT_DEPS:
        return False
    verb = token.head
    if token.dep_ == "pobj":
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    return cue_flags(verb) is None


def teller(actor: Actor) -> bool:
    """A news outlet or a monitor that reports tolls and claims."""
    if actor.sector in words("reporter_sectors"):
        return True
    name = f" {actor.name.lower()} "
    return any(f" {w} " in name for w in words("coref_monitor_words"))


def only_told(mentions: list[tuple[int, int]], doc: Doc) -> bool:
    """Whether every mention of the actor (token ranges) before the pronoun names it only as
    the one telling the story."""
    named = [(s, e) for s, e in mentions
             if not all(t.pos_ == "PRON" or t.tag_ in {"PRP", "PRP$"} for t in doc[s:e])]
    return bool(named) and all(_teller_mention(doc[s:e]) for s, e in named)


def _teller_mention(span: Span) -> bool:
    if credit_line(span):
        return True
    root = span.root
    while root.dep_ in INNER_DEPS and root.head.i != root.i:
        root = root.head
    if root.dep_ in SUBJECTS:
        return root.head.pos_ in {"VERB", "AUX"} and cue_flags(root.head) is not None
    return attribution(root)


def credit_line(span: Span) -> bool:
    """A name in parentheses: a credit line ("(RIA Novosti) -- ...")."""
    doc = span.doc
    return (span.start > 0 and doc[span.start - 1].text == "("
            and span.end < len(doc) and doc[span.end].text == ")")


def attribution(root: Token) -> bool:
    """The object of "according to", or the one a statement was made to ("told Reuters",
    "said to the agency"): the teller's credit, not a party."""
    head = root.head
    told = words("reporter_told_verbs")
    if root.dep_ in {"dative", "dobj"}:
        return head.lemma_ in told
    if root.dep_ != "pobj":
        return False
    preps = words("reporter_attribution_preps")
    if head.lower_ in preps or head.head.lower_ in preps:
        return True  # according (to)
    return head.lower_ == "to" and head.head.lemma_ in told



#: The argument rule of an event one of whose objects is a pronoun or description left with
#: no party because its nearest antecedent was a news outlet or monitor that only told the story.
TELLER_ANTECEDENT = "events.args.teller-antecedent.v1"
PRONOUNS = frozenset({"it", "them", "him", "her"})


def note_teller_skips(rules: list[str], token: Token, state: DocState) -> None:
    """Name ``TELLER_ANTECEDENT`` in the event's rules when an object pronoun or description in
    its trigger's phrase ("pledged to ratify it") has no party and a news outlet or monitor
    named only as the teller is in its sentence or the one before (what coreference
    skipped)."""
    generic = load_data("roles").get("generic_anaphors") or {}
    objects = [o for o in token.subtree if o.dep_ in OBJECT_DEPS and (
        (o.lower_ in PRONOUNS and o.tag_ == "PRP") or (o.lower_ in generic and any(
            d.dep_ == "det" and d.lower_ == "the" for d in o.children)))
        and not state.mentions_at(o.i) and party_position(o)]
    if not objects or TELLER_ANTECEDENT in rules:
        return
    start = sentence_of(token).start
    window = sentence_of(token.doc[start - 1]).start if start else 0
    for obj in objects:
        ids = {m.actor_id for m in state.mentions if window <= m.start < obj.i}
        for actor_id in ids:
            actor = state.actor(actor_id)
            if actor is not None and teller(actor) and only_told(
                    [(m.start, m.end) for m in state.mentions
                     if m.actor_id == actor_id and m.start < obj.i], token.doc):
                rules.append(TELLER_ANTECEDENT)
                return
