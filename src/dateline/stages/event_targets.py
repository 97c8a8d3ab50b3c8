"""Target rules of the events stage, round 11 (judged round 8, pattern "target empty or wrong").

- ``events.args.relative-people.v1``: "killed four unarmed people who crossed the border with
  Uganda", "arrested the driver who had smuggled weapons from Libya": the actors and places of a
  relative clause on an object that names people say what those people did; they are no party
  of the outer verb (no target rather than a wrong one). A relative clause on a thing ("a deal
  that would move goods to Mexico") still describes the thing and stays part of its phrase;
- ``events.args.passive-people.v1``: "A Tunisian asylum seeker was deported", "three Indian
  soldiers were killed": the subject of a passive that names people of a country, and is no
  actor of its own, is the target, a group of that country; the country named in its modifier
  is never the agent (v1 of the passive made it the source). Forces that move ("Russian troops
  were deployed") stay their country's own act;
- ``events.args.conjoined-passive.v1``: "he asked to see his lawyer but was denied access": a
  passive verb coordinated with an active one, with no subject of its own, acts on the active
  verb's subject; who denied is its "by" phrase, or no one named;
- ``events.args.eruption-target.v1``: "erupted in protests against the government": a protest
  told as erupting (or breaking out) into a nominal protest is against what that noun's
  "against" phrase names;
- ``events.args.deported-from.v1``: "four people who were deported from the Bahamas": the
  country people are deported from is the deporter when none is named, never the target, and
  the deported are not made its own civilians;
- ``events.args.summary-reaction.v1``: "The United States is offering its military to escort
  the carrier, a move Haiti has praised": a reaction in a relative clause on a noun summing up
  the main clause reacts to that clause's subject.

Round 17 (judged round 14): ``events.args.protest-venue.v1``: "protesters rallied in Berkeley,
California": an actor named only in the "in" phrase of a protest is where it happened, no target;
``events.args.modifier-country.v1``: "expelled nine diplomats from Venezuela": the diplomats'
country named in their phrase is no second target.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from spacy.tokens import Token

from dateline.record import Actor
from dateline.stages.actor_lexicon import code_description
from dateline.stages.event_arg_actors import conjuncts
from dateline.stages.event_lexicon import match
from dateline.stages.place_targets import group_actor, place_target
from dateline.stages.quote_cues import cue_flags
from dateline.stages.quotemarks import inside_quote
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, sentence_of, words

__all__ = [
    "BARE_CONJOINED_PASSIVE",
    "CONJOINED_PASSIVE",
    "CONTROLLED_PASSIVE",
    "DEPORTED_FROM",
    "MODIFIER_COUNTRY",
    "PARTICIPLE_CLAUSE",
    "PASSIVE_COMPLEMENT",
    "PASSIVE_PEOPLE",
    "QUOTED_SPEAKER",
    "SUMMARY_REACTION",
    "SUMMARY_REACTION_FORMS",
    "UNMARKED_PASSIVES",
    "conjoined_passive",
    "deported_from",
    "drop_modifier_countries",
    "drop_quoted_speakers",
    "eruption_targets",
    "object_agents",
    "passive_people",
    "relative_people_words",
    "says_who_they_are",
    "summary_form_reaction_targets",
    "summary_reaction_targets",
    "unnamed_denier",
]

class Args(Protocol):
    source: list[str]
    target: list[str]
    rules: list[str]


RELATIVE_PEOPLE = "events.args.relative-people.v1"
PASSIVE_PEOPLE = "events.args.passive-people.v1"
CONJOINED_PASSIVE = "events.args.conjoined-passive.v1"
BARE_CONJOINED_PASSIVE = "events.args.bare-conjoined-passive.v1"
CONTROLLED_PASSIVE = "events.args.controlled-passive.v1"
PARTICIPLE_CLAUSE = "events.args.participle-clause.v1"
PASSIVE_COMPLEMENT = "events.args.passive-complement.v1"
CHAINED_PASSIVE = "events.args.chained-passive.v1"  # event_passive_chains
REPORTED_PARTICIPLE_PATIENT = "events.args.reported-participle-patient.v1"  # wave 79 (ev79a)
CONJOINED_PASSIVE_CHAIN = "events.args.conjoined-passive-chain.v1"  # wave 79 (ev79a)
#: Session 115 (set 40: "Gu Kailai, was convicted in August 2012 of poisoning Heywood and given
#: a suspended death sentence" made her the giver): a bare conjunct of a passive whose only
#: object is the retained object of a verb of giving (``clauses.retained_object_verbs``: "given
#: a sentence", "granted bail") shares the passive (event_slots).
RETAINED_OBJECT_PASSIVE = "events.args.retained-object-passive.v1"
#: Passives read from the sentence's shape rather than the trigger's own auxiliary: their
#: patient is named and their agent, unless a "by" phrase names it, is not.
UNMARKED_PASSIVES = frozenset({CONJOINED_PASSIVE, BARE_CONJOINED_PASSIVE, CONTROLLED_PASSIVE,
                               PARTICIPLE_CLAUSE, PASSIVE_COMPLEMENT, CHAINED_PASSIVE,
                               REPORTED_PARTICIPLE_PATIENT, CONJOINED_PASSIVE_CHAIN,
                               RETAINED_OBJECT_PASSIVE})
ERUPTION_TARGET = "events.args.eruption-target.v1"

#: Relative pronouns that stand for people ("four people who crossed", "a man whom police").
PERSON_RELATIVES = frozenset({"who", "whom", "whose"})
#: Kinds of ``code_description`` that name people ("asylum seeker", "Indian soldiers").
PEOPLE_KINDS = frozenset({"person", "group"})
#: Types whose passive subject is what moves, the country's own forces ("Russian troops were
#: deployed"): its country's modifier stays the agent.
MOVING_TYPES = frozenset({"MOBILIZE", "RETREAT"})
#: Prepositions of a nominal protest that name who it is against.
AGAINST_PREPS = frozenset({"against"})
#: Prepositions an eruption verb takes its nominal protest with ("erupted in protests",
#: "broke out into protests").
ERUPTION_PREPS = frozenset({"in", "into"})


def _people_head(noun: Token) -> bool:
    """A noun that names people: a relative "who" hangs on it, it is in ``unnamed_people``, or
    it is a number ("killed four who ...")."""
    return noun.pos_ in {"NOUN", "PROPN", "NUM", "PRON"} and (
        noun.lemma_.lower() in words("unnamed_people") or noun.lower_ in words("unnamed_people")
        or noun.pos_ == "NUM")


def relative_people_words(phrase: Token) -> set[int]:
    """Tokens of the relative clauses in an object phrase that hang on a noun naming people
    ("four unarmed people who crossed the border with Uganda"): what they did is no party of
    the outer act (events.args.relative-people.v1)."""
    found: set[int] = set()
    for token in phrase.subtree:
        if token.dep_ != "relcl" or token.i in found:
            continue
        pronouns = [c for c in token.children if c.lower_ in PERSON_RELATIVES]
        if (pronouns or _people_head(token.head)) and not says_who_they_are(token):
            found |= {t.i for t in token.subtree}
    return found


def says_who_they_are(clause: Token) -> bool:
    """"diplomats that are suspected of having ties to the Hungarian Government", "staff who
    work for the embassy": a passive, copular or affiliation clause tells whose the people are;
    its actor stays a party (only an act told of them, "who crossed the border with Uganda", is
    none)."""
    return clause.lemma_.lower() in words("affiliation_verbs") or any(
        c.dep_ in {"auxpass", "nsubjpass"} for c in clause.children)


def passive_people(token: Token, entry_type: str, state: DocState) -> str | None:
    """The group actor a passive acts on when its subject names people of a country and is no
    actor itself ("A Tunisian asylum seeker was deported": Tunisian people, TUN), else None
    (events.args.passive-people.v1)."""
    if entry_type in MOVING_TYPES:
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubjpass"
                and c.pos_ in {"NOUN", "PROPN"} and state.mention_at(c.i) is None]
    if not subjects:
        return None
    head = subjects[0]
    start = head.left_edge.i
    code = code_description(head.doc[start : head.i + 1].text)
    if code.country is None or code.kind not in PEOPLE_KINDS or len(code.countries) > 1:
        return None
    return group_actor(head.doc, state, (start, head.i + 1), code.country,
                       code.sector or "CVL", PASSIVE_PEOPLE)


def conjoined_passive(token: Token, frame: Token) -> bool:
    """"he asked to see his lawyer but was denied access": a passive with no subject of its own,
    coordinated with an active verb, acts on that verb's subject (events.args.conjoined-passive.v1).
    """
    return (token.dep_ == "conj" and frame.i == token.head.i and frame.i != token.i
            and any(c.dep_ == "auxpass" for c in token.children)
            and not any(c.dep_ in SUBJECTS for c in token.children)
            and any(c.dep_ == "nsubj" for c in frame.children))


def eruption_targets(token: Token, entry_type: str, state: DocState) -> list[str]:
    """"The capital erupted in protests against the government": who the nominal protest an
    eruption verb leads into is against (events.args.eruption-target.v1)."""
    if entry_type != "PROTEST" or token.pos_ != "VERB":
        return []
    nouns = [p for c in token.children if c.dep_ == "prep" and c.lower_ in ERUPTION_PREPS
             for p in c.children if p.dep_ == "pobj"
             and (entry := match(p)) is not None and entry.type == "PROTEST"]
    against = [o for n in nouns for c in n.children if c.dep_ == "prep"
               and c.lower_ in AGAINST_PREPS for o in c.children if o.dep_ == "pobj"]
    found = [m.actor_id for o in against for t in [o, *conjuncts(o)]
             for m in state.mentions_at(t.i)]
    return list(dict.fromkeys(found))


def unnamed_denier(rules: list[str], target: list[str]) -> bool:
    """True when a conjoined passive acts on a named patient and names no agent ("was denied
    access", "was expelled and jailed", "is to be jailed", "went on trial accused of ...":
    ``UNMARKED_PASSIVES``): the event
    stands with no source rather than the patient as its agent."""
    return bool(UNMARKED_PASSIVES & set(rules)) and bool(target)


def object_agents(token: Token) -> list[Token]:
    """"was denied access by the Egyptian authorities": the parser hangs the passive's "by"
    phrase on its retained object; it names the agent all the same
    (events.args.conjoined-passive.v1)."""
    return [p for o in token.children if o.dep_ == "dobj" for c in o.children
            if c.dep_ in {"agent", "prep"} and c.lower_ == "by"
            for p in c.children if p.dep_ == "pobj"]


#: Modes whose "from" phrase names where people are removed from, the remover's side.
REMOVAL_MODES = frozenset({"deport"})
DEPORTED_FROM = "events.args.deported-from.v1"


def deported_from(args: Args, token: Token, mode: str | None, state: DocState) -> None:
    """"four people who were deported from the Bahamas": the country people are deported from
    deports them; it is the source when none is named, never the target
    (events.args.deported-from.v1)."""
    if mode not in REMOVAL_MODES or token.pos_ != "VERB":
        return
    nouns = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
             for p in c.children if p.dep_ == "pobj"]
    found = [a for n in nouns for t in [n, *conjuncts(n)]
             if (a := _actor_or_place(t, state)) is not None]
    if not found:
        return
    args.target = [a for a in args.target if a not in found]
    if not args.source:
        args.source = list(dict.fromkeys(found))
    args.rules.append(DEPORTED_FROM)


def _actor_or_place(token: Token, state: DocState) -> str | None:
    mention = state.mention_at(token.i)
    return mention.actor_id if mention is not None else place_target(token, state)


#: Types that react to an act ("praised", "condemned", "welcomed", "rejected").
REACTION_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
SUMMARY_REACTION = "events.args.summary-reaction.v1"


def summary_reaction_targets(token: Token, entry_type: str, state: DocState) -> list[str]:
    """"The United States is offering its military to escort the carrier, a move Haiti has
    praised": a reaction told in a relative clause on a noun that sums up the main clause
    (``clauses.summary_nouns``, set off by a comma) reacts to the main clause's subject
    (events.args.summary-reaction.v1)."""
    if entry_type not in REACTION_TYPES or token.dep_ != "relcl" or token.pos_ != "VERB":
        return []
    noun = token.head
    start = noun.left_edge.i
    if noun.lemma_.lower() not in words("summary_nouns") or start == 0 \
            or noun.doc[start - 1].text != "," or noun.i > token.i:
        return []
    root = noun.sent.root
    if root.i == token.i or root.i > noun.i:
        return []
    subjects = [s for s in root.children if s.dep_ in SUBJECTS]
    return [m.actor_id for s in subjects for t in [s, *conjuncts(s)]
            for m in state.mentions_at(t.i)]


#: Wave 96 (ev96l; judges of rounds 41-56: "ruled that ..., an opinion that Israel rejected and
#: Palestinians hailed", "suggested that ..., an idea rejected by China", "released prisoners,
#: in a surprise move that the opposition welcomed" left empty): the same summing-up reaction
#: told as a participle on the noun, as a conjunct of its relative clause, on a noun in an "in"
#: phrase set off by a comma, or on a noun of a proposal or finding
#: (``clauses.summary_claim_nouns``) reacts to the main clause's subject too.
SUMMARY_REACTION_FORMS = "events.args.summary-reaction-forms.v1"


def summary_form_reaction_targets(token: Token, entry_type: str, state: DocState) -> list[str]:
    """The main clause's subject for a reaction the older summary rule does not read: "an idea
    rejected by China" (a participle), "an opinion that Israel rejected and Palestinians
    hailed" (a conjunct), ", in a move that the opposition welcomed" (an "in" phrase), ", an
    opinion that Israel rejected" (a noun of ``clauses.summary_claim_nouns``)
    (events.args.summary-reaction-forms.v1)."""
    if entry_type not in REACTION_TYPES or token.pos_ != "VERB":
        return []
    clause = token.head if token.dep_ == "conj" and token.head.pos_ == "VERB" else token
    if not (clause.dep_ == "relcl" or (clause.dep_ == "acl" and clause.tag_ == "VBN")):
        return []
    noun = clause.head
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or noun.i > clause.i or lemma not in (
            words("summary_nouns") | words("summary_claim_nouns")):
        return []
    in_phrase = _in_phrase_set_off(noun)
    if not (in_phrase or _set_off_by_comma(noun)):
        return []
    if clause is token and clause.dep_ == "relcl" and not in_phrase \
            and lemma in words("summary_nouns"):
        return []  # the older rule's own shape (events.args.summary-reaction.v1)
    root = noun.sent.root
    if root.i in {token.i, clause.i} or root.i > noun.i or root.pos_ != "VERB":
        return []
    subjects = [s for s in root.children if s.dep_ in SUBJECTS]
    return [m.actor_id for s in subjects for t in [s, *conjuncts(s)]
            for m in state.mentions_at(t.i)]


def _set_off_by_comma(noun: Token) -> bool:
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].text == ","


def _in_phrase_set_off(noun: Token) -> bool:
    """", in a surprise move that ...": the noun is the object of an "in" phrase after a comma."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "in" and prep.i > 0 \
        and noun.doc[prep.i - 1].text == ","


