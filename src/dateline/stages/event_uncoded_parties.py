"""Targets that are people or groups the actor lexicon leaves uncoded (wave 46, ev46a).

Judged round 28: half the wrong targets of real events were empty where the sentence names
the party. ``events.args.unnamed-party.v1`` and ``events.args.role-party.v1`` read a party
noun where the type's target is read, but only a common noun of their word lists or a role
tagged as a common noun. Two shapes of the same party stayed empty:

- ``events.args.uncoded-party.v1``: "accused NGOs of financing extremists": a plural the
  parser tags as a proper noun (no named entity of its own, ``NNPS``) that the roles lexicon
  codes as people (a role of kind group or person); and "gunmen killed a lawyer's assistant":
  a noun for people that no lexicon codes (``clauses.uncoded_party_nouns``).

Wave 56 (ev56a; blind judges: "three teenagers were convicted", "police detained the couple"
left with no target): ``events.args.group-people-noun.v1``, the same for the nouns of
``clauses.people_group_nouns`` (teenagers, defendants, fugitives, "the trio", "the pair"); a
word of ``clauses.people_set_nouns`` only with no "of" phrase ("a pair of boots" is no party).

Same positions and guards as the role party: only the verb's own target positions, no actor
inside the phrase, a request's object only with an asked act. The group takes the country its
words or its place name, else none (empty is right when the text does not make it plain).
Called from ``events`` after the other target rules, only when the target is still empty.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.actor_context import act_place_country, located_country
from dateline.stages.actor_lexicon import code_description
from dateline.stages.event_arg_actors import Args, target_positions
from dateline.stages.event_domestic import (
    ASKED_ACT_DEPS,
    ROLE_PARTY_KINDS,
    _party_end,
    _position_heads,
    _subjectless_clause,
)
from dateline.stages.place_targets import group_actor
from dateline.stages.state import DocState
from dateline.stages.syntax import words

UNCODED_PARTY = "events.args.uncoded-party.v1"
GROUP_PEOPLE_NOUN = "events.args.group-people-noun.v1"


def uncoded_party(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """The uncoded people or group where the type's target is read is the target."""
    if args.target or token.pos_ != "VERB" or _subjectless_clause(token):
        return
    head = next(iter(_uncoded_heads(token, entry_type, state)), None)
    if head is None:
        return
    start, end = min(head.left_edge.i, head.i), _party_end(head)
    code = code_description(head.doc[start:end].text)
    country = (code.country if len(code.countries) <= 1 else None) or located_country(
        head.doc[start:end], local=True) or act_place_country(head)
    rule = GROUP_PEOPLE_NOUN if _group_people(head) else UNCODED_PARTY
    group = group_actor(head.doc, state, (start, end), country, code.sector, rule)
    if group not in args.source:
        args.target = [group]
        args.rules.append(rule)


def _uncoded_heads(token: Token, entry_type: str, state: DocState) -> list[Token]:
    asked = any(c.dep_ in ASKED_ACT_DEPS for c in token.children)
    return [h for h in _position_heads(token, target_positions(entry_type))
            if _uncoded_people(h)
            and not (entry_type == "REQUEST" and h.dep_ == "dobj" and not asked)
            and not any(state.mentions_at(t.i) for t in h.subtree)]


def _uncoded_people(head: Token) -> bool:
    """A plural tagged proper with no entity that the roles lexicon codes as people ("NGOs"),
    or a common noun for people no lexicon codes ("assistant")."""
    if head.pos_ == "PROPN":
        code = code_description(head.text)
        return head.tag_ == "NNPS" and not head.ent_type_ and code.role is not None \
            and code.kind in ROLE_PARTY_KINDS
    return (head.pos_ == "NOUN" and head.lemma_.lower() in words("uncoded_party_nouns")) \
        or _group_people(head)


def _group_people(head: Token) -> bool:
    """"three teenagers", "the trio": a noun of ``clauses.people_group_nouns``; a set noun
    ("pair", "couple") with an "of" phrase only when "the" makes it a known group ("accused the
    trio of arson"), not "a pair of boots", "a couple of days"
    (events.args.group-people-noun.v1)."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or lemma not in words("people_group_nouns"):
        return False
    if lemma not in words("people_set_nouns"):
        return True
    counted = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    return not counted or any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
