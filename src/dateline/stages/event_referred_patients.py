"""The people a harm or coercion act is done to, named only by a word that refers back
(issue 11, wave 40, ev40b).

"Four Sunni protesters marched in Baghdad. Two were arrested by security forces", "Hundreds
of students gathered. Some were beaten by police", "Armed men stormed a checkpoint. Yesterday,
they were arrested": the patient is a bare number, a quantifier or a pronoun, and stands for
the people named before. CONVENTIONS (Source and target): a word that refers counts as the
party it refers to, and the target is wrong when empty. Judged round 24 marked such targets
empty, or a place the pronoun was resolved to ("India accuses them": Lahore).

``events.args.referred-patient.v1``: for ASSAULT, COERCE and an expulsion (SANCTION), when
the patient word of the trigger is such a word and the target is empty, a place, or the act's
own source, the target becomes the one group (one person for "he" / "she") named in the
nearest earlier sentence that names any: never the act's source, a place or a thing. Two
rivals there ("Soldiers clashed with militants. Two were killed") give no target rather than
a guess; a wrong target is worse than none.

``events.args.speaker-not-patient.v1`` (wave 84, ev84c): a bare number or quantifier is not the
speaker whose verb of saying (``clauses.told_claim_verbs``) it is told under ("Relatives said
the three had been tortured", "Activists said dozens were wounded and many more arrested"):
people who tell of a number of victims are not counted among them (judged rounds 47 and 50: the
speakers were coded as the tortured and the arrested). The word is then given no party rather
than one of an earlier sentence: the nearest group there is often the doer ("Security forces
fired. Activists said many were arrested"). A pronoun may still be its own speaker ("they said
they were beaten").

``events.args.counted-patient.v1`` (wave 102, ev102b; judged rounds 41-70: "1,074 had been
detained", "many were detained", "scores had been detained", "several more had been killed",
"killing 64" were left with no target, and the judges scored all 10 such detentions and most
such killings wrong, since the sentence names the victims by their count): when no earlier
party is the word's referent and the act has no target, the counted word itself (a number or
quantifier, as passive subject or object, never a pronoun) is the target, as a group of
people that takes the country of its place or story. Not a pronoun: "they" alone says nothing
of who; not when the nearest sentence naming parties names rivals the word may stand for
("Farmers fought with herdsmen. Two were arrested": a wrong target is worse than none).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.record import Actor
from dateline.stages.event_arg_actors import Args, set_group_target
from dateline.stages.place_targets import group_actor
from dateline.stages.state import DocState
from dateline.stages.syntax import sentence_of, words

REFERRED_PATIENT = "events.args.referred-patient.v1"
COUNTED_PATIENT = "events.args.counted-patient.v1"
SPEAKER_NOT_PATIENT = "events.args.speaker-not-patient.v1"
#: The types whose patient is people acted on, and the SANCTION mode that acts on people.
PATIENT_TYPES = frozenset({"ASSAULT", "COERCE"})
PATIENT_MODES = frozenset({"expel"})
#: Where the patient hangs on a verb trigger: its passive subject or its object.
PATIENT_DEPS = frozenset({"nsubjpass", "dobj"})
#: Entity labels of places: a pronoun for people is never one ("Lahore ... them").
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: How many sentences before the act's own the referent may be named in.
SENTENCES_BACK = 2


def referred_patient(args: Args, token: Token, entry_type: str, mode: str | None,
                     state: DocState) -> bool:
    """Give a harm or coercion act whose patient is a referring word the group it refers to,
    else the counted word itself as a group; True when that group was made."""
    if entry_type not in PATIENT_TYPES and not (entry_type == "SANCTION"
                                                and mode in PATIENT_MODES):
        return False
    word = _patient_word(token)
    if word is None:
        return _counted_patient(args, token, state)
    referent, rivals = _referent_or_rivals(word, args, state)
    if not _kept_target_wrong(args, word, state):
        return not rivals and _only_places(args, word, state) \
            and _counted_patient(args, token, state)
    if referent is not None and referent.id in _speakers_over(word, state):
        referent = None  # who tells of the victims is not among them; no guess of another
        args.rules.append(SPEAKER_NOT_PATIENT)
    wrong = set(_actors_at(word, state))
    if referent is None:  # a bare place is no party; a country may be the people's own
        wrong = {a for a in wrong if a in args.source or not _coded(a, state)}
    kept = [a for a in args.target if a not in wrong]
    if referent is None and kept == args.target:
        return not rivals and _counted_patient(args, token, state)
    args.target = kept + ([referent.id] if referent is not None and referent.id not in kept
                          else [])
    args.rules.append(REFERRED_PATIENT)
    return referent is None and not rivals and _counted_patient(args, token, state)


def _only_places(args: Args, word: Token, state: DocState) -> bool:
    """"1,074 had been detained in Moscow": a target that is only places is no party; the
    counted people replace it (events.args.counted-patient.v1)."""
    if not all(_place(a, word.doc, state) for a in args.target):
        return False
    args.target = []
    return True


def _counted_patient(args: Args, token: Token, state: DocState) -> bool:
    """"1,074 had been detained", "killing 64": with no target found, the counted word the verb
    acts on is the target, a group of people (events.args.counted-patient.v1)."""
    if args.target or token.pos_ != "VERB":
        return False
    word = next((c for c in token.children if c.dep_ in PATIENT_DEPS), None)
    if word is None or word.pos_ == "PRON" or not _counted(word) or state.mentions_at(word.i):
        return False
    span = (word.left_edge.i, word.i + 1)
    return set_group_target(args, group_actor(word.doc, state, span, None, None,
                                              COUNTED_PATIENT), COUNTED_PATIENT)


def _counted(word: Token) -> bool:
    """A bare number or quantifier with no noun of its own, as passive subject or object
    ("more than a hundred": "more" is no noun)."""
    bounds = words("count_bound_words")
    if any(c.dep_ in {"prep", "compound", "amod"} and c.lower_ not in bounds
           for c in word.children):
        return False
    if word.lower_ == "more":  # "several more had been killed", "many more arrested"
        quantifiers = words("referring_quantifiers")
        return any(c.lower_ in quantifiers or c.pos_ == "NUM" for c in word.children)
    return _number_or_quantifier(word)


def _patient_word(token: Token) -> Token | None:
    """The referring word the verb acts on ("Two were arrested", "police beat them"), through
    coordinated verbs that share it ("were arrested and beaten")."""
    if token.pos_ != "VERB":
        return None
    verb = token
    for _ in range(3):
        found = [c for c in verb.children if c.dep_ in PATIENT_DEPS]
        if found:
            return found[0] if _referring(found[0]) else None
        if verb.dep_ != "conj" or any(c.dep_.startswith("nsubj") for c in verb.children):
            return None
        verb = verb.head
    return None


def _referring(word: Token) -> bool:
    """A pronoun for people, or a bare number or quantifier with no noun of its own."""
    lowered = word.lower_
    if word.pos_ == "PRON" and word.tag_ == "PRP":
        return lowered in words("referring_plural_pronouns") | words("referring_person_pronouns")
    if word.dep_ != "nsubjpass" or any(c.dep_ in {"prep", "compound", "amod"}
                                       for c in word.children):
        return False  # "killed six": any six; "two of the soldiers": their own noun
    return _number_or_quantifier(word)


def _number_or_quantifier(word: Token) -> bool:
    """A number or a word of ``clauses.referring_quantifiers`` that names no date or sum."""
    return (word.pos_ == "NUM" or word.lower_ in words("referring_quantifiers")) \
        and word.ent_type_ in {"", "CARDINAL"}


def _kept_target_wrong(args: Args, word: Token, state: DocState) -> bool:
    """The target is empty, or what the referring word was resolved to is a place or the
    act's own source; a resolution to people is kept."""
    resolved = _actors_at(word, state)
    if not args.target:
        return True
    return bool(resolved) and all(a in args.source or _place(a, word.doc, state) for a in resolved)