MODIFIER_COUNTRY = "events.args.modifier-country.v1"
TITLED_COUNTRY = "events.args.titled-person-country.v1"
#: How far up from a country's mention the target it describes is looked for ("a former leader
#: of the British Virgin Islands": Islands -> of -> leader).
MODIFIER_DEPTH = 5


def drop_modifier_countries(args: Args, token: Token, state: DocState) -> None:
    """"expelled nine diplomats from Venezuela", "the Slovakian ambassador", "President Santos
    Echevarria of Colombia": a country named only inside the phrase of another target of the
    same country says whose that party is; it is no second party acted on
    (events.args.modifier-country.v1); so is one in the "of" phrase of a titled person with no
    country yet, who takes it later (events.args.titled-person-country.v1). "the governments
    of Namibia and Saint Kitts" (a body with no country of its own) and "representatives of
    the UAE, the United States and China" (other countries than the representatives') keep
    their countries."""
    if len(args.target) < 2:
        return
    found = {a: _describes_other_target(a, args.target, token, state) for a in args.target}
    kept = [a for a in args.target if not found[a]]
    if kept and kept != args.target:
        args.target = kept
        args.rules.extend(r for r in dict.fromkeys(found.values()) if r)


def _describes_other_target(actor_id: str, targets: list[str], token: Token,
                            state: DocState) -> str | None:
    """The rule by which the country ``actor_id`` only describes another target, else None."""
    actor = state.actor(actor_id)
    if actor is None or actor.kind != "country" or not actor.country:
        return None
    heads = _sentence_heads(actor_id, token, state)
    same = _owner_heads(targets, actor_id, token, state,
                        lambda other: other.country == actor.country)
    if heads and same and all(_under_any(h, same, token) for h in heads):
        return MODIFIER_COUNTRY
    titled = _owner_heads(targets, actor_id, token, state, _titled_without_country)
    if heads and titled and all(_of_phrase(h, titled) for h in heads):
        return TITLED_COUNTRY
    return None


