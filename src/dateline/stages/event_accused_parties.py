"""The party an accusation names as its object, when the charge phrase hides it (wave 82, ev82b;
issue 11).

Blind judges (rounds 42-46) found the target of an ACCUSE empty in "accusing politicians of
inciting against the armed forces", "accused the army leadership of plotting his downfall",
"accuse Western countries of double standards": the object of "accuse" is the accused, a
coder's target, although no actor stands for it. Two things kept it out: the charge ("of
inciting against the armed forces") hangs on the object in the parse, so the party finders saw
an actor inside the object's phrase and left it to the target search, which found none; and
a body or a set of states ("the leadership", "countries") is on no list of party nouns.

``events.args.accused-object.v1``: the direct object of a verb of ``clauses.accused_object_verbs``
with no target yet is the target, as a group actor, when its noun names people or a body (the
party word lists, a role of people or a body, ``clauses.accused_body_nouns``) and its phrase,
less the charge ("of" and what follows), names no actor (a named one is the target search's).
Never the source; the group takes the country its words or its place give, else none.

v2 (wave 86, ev86a; judged rounds 41-51: "blamed 'some elements of a special agency'", "blamed
'anti-social elements' who ..." left with no target): "blame" is such a verb (its charge is a
"for" phrase, cut like "of"), and "elements" names people: a faction inside a body or country
(``clauses.inner_party_nouns``) that its phrase places nowhere is the accuser's own, so it does
not fall to the article's country.

v3 (wave 102, ev102a; judged rounds 41-70: "accused the commission of bias", "accused rivals of
buying votes", "accuse the former comedian of being too eager" left with no target, 22 of the
23 judged ACCUSE events of "accuse" with an empty target): the object of "accuse" with its
charge told ("of" a gerund or a noun, on the verb or on the object) is the accused whatever its
noun, since one accuses only people or bodies of something; a noun that names an act or a
thing of the event lexicon ("accused the raid of ...") is still not read. "blame" keeps the
word lists: one blames things too ("blamed technical problems for the halt").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dateline.stages.actor_context import act_place_country, located_country
from dateline.stages.actor_lexicon import code_description
from dateline.stages.event_arg_actors import Args, actor_countries, set_group_target
from dateline.stages.event_domestic import names_party
from dateline.stages.event_lexicon import match, through_partitive, through_quantity
from dateline.stages.place_targets import group_actor
from dateline.stages.state import DocState
from dateline.stages.syntax import words

__all__ = ["ACCUSED_OBJECT_RULE", "accused_object"]

ACCUSED_OBJECT_RULE = "events.args.accused-object.v3"
#: Kinds of ``code_description`` whose role names people or a body, not a thing.
_PARTY_KINDS = frozenset({"group", "person", "organization"})
#: The prepositions that open the charge ("accused X of spying", "blamed X for the fire").
_CHARGE_PREPS = frozenset({"of", "for"})


def accused_object(args: Args, token: Token, entry_type: str, state: DocState) -> bool:
    """Fill an empty ACCUSE target with the accused the verb's object names; True if filled."""
    if args.target or entry_type != "ACCUSE" or token.pos_ != "VERB" \
            or token.lemma_.lower() not in words("accused_object_verbs"):
        return False
    charged = _charge_told(token)
    head = next((h for h in _object_heads(token) if (_names_accused(h) or charged(h))
                 and not _named_inside(h, state)), None)
    if head is None:
        return False
    start, end = min(head.left_edge.i, head.i), head.i + 1
    span = head.doc[start:end]
    code = code_description(span.text)
    country = (code.country if len(code.countries) <= 1 else None) \
        or located_country(span, local=True) or act_place_country(head) \
        or _inner_country(head, args, state)
    group = group_actor(head.doc, state, (start, end), country, code.sector, ACCUSED_OBJECT_RULE)
    return set_group_target(args, group, ACCUSED_OBJECT_RULE)


def _inner_country(head: Token, args: Args, state: DocState) -> str | None:
    """"blamed rogue elements": a noun of ``clauses.inner_party_nouns`` names a faction inside a
    body or country, the accuser's own when its phrase names no other; not the article's
    country, which may be a third party's (a foreign spokesman who reports the blame)."""
    if head.lemma_.lower() not in words("inner_party_nouns"):
        return None
    countries = actor_countries(args.source, state)
    return next(iter(countries)) if len(countries) == 1 else None


def _object_heads(token: Token) -> list[Token]:
    """The verb's direct objects, through a quantity and a partitive ("some of the leaders")."""
    return [through_partitive(through_quantity(c)) for c in token.children if c.dep_ == "dobj"]


def _charge_told(token: Token) -> Callable[[Token], bool]:
    """For a verb of ``clauses.charge_told_verbs`` ("accuse"), a test that its object is a
    common noun whose charge is told, on the verb or on the object ("accused the commission of
    bias"), and that names no act of the event lexicon (v3)."""
    if token.lemma_.lower() not in words("charge_told_verbs"):
        return lambda head: False
    on_verb = any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)

    def charged(head: Token) -> bool:
        on_object = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
        return head.pos_ == "NOUN" and (on_verb or on_object) and match(head) is None
    return charged


def _names_accused(head: Token) -> bool:
    """People or a body: a party noun, a role of people or a body, or a noun of
    ``clauses.accused_body_nouns`` ("the leadership", "Western countries")."""
    if head.pos_ != "NOUN":
        return False
    if names_party(head) or head.lemma_.lower() in words("accused_body_nouns"):
        return True
    code = code_description(head.lower_)
    return code.role is not None and code.kind in _PARTY_KINDS


def _named_inside(head: Token, state: DocState) -> bool:
    """An actor in the object's phrase short of the charge: "accused the leaders of Hamas of
    ..." is the target search's (Hamas); "accused politicians of inciting against the army"
    names no one accused but the politicians."""
    charge = _charge_start(head)
    return any(state.mentions_at(t.i) for t in head.subtree if charge is None or t.i < charge)


def _charge_start(head: Token) -> int | None:
    """Where the charge begins: an "of" phrase on the object whose object is an act told by a
    gerund ("of inciting", "of plotting"), or the last of two "of" phrases ("the leaders of X of
    plotting": the first says whose). A lone "of" with a noun ("of Hamas", "of corruption") is
    not cut: an actor there keeps the object to the target search."""
    ofs = [c for c in head.children if c.dep_ == "prep" and c.lower_ in _CHARGE_PREPS]
    acts = [c for c in ofs if any(g.dep_ == "pcomp" or (g.dep_ == "pobj" and g.tag_ == "VBG")
                                  for g in c.children)]
    if acts:
        return acts[0].i
    return ofs[-1].i if len(ofs) > 1 else None