def _coded(actor_id: str, state: DocState) -> bool:
    actor = state.actor(actor_id)
    return actor is not None and bool(actor.country)


def _actors_at(word: Token, state: DocState) -> list[str]:
    return [m.actor_id for m in state.mentions_at(word.i)]


def _place(actor_id: str, doc: Doc, state: DocState) -> bool:
    """An actor every named mention of which is a place word ("Mosul", "Cairo")."""
    actor = state.actor(actor_id)
    if actor is None:
        return False
    named = [m for m in state.mentions if m.actor_id == actor_id
             and doc[m.end - 1].pos_ != "PRON"]
    return actor.kind == "country" or (bool(named) and all(
        doc[m.end - 1].ent_type_ in PLACE_LABELS for m in named))


def _referent_or_rivals(word: Token, args: Args, state: DocState) -> tuple[Actor | None, bool]:
    """The one fitting party of the nearest sentence (the act's own first, before the word)
    that names any, else None; and whether that sentence names rivals the word may stand for
    (two fitting parties, or unnamed people beside one, or the act's source among them): then
    neither a referent nor the counted word itself is the target ("Farmers fought with
    herdsmen. Two were arrested"). In an earlier sentence the act's source is a rival too ("The
    officials were held. They were detained by militias", with the officials also the sayer):
    the word may well be it."""
    sentence = sentence_of(word)
    start, end = sentence.start, word.i
    for _ in range(SENTENCES_BACK + 1):
        fits = {a.id: a for a in _named_between(word.doc, start, end, state)
                if (a.id not in args.source or start < sentence.start) and _fits(word, a, state)}
        unnamed = _unnamed_people(word.doc, start, end, state)
        if fits.keys() & set(args.source) or (fits and unnamed):
            return None, True
        if len(fits) == 1:
            return next(iter(fits.values())), False
        if fits or unnamed:  # two named parties are rivals; one unnamed crowd is no rival
            return None, bool(fits)  # of its own count ("3,500 took part; 1,074 were held")
        if start == 0:
            return None, False
        end, start = start, sentence_of(word.doc[start - 1]).start
    return None, False


