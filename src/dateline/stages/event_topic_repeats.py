"""A definite event noun that only says how an act told earlier stands (wave 73, ev73e; issue 11).

"The invasion came three days after Putin recognised ...", "The offensive followed a nine-month
blockade", "The march was the largest since 1979", "the attack was the work of militants": a
definite event noun ("the", "this") with no party of its own, the subject of a verb that relates
it to another happening or describes it (``topic_relation_verbs``: come, follow, be, ...), takes
up the act the story already told; it is no new act. ``event_repeats`` folds such a noun only in
the paragraph of its act or the one after; a wire story often places it paragraphs later, with a
vaguer or another day (the "eight months after" of a comparison).

``events.repeat.topic-subject.v1``: such an event (no source, no target, told as done) is folded
into the nearest event of its type told as done in an earlier sentence (an act in its own
sentence is the other happening it is related to: "The protest came a day after protesters
rallied"), preferably one of its own word; that
event keeps its own date and arguments and takes the noun as a mention. Left alone: a noun with
a party ("the Russian invasion came"), a new act ("another attack came"), a noun told as still
to come, verbs that tell when or how it took place ("the attack took place on Monday", "the
strike was called off": not in the word list), and a noun with no earlier act of its type.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.record import Event
from dateline.stages.event_repeats import _anaphoric, _trigger
from dateline.stages.syntax import words

TOPIC_RULE = "events.repeat.topic-subject.v1"

#: Modalities of an act told as done.
DONE = frozenset({"asserted", "reported"})


def _topic_subject(token: Token) -> bool:
    """A definite, participant-less event noun as the subject of a relating verb."""
    if token.dep_ not in {"nsubj", "nsubjpass"} or not _anaphoric(token):
        return False
    verb = token.head
    if verb.i == token.i or verb.lemma_.lower() not in words("topic_relation_verbs"):
        return False
    return not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in words("future_auxiliaries")
                   for c in verb.children)


def fold_topic_nouns(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` with each topic-subject noun folded into the earlier act it takes up (module
    docstring), renumbered when any was folded."""
    kept: list[Event] = []
    folded = False
    for event in events:
        first = _earlier_act(doc, kept, event)
        if first is None:
            kept.append(event)
            continue
        folded = True
        first.mentions.append(event.trigger)
        if TOPIC_RULE not in first.rule.split("+"):
            first.rule = f"{first.rule}+{TOPIC_RULE}"
    if folded:
        for number, event in enumerate(kept, start=1):
            event.id = f"e{number}"
    return kept


def _earlier_act(doc: Doc, kept: list[Event], event: Event) -> Event | None:
    if event.source or event.target or event.modality not in DONE:
        return None
    token = _trigger(doc, event)
    if token is None or not _topic_subject(token):
        return None
    lemma = token.lemma_.lower()
    same = [e for e in kept if e.type == event.type and e.modality in DONE
            and e.sentence.start < event.sentence.start]
    if not same:
        return None
    own = [e for e in same if (t := _trigger(doc, e)) is not None and t.lemma_.lower() == lemma]
    return (own or same)[-1]