def _owner_heads(targets: list[str], actor_id: str, token: Token, state: DocState,
                 fits: Callable[[Actor], bool]) -> set[int]:
    """The head tokens of the mentions, in the trigger's sentence, of the other targets (no
    countries) that ``fits`` accepts."""
    sent = sentence_of(token)
    return {token.doc[m.start : m.end].root.i for i in range(sent.start, sent.end)
            for m in state.mentions_at(i) if m.start == i and m.actor_id in targets
            and m.actor_id != actor_id and (other := state.actor(m.actor_id)) is not None
            and other.kind != "country" and fits(other)}


def _titled_without_country(other: Actor) -> bool:
    """"a former leader of the British Virgin Islands": a person with a title and no country
    yet, whom ``carry_countries`` gives the country of their "of" phrase
    (events.args.titled-person-country.v1)."""
    return other.country is None and other.kind == "person" and bool(other.role)


def _of_phrase(head: Token, owner_heads: set[int]) -> bool:
    """True when ``head`` is the object of an "of" on one of ``owner_heads``."""
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i in owner_heads


def _sentence_heads(actor_id: str, token: Token, state: DocState) -> list[Token]:
    sent = sentence_of(token)
    return [token.doc[m.start : m.end].root for i in range(sent.start, sent.end)
            for m in state.mentions_at(i) if m.actor_id == actor_id and m.start == i]