def _speakers_over(word: Token, state: DocState) -> set[str]:
    """The parties that say the clause a counted patient is told in ("Relatives said the three
    had been tortured": Relatives); none for a pronoun, which may be its speaker."""
    if word.pos_ == "PRON":
        return set()
    said = [v for v in word.ancestors
            if v.pos_ == "VERB" and v.lemma_.lower() in words("told_claim_verbs")]
    return {m.actor_id for verb in said for subject in verb.children
            if subject.dep_ == "nsubj" for i in range(subject.left_edge.i, subject.i + 1)
            for m in state.mentions_at(i)}


def _named_between(doc: Doc, start: int, end: int, state: DocState) -> list[Actor]:
    """Actors named (not by a pronoun, nor by a place word) between two token positions."""
    found = []
    for mention in state.mentions:
        last = doc[mention.end - 1]
        if start <= mention.start and mention.end <= end and last.pos_ != "PRON" \
                and last.ent_type_ not in PLACE_LABELS:
            actor = state.actor(mention.actor_id)
            found += [actor] if actor is not None else []
    return found


def _unnamed_people(doc: Doc, start: int, end: int, state: DocState) -> bool:
    """Whether people no actor stands for are named there in the plural (``unnamed_people``):
    rivals we cannot code ("Farmers fought villagers. Two were arrested")."""
    people = words("unnamed_people")
    return any(t.tag_ in {"NNS", "NNPS"} and t.lemma_.lower() in people
               and not state.mentions_at(t.i) for t in doc[start:end])


def _fits(word: Token, actor: Actor, state: DocState) -> bool:
    """A person for "he" / "she"; for the rest, people named in the plural."""
    if word.lower_ in words("referring_person_pronouns"):
        return actor.kind == "person"
    return actor.kind in {"group", "person"} and any(
        m.actor_id == actor.id and word.doc[m.end - 1].tag_ in {"NNS", "NNPS"}
        for m in state.mentions)
