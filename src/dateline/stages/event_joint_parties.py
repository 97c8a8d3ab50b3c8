"""The other party of joint and mutual acts (wave 38, ev38b; held-out news: the target of an
agreement, a meeting, cooperation or a signing was empty while the sentence named the other
side, or was the topic of the deal or the talks).

- ``events.args.joint-noun-partner.v1``: "Ghana, in agreement with its Western backers,
  agreed", "agreed to suspend its protests as part of a deal with the government": the "with"
  or "between" phrase of a joint-act noun (``clauses.joint_act_nouns``) in a phrase on the
  trigger or on its complement names the other party;
- ``events.args.complement-partner.v1``: "agreed to meet with the farmers' leaders",
  "promised to hold talks with the opposition", "promised it will work with the Commission":
  the partner of the joint act an intent (AGREE) is about is the intent's target;
- ``events.args.split-complement-partner.v1`` (session 115; judged round 137: "Morocco agreed in
  December 2020 to resume diplomatic ties with Israel" had no target): a time or place phrase
  between an intent and its to-infinitive makes the parser hang the infinitive as an adverbial
  clause, not a complement; such an infinitive with no subject of its own is read as the
  complement, for its partner and for the target its own verb names ("resume ties with X");
- ``events.args.visit-partner.v1``: "visited India to sign the agreement": the party visited
  (``clauses.visit_verbs``) is the other party of the act the visit is for;
- ``events.args.conjoined-partner.v1`` (wave 56, ev56c): "met with Togo's leader on Tuesday and
  signed a trade deal", "held talks with Uganda and pledged to expand trade", "visited India and
  signed a defence pact": a joint act (``clauses.conjoined_partner_acts``) conjoined to a
  meeting, talks or visit of the same subject (``clauses.meeting_verbs``, ``visit_verbs``'s "to"
  phrase, or a talks noun, ``clauses.meeting_nouns``, with a "with" phrase) is
  done with the party met, visited or talked with, when the act names no party of its own and
  the meeting is not negated ("will not negotiate with X but offered ..."). Acts aimed at a
  third party ("met with X and condemned Z") and acts of another kind ("met with X and then
  attacked the village") are not read;
- ``events.args.joint-topic.v2``: "signed a deal on Ukraine's grain exports", "concluded an
  agreement regarding Serbia's withdrawal from Kosovo": a party named only inside the topic
  phrase (``clauses.joint_topic_preps``) of a joint act is what it is about, no target.

Each finder runs only when no target was found; the topic is dropped first.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args, actors_named_at, conjuncts
from dateline.stages.event_exclusions import SCENE_PREPS
from dateline.stages.event_lexicon import TriggerEntry, match
from dateline.stages.event_slots import prep_targets
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, words

__all__ = ["JOINT_TOPIC", "joint_parties"]


JOINT_NOUN_PARTNER = "events.args.joint-noun-partner.v1"
COMPLEMENT_PARTNER = "events.args.complement-partner.v1"
SPLIT_COMPLEMENT_PARTNER = "events.args.split-complement-partner.v1"
VISIT_PARTNER = "events.args.visit-partner.v1"
CONJOINED_PARTNER = "events.args.conjoined-partner.v1"
JOINT_TOPIC = "events.args.joint-topic.v2"
#: Types of acts done with another party (PLOVER AGREE, CONSULT, COOPERATE, SUPPORT).
JOINT_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT"})
#: A promise to halt an act ("agreed to suspend its protests as part of a deal with the
#: government") is typed CONCEDE by this sense rule; it is still made with another party, whose
#: partner it keeps as the AGREE it was before wave 46.
PROMISED_CONCESSION = "events.sense.promised-halt.v1"
#: Prepositions that name the other party of a joint act.
PARTNER_PREPS = frozenset({"with", "between"})
#: Modifiers of a met noun that tell whose it is ("his Argentine counterpart", "Chile's envoy").
MET_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod"})
#: How deep a chain of prepositional phrases is followed ("as part of a deal with X").
PHRASE_DEPTH = 3


def joint_parties(args: Args, token: Token, entry: TriggerEntry, state: DocState) -> None:
    """Drop a topic target of a joint act, then, when no target is left, look for the other
    party in the places the module docstring lists."""
    if entry.type not in JOINT_TYPES and entry.rule != PROMISED_CONCESSION:
        return
    _drop_topics(args, token, entry, state)
    if args.target:
        return
    for finder, rule in ((_noun_partners, JOINT_NOUN_PARTNER),
                         (_complement_partners, COMPLEMENT_PARTNER),
                         (_split_complement_partners, SPLIT_COMPLEMENT_PARTNER),
                         (_visited_parties, VISIT_PARTNER),
                         (_conjoined_partners, CONJOINED_PARTNER)):
        found = [a for a in dict.fromkeys(finder(token, entry, state)) if a not in args.source
                 and not _own_state(a, args.source, state)]
        if found:
            args.target = found
            args.rules.append(rule)
            return


def _own_state(actor_id: str, sources: list[str], state: DocState) -> bool:
    """"Stoltenberg promised to deepen cooperation between Norway and ...": the source's own
    country is its side, not the other party."""
    actor = state.actor(actor_id)
    return actor is not None and actor.kind == "country" and actor.country in {
        a.country for i in sources if (a := state.actor(i)) is not None and a.country}


def _partners_of(holder: Token, state: DocState) -> list[str]:
    """Actors of the "with"/"between" phrases hanging on ``holder``."""
    nouns = [p for c in holder.children if c.dep_ == "prep" and c.lower_ in PARTNER_PREPS
             for p in c.children if p.dep_ == "pobj"]
    return actors_named_at([n for p in nouns for n in [p, *conjuncts(p)]], state)


def _joint_noun(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in words("joint_act_nouns")


def _phrase_nouns(holder: Token, depth: int = PHRASE_DEPTH) -> list[Token]:
    """The nouns of the prepositional phrases on ``holder``, and of the phrases on those, to
    ``depth`` levels ("as part of a deal": part, deal); "with"/"between" phrases are parties,
    not holders, and a time phrase ("after the meeting with X") tells another act: neither is
    entered."""
    found: list[Token] = []
    for prep in holder.children:
        if prep.dep_ != "prep" or prep.lower_ in PARTNER_PREPS \
                or prep.lower_ in words("joint_time_preps"):
            continue
        for noun in (p for p in prep.children if p.dep_ == "pobj"):
            found.append(noun)
            if depth > 1:
                found += _phrase_nouns(noun, depth - 1)
    return found


def _noun_partners(token: Token, entry: TriggerEntry, state: DocState) -> list[str]:
    """The parties a joint-act noun in a phrase on the trigger, or on its complement verb,
    has in its "with"/"between" phrase (events.args.joint-noun-partner.v1)."""
    if token.pos_ != "VERB":
        return []
    holders = [token, *(c for c in token.children if c.dep_ == "xcomp")]
    nouns = [n for h in holders for n in _phrase_nouns(h) if _joint_noun(n)]
    return [a for n in nouns for a in _partners_of(n, state)]


def _complement_partners(token: Token, entry: TriggerEntry, state: DocState) -> list[str]:
    """"agreed to meet with X", "promised to hold talks with X", "promised that it will work
    with X": the partner of the joint act an AGREE trigger's complement tells, when that act
    is the subject's own (no subject of its own, or a pronoun)
    (events.args.complement-partner.v1)."""
    if entry.type != "AGREE" or token.pos_ != "VERB":
        return []
    clauses = [c for c in token.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"
               and all(s.pos_ == "PRON" for s in c.children if s.dep_ in SUBJECTS)]
    found: list[str] = []
    for clause in clauses:
        objects = [o for o in clause.children if o.dep_ == "dobj" and _joint_noun(o)]
        if _joint_act(clause) or objects:
            found += _partners_of(clause, state)
            found += [a for o in objects for a in _partners_of(o, state)]
    return found


def _split_complement_partners(token: Token, entry: TriggerEntry,
                               state: DocState) -> list[str]:
    """"agreed in December 2020 to resume ties with Israel": the partner or the target of an
    AGREE trigger's to-infinitive that the parser hung as an adverbial clause because a phrase
    came between (events.args.split-complement-partner.v1)."""
    if entry.type != "AGREE" or token.pos_ != "VERB":
        return []
    found: list[str] = []
    for clause in (c for c in token.children if c.dep_ == "advcl" and _split_infinitive(c)):
        found += _partners_of(clause, state)
        if (inner := match(clause)) is not None and inner.type in JOINT_TYPES:
            found += prep_targets(clause, inner, state)
        found += [a for o in clause.children if o.dep_ == "dobj" and _joint_noun(o)
                  for a in _partners_of(o, state)]
    return found


def _split_infinitive(clause: Token) -> bool:
    """A to-infinitive with no subject of its own, set apart from its head by a phrase."""
    head = clause.head
    return clause.pos_ == "VERB" and clause.tag_ == "VB" \
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children) \
        and not any(s.dep_ in SUBJECTS for s in clause.children) \
        and any(c.dep_ in {"prep", "npadvmod"} and head.i < c.i < clause.i
                for c in head.children)


def _joint_act(verb: Token) -> bool:
    entry = match(verb)
    return entry is not None and entry.type in JOINT_TYPES and (
        entry.symmetric or "with" in entry.target_preps)


def _visited_parties(token: Token, entry: TriggerEntry, state: DocState) -> list[str]:
    """"visited India to sign the agreement", "travelled to Ethiopia to sign a pact": the
    party a visit's purpose clause is done with is the one visited, when it is a named actor
    (a city is where, not who; events.args.visit-partner.v1)."""
    head = token.head
    if token.pos_ != "VERB" or token.dep_ not in {"xcomp", "advcl"} or head.i == token.i \
            or head.lemma_.lower() not in words("visit_verbs") \
            or not any(a.dep_ == "aux" and a.lower_ == "to" for a in token.children) \
            or any(s.dep_ in SUBJECTS for s in token.children):
        return []
    visited = [c for c in head.children if c.dep_ == "dobj"]
    visited += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "to"
                for p in c.children if p.dep_ == "pobj"]
    return actors_named_at([n for v in visited for n in [v, *conjuncts(v)]], state)


def _conjoined_partners(token: Token, entry: TriggerEntry, state: DocState) -> list[str]:
    """"met with X on Sunday and agreed to ...", "held talks with X and signed a pact",
    "visited X and pledged aid": the party of the meeting, talks or visit a joint act is
    conjoined to, when the act shares its subject and names no party of its own
    (events.args.conjoined-partner.v1)."""
    if token.pos_ != "VERB" or token.dep_ != "conj" \
            or token.lemma_.lower() not in words("conjoined_partner_acts") \
            or any(c.dep_ in SUBJECTS for c in token.children) or _own_parties(token, state):
        return []
    meeting = token.head
    if meeting.pos_ != "VERB" or any(c.dep_ == "neg" for c in meeting.children):
        return []
    return _met_parties(meeting, state)


def _met_parties(meeting: Token, state: DocState) -> list[str]:
    """The parties of a meeting verb ("met X", "met with X", "visited X", "travelled to X") or
    of the talks noun it holds ("held talks with X", "had a meeting with X"). A deal signed
    with X is not read: what is offered or promised next may go to another party ("signed a
    deal with the IMF and offered to forgive debts to the creditors")."""
    lemma = meeting.lemma_.lower()
    nouns = [o for o in meeting.children if o.dep_ == "dobj"]
    talks = [n for n in nouns if n.lemma_.lower() in words("meeting_nouns")]
    found = [a for n in talks for a in _partners_of(n, state)]
    if talks or lemma in words("meeting_verbs"):
        found += _partners_of(meeting, state)
    if lemma in words("meeting_verbs"):
        met = [n for o in nouns for n in [o, *conjuncts(o)]]
        # "met his Argentine counterpart": the country of a met noun that names none itself
        found += actors_named_at(met, state) or actors_named_at(
            [m for n in met for m in n.children if m.dep_ in MET_MODIFIERS], state)
    if lemma in words("visit_verbs"):
        found += actors_named_at([n for c in meeting.children if c.dep_ == "prep"
                                  and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"
                                  for n in [p, *conjuncts(p)]], state)
    return found


def _own_parties(verb: Token, state: DocState) -> bool:
    """Whether the act names a party of its own: an actor as its object, or in a phrase on it
    that is not a scene ("signed a pact in Accra"), or a "with" partner of its object."""
    nouns = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    nouns += [p for c in verb.children if c.dep_ == "prep" and c.lower_ not in SCENE_PREPS
              for p in c.children if p.dep_ == "pobj"]
    return bool(actors_named_at([n for o in nouns for n in [o, *conjuncts(o)]], state)
                or any(_partners_of(o, state) for o in nouns))


def _drop_topics(args: Args, token: Token, entry: TriggerEntry, state: DocState) -> None:
    """"signed a deal on Ukraine's grain exports": a target all of whose mentions in the
    sentence are inside a topic phrase of the joint act is dropped (events.args.joint-topic.v2).
    A party of a "with"/"between" phrase inside the topic ("an agreement on cooperation between
    Uganda and Gaza") stays."""
    if not args.target or not (entry.symmetric or PARTNER_PREPS & set(entry.target_preps)):
        return
    sent = token.sent
    kept = []
    for actor in args.target:
        heads = [t for t in sent if any(m.actor_id == actor for m in state.mentions_at(t.i))]
        if actor in args.source or not heads or not all(_in_topic(t, token, entry)
                                                          for t in heads):
            kept.append(actor)
    if len(kept) < len(args.target):
        args.target = kept
        args.rules.append(JOINT_TOPIC)


def _in_topic(word: Token, trigger: Token, entry: TriggerEntry) -> bool:
    """Whether the path up from ``word`` to the trigger passes a topic preposition of the
    trigger or of its deal or talks noun, and neither a subject (the parties' own phrase), a
    "with"/"between" phrase nor a party's side; False when the trigger is not above it."""
    topic = False
    current = word
    while current.i != trigger.i:
        # "on the side of the rebels", "on behalf of": a noun that names a party's side
        if current.head.i == current.i or current.dep_ in SUBJECTS or (
                current.dep_ == "prep" and current.lower_ in PARTNER_PREPS) or (
                current.dep_ == "pobj" and current.lemma_.lower() in words("party_side_nouns")):
            return False
        # "regarding", "concerning" are parsed as verbs of a clause on the noun too
        if current.dep_ in {"prep", "acl", "advcl"} \
                and current.lower_ in words("joint_topic_preps") \
                and _topic_holder(current.head, trigger, entry) and not _time_phrase(current):
            topic = True
        current = current.head
    return topic


def _time_phrase(prep: Token) -> bool:
    """"Estonia on Thursday and Togo the same day agreed": an "on" phrase whose object is a
    time (the parser may hang a party on it) is no topic (v2, pairs38)."""
    return any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in prep.children)


def _topic_holder(head: Token, trigger: Token, entry: TriggerEntry) -> bool:
    """The trigger, or the noun of the deal or the talks it acts on ("a deal on")."""
    lemma = head.lemma_.lower()
    return head.i == trigger.i or _joint_noun(head) or (
        entry.objects is not None and (lemma in entry.objects or head.lower_ in entry.objects))