def _under_any(head: Token, owner_heads: set[int], token: Token) -> bool:
    """True when ``head`` hangs, within its clause, on the head of another target's mention
    (or is inside that mention)."""
    current = head
    for _ in range(MODIFIER_DEPTH):
        if current.head.i == current.i or current.i == token.i:
            return False
        current = current.head
        if current.i in owner_heads:
            return True
        if current.pos_ in {"VERB", "AUX"}:
            return False
    return False


# --- wave 25 (ev25b): the speaker is not whom their quote speaks of --------------------------

#: Judged rounds 16-18: '"The suicide car bomber detonated his explosives-packed car ...," Col.
#: Jimmie Cummings, a spokesman for NATO's force, told the AP' had the spokesman as target: the
#: pronoun resolution tied "his" to the sentence's speaker.
QUOTED_SPEAKER = "events.args.quoted-speaker-not-party.v1"
#: Pronouns of someone spoken of: inside a speaker's own direct quote they never mean the
#: speaker, who says "I", "we", "my", "our".
THIRD_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "it", "its",
                                   "they", "them", "their", "theirs", "himself", "herself",
                                   "itself", "themselves"})


def drop_quoted_speakers(args: Args, token: Token, state: DocState) -> None:
    """A target named in the trigger's sentence only by a third-person pronoun inside a direct
    quote, and otherwise only as the subject of the speech verb that quote hangs on, is the
    speaker read into the pronoun: a speaker calls themselves "I" or "we" in their own quote,
    so "he", "his", "they" there is someone else ('"He realized that he was shot," Lokshina
    told AFP'). No target rather than the speaker (events.args.quoted-speaker-not-party.v1)."""
    kept = [a for a in args.target if not _quoted_speaker(a, token, state)]
    if kept != args.target:
        args.target = kept
        args.rules.append(QUOTED_SPEAKER)


def _quoted_speaker(actor_id: str, token: Token, state: DocState) -> bool:
    heads = _sentence_heads(actor_id, token, state)
    quoted = [h for h in heads if h.lower_ in THIRD_PERSON_PRONOUNS and inside_quote(h)]
    rest = [h for h in heads if h not in quoted]
    return bool(quoted) and bool(rest) and all(_speaker_subject(h) for h in rest)


def _speaker_subject(head: Token) -> bool:
    """The subject of a speech verb ("..., Cummings told the AP"), or an apposition to it."""
    while head.dep_ == "appos" and head.head.i != head.i:
        head = head.head
    return head.dep_ in SUBJECTS and not inside_quote(head) and (
        cue_flags(head.head) is not None)
