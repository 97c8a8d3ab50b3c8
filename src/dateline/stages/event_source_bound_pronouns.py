"""An object pronoun of the trigger that coreference gave to the act's own source (issue 11,
wave 48, ev48a).

"The Soviet Union, which ruled Ukraine for decades and annexed it in 1990", "the European
Commission had to intervene to help them" (some companies), "rebels who seized the town and
held it": the pronoun the act is done to was resolved to the act's doer, so the target, the
same party as the source, was dropped and left empty. CONVENTIONS (Source and target): a
pronoun counts as the party it refers to; the target is wrong when empty.

``events.args.source-bound-pronoun.v1``: when the target is empty and an object pronoun of the
trigger (its object, dative, or the object of its preposition) is resolved to an actor of the
event's source, the target becomes the one fitting party named (not by a pronoun) before the
pronoun in its own sentence and not in the source, when it is also the nearest noun phrase
before the pronoun: a person for "him" / "her", people named in the plural for "them", a
country for "it" (in a harm or coercion act only: elsewhere "it" is mostly a thing). None or
two give no target: the source itself may be the wrong party ("his father had instructed him"),
and a wrong target is worse than none.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import Actor
from dateline.stages.event_arg_actors import Args
from dateline.stages.place_slots import PLACE_LABELS
from dateline.stages.state import DocState
from dateline.stages.syntax import words

SOURCE_BOUND_PRONOUN = "events.args.source-bound-pronoun.v1"
#: Where the patient pronoun hangs on the trigger or its infinitive.
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: Entity labels of phrases that name no party ("for nearly half a century").
TIME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "MONEY"})


def source_bound_pronoun(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """Give an act whose object pronoun was resolved to its own source the party the pronoun
    stands for, when its sentence names exactly one."""
    if args.target or not args.source:
        return
    for pronoun in _object_pronouns(token, entry_type):
        bound = {m.actor_id for m in state.mentions_at(pronoun.i)}
        if not bound or not bound <= set(args.source):
            continue
        party = _antecedent(pronoun, args.source, state)
        if party is not None:
            args.target = [party.id]
            args.rules.append(SOURCE_BOUND_PRONOUN)
        return


def _object_pronouns(token: Token, entry_type: str) -> list[Token]:
    """The pronouns the trigger acts on ("it" in a harm or coercion act only). Not those of
    an infinitive it governs: its doer may be another party ("called on others to contact
    them": the callers)."""
    found = []
    for child in token.children:
        if child.dep_ in OBJECT_DEPS:
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ not in words("source_bound_skipped_preps"):
            found += [g for g in child.children if g.dep_ == "pobj"]
    return [p for p in found if p.tag_ == "PRP" and p.lower_ in _pronoun_words(entry_type)]


def _pronoun_words(entry_type: str) -> frozenset[str]:
    people = words("source_bound_person_pronouns") | words("source_bound_plural_pronouns")
    if entry_type in words("source_bound_party_pronoun_types"):
        return people | words("source_bound_party_pronouns")
    return people


def _antecedent(pronoun: Token, source: list[str], state: DocState) -> Actor | None:
    """The one fitting actor named before the pronoun in its sentence, not the source."""
    doc = pronoun.doc
    fits: dict[str, Actor] = {}
    for mention in state.mentions:
        if not (pronoun.sent.start <= mention.start and mention.end <= pronoun.i):
            continue
        head = doc[mention.end - 1]
        actor = state.actor(mention.actor_id)
        if actor is None or actor.id in source or head.pos_ == "PRON":
            continue
        if _fits(pronoun, head, actor):
            fits[actor.id] = actor
    if len(fits) != 1:
        return None
    nearest = _nearest_phrase(pronoun, source, state)
    return next(iter(fits.values())) if nearest & fits.keys() else None


def _nearest_phrase(pronoun: Token, source: list[str], state: DocState) -> set[str]:
    """The actors of the nearest noun phrase before the pronoun that is not the source, a
    pronoun, a time or number, or the "of" part of a larger one: a nearer thing or unnamed
    crowd ("destroyed the drone, destroying it", "a crowd ... the police fired at them") is
    what it more likely stands for."""
    for chunk in reversed(list(pronoun.sent.noun_chunks)):  # its own sentence only
        if chunk.end > pronoun.i:
            continue
        root = chunk.root
        ids = {m.actor_id for t in chunk for m in state.mentions_at(t.i)}
        if root.pos_ == "PRON" or (ids and ids <= set(source)) or root.ent_type_ in TIME_LABELS \
                or (root.dep_ == "pobj" and root.head.lower_ == "of"):
            continue
        return ids
    return set()


def _fits(pronoun: Token, head: Token, actor: Actor) -> bool:
    """A person for "him" / "her"; people named in the plural for "them"; a country for
    "it"."""
    lowered = pronoun.lower_
    if lowered in words("source_bound_person_pronouns"):
        return actor.kind == "person"
    if lowered in words("source_bound_plural_pronouns"):
        return (actor.kind in {"group", "organization"} and head.tag_ in PLURAL_TAGS
                and head.ent_type_ not in PLACE_LABELS)  # "them" is people, never a town
    return actor.kind == "country"
