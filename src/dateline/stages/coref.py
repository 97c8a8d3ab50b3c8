"""Resolving references inside one article: titles, descriptions and pronouns -> actors.

No coreference model is installable, so these are rules: a definite description naming a title
("The Secretary of State") is the latest person holding it; "the alliance" is the organisation
whose lexicon entry lists that anaphor, when it was named before; "the ministry" is the latest
organisation with that head word; he / she / they / it are the subject of the governing clause
when compatible, else the latest compatible actor, subjects of earlier sentences first.

act7 (issue 12): "its" and a subject "it" may be a group named in the singular ("the Islamic
State group said its fighters ..."), not only an organisation or a country; and a news
agency that reports a clause after it ("Accenture said its profits rose, Reuters reported") is
not the clause's "its".

ev13a (issue 11, judged round 10): a pronoun in a "to" clause on a verb with an object is
the object's when compatible ("urged Israel to halt its strikes"); a "they" in an adverbial
clause on a verb with a plural object ("arrested nine men after they refused") is either
party, and is left unresolved.

ev11b (issue 11, judged round 8): an object pronoun ("him", "her", "them") is never the
subject of its own clause, shared by coordinated verbs ("Ballmer ... described him"); a given
name the lexicon lists says whose "he" or "her" a person is not ("Michael Sears" is no "her");
a description set right before a body's name is that body ("the carmaker, Chrysler,").

ev18a: a description its clause's verb acts on is not that verb's own subject ("police fired on
the group": the group is not the police; actors.description.own-subject.v1).
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER, POS
from spacy.symbols import IDS as SYMBOLS
from spacy.tokens import Doc, Span, Token

from dateline.lexicons import LexiconData, active, load_data
from dateline.record import Actor
from dateline.record import Span as TextSpan
from dateline.stages.actor_builder import ActorBuilder
from dateline.stages.actor_context import a_state, city_country
from dateline.stages.actor_lexicon import code_description, lexicon
from dateline.stages.actor_past_posts import ended_by_document
from dateline.stages.coref_aged_persons import AGED_PERSON, aged_person, aged_phrase
from dateline.stages.coref_disjoint import (
    DISJOINT_PRONOUN,
    OBJECT_PRONOUNS,
    PLAIN_PRONOUN_RULES,
    PRONOUN_RULE,
    disjoint_position,
)
from dateline.stages.coref_kin import kin_appositions
from dateline.stages.coref_speakers import speaker_antecedent
from dateline.stages.coref_states import DESCRIBED_STATE, described_state
from dateline.stages.coref_tellers import only_told, party_position, teller
from dateline.stages.event_lead_story_dates import STATEMENT_TYPES
from dateline.stages.event_lexicon import match
from dateline.stages.event_said_conjunct_speakers import speaker_cue
from dateline.stages.quotemarks import quoted_contents
from dateline.stages.state import ActorMention, DocState, state_of
from dateline.stages.syntax import SUBJECTS, sentence_of

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
PLURAL_PRONOUNS = {"they", "them", "their"}
THING_PRONOUNS = {"it", "its"}


def resolve_references(doc: Doc, builder: ActorBuilder) -> None:
    the, pronoun = doc.vocab.strings["the"], SYMBOLS["PRON"]  # only these are read below:
    marks = doc.to_array([POS, LOWER]).tolist()  # no Token is built for the other words
    for token in (doc[i] for i, (pos, lower) in enumerate(marks) if pos == pronoun or lower == the):
        if token.i in builder.taken:
            continue
        lowered = token.lower_
        if token.pos_ == "PRON" and (lowered in PERSON_PRONOUNS or lowered in PLURAL_PRONOUNS
                                     or lowered in THING_PRONOUNS):
            if not expletive(token):
                _resolve_pronoun(token, builder)
        elif token.lower_ == "the" and token.dep_ == "det":
            _resolve_description(token, builder)
    kin_appositions(doc, builder)  # "Bhutto's husband, Asif Ali Zardari," (wave 104)


# --- descriptions ------------------------------------------------------------------------------


def _resolve_description(det: Token, builder: ActorBuilder) -> None:
    phrase = _description_phrase(det)
    if phrase is None:
        _resolve_aged(det, builder)  # "The 69-year-old was executed" (ev74d)
        return
    full = phrase.text  # Span.text joins the words: once
    text = full[4:] if full.lower().startswith("the ") else full
    actor = _by_apposition(phrase, builder)
    if actor is None:
        actor = (_by_anaphor(text, phrase.start, builder)
                 or _by_title(text, phrase.start, builder)
                 or _by_institution(text, phrase.start, builder)
                 or _by_generic(text, phrase.start, builder)
                 or _by_recent_person(text, phrase, builder))
        if actor is not None and _own_subject(phrase, actor, builder):
            actor = None
        if actor is None:  # "the island", "the Pacific nation", "X condemned the country" (ev61a)
            state = described_state(phrase, builder)
            if state is not None and builder.release(phrase.start, phrase.end):
                builder.attach(state.id, phrase.start, phrase.end, DESCRIBED_STATE)
            return
    if actor is not None and builder.release(phrase.start, phrase.end):
        builder.attach(actor.id, phrase.start, phrase.end, "actors.description.v1")


def _resolve_aged(det: Token, builder: ActorBuilder) -> None:
    aged = aged_phrase(det)
    actor = aged_person(aged, builder) if aged is not None else None
    if aged is None or actor is None or _own_subject(aged, actor, builder):
        return
    if builder.release(aged.start, aged.end):
        builder.attach(actor.id, aged.start, aged.end, AGED_PERSON)


#: Dependencies that put a description where its verb acts on it or on its phrase.
ACTED_ON_DEPS = frozenset({"dobj", "pobj", "dative", "iobj"})
OWN_SUBJECT = "actors.description.own-subject.v1"


def _own_subject(phrase: Span, actor: Actor, builder: ActorBuilder) -> bool:
    """"Police fired on the group", "the army attacked the camp of the group": a description the
    clause's verb acts on is not that verb's own subject (a reflexive would say so), so the
    subject is no antecedent for it (actors.description.own-subject.v1; before it, "the group"
    became the police and the event lost its target)."""
    head = phrase.root
    if head.dep_ not in ACTED_ON_DEPS:
        return False
    verb = next((t for t in head.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or any(t.dep_ in SUBJECTS for t in head.ancestors if t.i != verb.i
                           and verb.is_ancestor(t)):
        return False  # "the kingdom's minister said": inside the subject's own phrase
    subjects = [s for s in verb.children if s.dep_ in SUBJECTS]
    return any(m.actor_id == actor.id for s in subjects for m in builder.mentions
               if m.start <= s.i < m.end)


def _by_apposition(phrase: Span, builder: ActorBuilder) -> Actor | None:
    """"Martin Griffiths, a British diplomat," / "the firm's chief, Alan Mulally": a description
    in apposition to a named person is that person."""
    root = phrase.root
    linked = [root.head] if root.dep_ == "appos" else []
    linked += [c for c in root.children if c.dep_ == "appos"]
    for token in linked:
        actor = _actor_at(token, builder)
        if actor is not None and actor.kind == "person":
            return actor
    return _named_after(phrase, builder)


def _named_after(phrase: Span, builder: ActorBuilder) -> Actor | None:
    """"the carmaker Chrysler", "the automaker, General Motors,": a description of a body set
    right before its name is that body, not an earlier one of its kind (ev11b, judged round 7:
    "the carmaker Chrysler" was split in two actors)."""
    doc = builder.doc
    after = phrase.end + (1 if phrase.end < len(doc) and doc[phrase.end].text == "," else 0)
    if after >= len(doc) or doc[after].pos_ != "PROPN" or phrase.root.pos_ != "NOUN":
        return None
    actor = _actor_at(doc[after], builder)
    if actor is None or actor.kind != "organization" or not actor.name[:1].isupper():
        return None
    code = code_description(phrase.text[4:] if phrase.text.lower().startswith("the ")
                            else phrase.text)
    return actor if code.kind == "organization" and code.organization is None else None


def _by_recent_person(text: str, phrase: Span, builder: ActorBuilder) -> Actor | None:
    """"the minister", "the slain lawmaker": a person described by role only is the person
    last named in this or the previous sentence, when the role's country does not differ."""
    code = code_description(text)
    if code.kind != "person" or code.organization is not None or " of " in f" {text} " \
            or phrase.root.tag_ not in {"NN", "NNP"}:
        return None  # "the mayor of the penal colony" names an office of its own
    if _unnamed_doer(phrase.root):
        return None
    sentence = phrase.sent.start
    window = builder.doc[sentence - 1].sent.start if sentence else 0
    for mention in sorted(builder.mentions, key=lambda m: -m.start):
        if not window <= mention.start < phrase.start:
            continue
        actor = builder.actor(mention.actor_id)
        if actor.kind == "person" and actor.name[:1].isupper() and len(actor.name.split()) > 1 \
                and (code.country is None or actor.country in (None, code.country)):
            return actor
    return None


UNNAMED_DOER = "actors.description.unnamed-doer.v1"


def _unnamed_doer(head: Token) -> bool:
    """"The gunman fired at Shahidullah and his brother, Shahid said": a person named only by
    the harm he did ("the gunman", "the attacker", "the bomber") is unknown, not the person
    last named, who is mostly his victim or the witness telling of it (UNNAMED_DOER; in dev the
    Taliban spokesman who told of the attack became the gunman). Nouns in
    ``actor_rules.unnamed_doer_heads``."""
    heads: frozenset[str] = active().derived(
        "coref.unnamed-doer-heads",
        lambda data: frozenset(str(w).lower() for w in data.section("actor_rules").get(
            "unnamed_doer_heads") or []))
    return head.lower_ in heads or head.lemma_.lower() in heads


def _description_phrase(det: Token) -> Span | None:
    head = det.head
    if head.pos_ not in {"NOUN", "PROPN"} or head.i < det.i:
        return None
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            end = max(t.i for t in child.subtree) + 1
            break
    return det.doc[det.i : end]


def _earlier(builder: ActorBuilder, position: int) -> list[Actor]:
    """Actors mentioned before a token position, most recent first."""
    seen: list[str] = []
    for mention in sorted(builder.mentions, key=lambda m: -m.start):
        if mention.start < position and mention.actor_id not in seen:
            seen.append(mention.actor_id)
    return [builder.actor(i) for i in seen]


def _by_anaphor(text: str, position: int, builder: ActorBuilder) -> Actor | None:
    organizations = lexicon().anaphors.get(text.lower())
    if not organizations:
        return None
    names = {org.name for org in organizations}
    found = next((a for a in _earlier(builder, position) if a.name in names), None)
    if found is not None:
        return found
    # named earlier only inside another mention ("NATO Secretary-General Jens Stoltenberg")
    before = builder.doc[:position].text
    named = [org for org in organizations if org.name in before]
    return builder.organization_actor(named[-1]) if named else None


def _by_title(text: str, position: int, builder: ActorBuilder) -> Actor | None:
    title = _described_title(text)
    if title is None:
        return None
    code = code_description(text)
    for actor in _earlier(builder, position):
        if actor.kind != "person" or not actor.role:
            continue
        if code.country and actor.country and code.country != actor.country:
            continue
        if title in actor.role.lower() or actor.role.lower().endswith(title):
            return actor
    return None


def _described_title(text: str) -> str | None:
    lowered = text.lower()
    for pattern, title in description_patterns():
        if pattern.fullmatch(lowered):
            return title
    code = code_description(text)
    if code.role_kind == "title" and code.role:
        return code.role.lower()
    return None


def description_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return active().derived("coref.descriptions", _description_patterns)


def _description_patterns(data: LexiconData) -> tuple[tuple[re.Pattern[str], str], ...]:
    entries = data.section("roles").get("descriptions") or []
    compiled = []
    for entry in entries:
        body = re.escape(entry["pattern"]).replace(re.escape("{x}"), r"[\w .'’-]+?")
        compiled.append((re.compile(body), str(entry["title"])))
    return tuple(compiled)


def _by_generic(text: str, position: int, builder: ActorBuilder) -> Actor | None:
    """"the company", "the country": the latest actor of that kind; none when that is a state
    that had ended by the document's date (wave 108: after "the former Soviet republic" in 2017,
    "the country" is no Soviet Union, and an older country named before it is no safer a guess)."""
    kinds: dict[str, str] = load_data("roles").get("generic_anaphors") or {}
    kind = kinds.get(text.lower())
    if kind is None:
        return None
    fits = [a for a in _earlier(builder, position)
            if a.kind == kind and (kind != "organization" or a.sector != "GOV")]
    if not fits:
        return None
    found = _salient(fits, position, builder) or fits[0]
    if found.kind == "country" and ended_by_document(found.country, builder.doc):
        return None
    head = builder.doc[position].head if builder.doc[position].dep_ == "det" else None
    if head is not None and _told_only(head, found, builder):
        return None  # "told AFP that police detained the group": not AFP (ev60d)
    return found


def _salient(fits: list[Actor], position: int, builder: ActorBuilder) -> Actor | None:
    """"Cisco sued Apple. The company claims ...": of the actors that fit, the subject of the
    nearest earlier clause that has one among them, not merely the nearest
    (``actors.description.v1``, issue 12, act6); None when no subject fits in the sentence
    before or the description's own."""
    doc = builder.doc
    start = sentence_of(doc[position]).start
    window = sentence_of(doc[start - 1]).start if start else 0
    ids = {a.id for a in fits}
    subjects = [m for m in builder.mentions if window <= m.start < position
                and m.actor_id in ids and _is_subject(doc, m.start, m.end)]
    if not subjects:
        return None
    return builder.actor(max(subjects, key=lambda m: m.start).actor_id)


def _by_institution(text: str, position: int, builder: ActorBuilder) -> Actor | None:
    """"the ministry": the latest organisation with that head word; not a foreign government
    named only by its capital, in a story filed from another state's city or whose lead names
    other states and not it (session 116: "The government expelled five Russian diplomats"
    after "Moscow", datelined CHISINAU, is Moldova's; "The government and the rebels signed a
    ceasefire" after "Washington" in a story on Sri Lanka is Sri Lanka's). On the judged items
    of rounds 41-144 this changed 29 parties the judges had called wrong and 3 they had
    accepted."""
    lowered = text.lower()
    if lowered not in lexicon().institutions:
        return None
    for actor in _earlier(builder, position):
        if actor.kind == "organization" and actor.name.lower().endswith(lowered):
            if _capital_abroad(actor, position, builder):
                continue
            return actor
    return None


def _capital_abroad(actor: Actor, position: int, builder: ActorBuilder) -> bool:
    """The actor is named before ``position`` only by its capital ("Moscow"), and the story's
    home is another state's: its dateline city's, else the states its lead names. The bare
    institution is then left to the rules for unnamed ones (``actors.institution.
    dominant-country``, the article's country)."""
    homes = _story_homes(builder)
    if actor.country is None or not homes or actor.country in homes:
        return False
    names = {span.text for m in builder.mentions if m.actor_id == actor.id and m.start < position
             and (span := builder.doc[m.start : m.end]).root.pos_ != "PRON"}  # not "its"
    return bool(names) and all(city_country(n) == actor.country for n in names)


def _story_homes(builder: ActorBuilder) -> frozenset[str]:
    """The state of the story's dateline city ("CHISINAU, Oct 20 (wire) -"), else the states of
    the actors its lead names (none: no home to tell a foreign capital by)."""
    end = state_of(builder.doc).dateline_end
    home = city_country(builder.doc.text[:end].split(",", 1)[0].strip()) if end else None
    if home is not None:
        return frozenset({home})
    lead = next(iter(builder.doc.sents), None)
    if lead is None:
        return frozenset()
    found = (builder.actor(m.actor_id) for m in builder.mentions
             if lead.start <= m.start < lead.end)
    return frozenset(a.country for a in found if a is not None and a.country and a_state(a.country))


# --- pronouns ----------------------------------------------------------------------------------


#: Verbs whose "it" subject may stand for a clause that follows ("It is unusual for ...").
EXPLETIVE_VERBS = {"be", "seem", "appear", "remain", "become"}
#: Dependents that hold the clause an expletive "it" stands for.
EXTRAPOSED = {"ccomp", "xcomp", "csubj", "advcl"}


def expletive(token: Token) -> bool:
    """"It is highly unusual for the police to comment", "it seems that ...": an "it" that stands
    for a clause is no actor mention (``actors.pronoun.v1`` leaves it alone)."""
    if token.lower_ != "it":
        return False
    if token.dep_ == "expl":
        return True
    head = token.head
    if token.dep_ == "nsubjpass" and _extraposed_clause(token, head):
        return True  # "It is expected that ...", "it is feared that ...", "it was reported"
    if token.dep_ != "nsubj" or head.lemma_.lower() not in EXPLETIVE_VERBS:
        return False
    predicates = [c for c in head.children if c.dep_ in {"acomp", "attr"}]
    evaluative = any(p.lower_ in _expletive_predicates() for p in predicates)
    marks = {"to", "that", "whether", "if"} if evaluative else {"that", "whether", "if"}
    clauses = [c for h in [head, *predicates] for c in h.children
               if c.dep_ in EXTRAPOSED and c.i > token.i]
    return any(c.pos_ in {"VERB", "AUX"} and any(
        m.dep_ in {"aux", "mark"} and m.lower_ in marks for m in c.children) for c in clauses)


def _extraposed_clause(token: Token, head: Token) -> bool:
    """A passive "it" whose verb has a "that" or "whether" clause after it, or none at all
    ("It is expected that the talks will resume", "it was not known whether"): the clause is
    what is expected (``actors.pronoun.v1`` leaves it alone; act10)."""
    clauses = [c for c in head.children if c.dep_ in {"ccomp", "csubjpass"} and c.i > token.i]
    return any(m.dep_ == "mark" and m.lower_ in {"that", "whether", "if"}
               for c in clauses for m in c.children) or (
        bool(clauses) and head.i + 1 < len(head.doc) and head.doc[head.i + 1].lower_ == "that")


def _expletive_predicates() -> frozenset[str]:
    found: frozenset[str] = active().derived(
        "coref.expletive-predicates",
        lambda data: frozenset(str(w) for w in data.section("actor_rules").get(
            "expletive_predicates") or []))
    return found


def _resolve_pronoun(token: Token, builder: ActorBuilder) -> None:
    if plural_object_rivals(token):
        return
    decided, spoken = speaker_antecedent(token, builder, lambda t: _actor_at(t, builder))
    if decided:  # a speaker the text names (ev73d, stages.coref_speakers)
        if spoken is not None:
            builder.attach(spoken.id, token.i, token.i + 1, PRONOUN_RULE)
        return
    barred = _clause_subject(token, builder)
    position = disjoint_position(token)
    disjoint = _actor_at(position, builder) if position is not None else None
    if disjoint is not None and disjoint.kind != "person":
        disjoint = None  # only a person: one an apposition describes, or one who asks
    actor = _governing_subject(token, builder)
    rule = PRONOUN_RULE
    if actor is None or actor is barred or actor is disjoint:
        blocked = {a.id for a in (barred, disjoint) if a is not None}
        actor, main_decided = _latest_compatible(token, builder, blocked)
        if main_decided:
            rule = MAIN_SUBJECT_RULE
        elif disjoint is not None:
            rule = DISJOINT_PRONOUN
    if actor is not None:
        builder.attach(actor.id, token.i, token.i + 1, rule)


#: The mention rule of a pronoun given the main-clause subject of an earlier sentence rather
#: than a later subject of a clause inside it ("Ghannouchi said Ben Ali was unable to act. He
#: appealed ...": Ghannouchi; judged rounds 43-51, the embedded subject taken as the source).
MAIN_SUBJECT_RULE = "actors.pronoun.main-subject.v1"


#: The argument rule under which the events stage gives an unresolved he / she / they / it
#: subject in a speaker's own quoted words no source (rather than the speaker).
QUOTED_THIRD_PERSON = "events.args.quoted-third-person.v1"


def reporting_verb(token: Token) -> Token | None:
    """The verb outside a direct quote that the quote holding a third-person subject pronoun
    hangs on ("'They fired rockets,' he told AFP": told); None when the token is no such
    pronoun, is in no quote, or its quote has no verb outside it in the sentence.

    ``QUOTED_THIRD_PERSON``: "'A man comes up from behind and he strikes the man's head,' the
    police chief said" — a speaker says "I" or "we" of himself, so the events stage does not
    give such a pronoun left unresolved the speaker as its antecedent (judged round 18: the
    police chief coded as the attacker, the spokesman as the rocket fire's source)."""
    if token.pos_ != "PRON" or token.lower_ not in QUOTED_SUBJECTS \
            or token.dep_ not in SUBJECTS or expletive(token):
        return None  # "'It's normal to continue targeting them,' the colonel said": no one
    stretch = next(((s, e) for s, e in quoted_contents(token.doc) if s <= token.idx < e), None)
    if stretch is None:
        return None
    inner = token.head
    while inner.head.i != inner.i and stretch[0] <= inner.head.idx < stretch[1]:
        inner = inner.head
    verb = inner.head
    if verb.i == inner.i or inner.dep_ not in REPORTED_CLAUSE_DEPS:
        return None  # no verb outside, or words quoted inside the narrator's own clause
    return verb


#: How the quoted words hang on the verb that reports them ("'...,' he said": ccomp).
REPORTED_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})


#: The third-person subject pronouns a speaker does not use of himself in his own quoted words.
QUOTED_SUBJECTS = frozenset({"he", "she", "they", "it"})


def plural_object_rivals(token: Token) -> bool:
    """"Police arrested nine men after they refused to leave": a "they" that is the subject of
    an adverbial clause whose governing verb acts on a plural object may be that object as
    well as the governing subject; it is left unresolved (no actor rather than the wrong one,
    ev13a, judged round 10: the police coded as the refusers)."""
    if token.lower_ != "they" or token.dep_ not in SUBJECTS:
        return False
    clause = token.head
    if clause.dep_ != "advcl" or clause.head.i == clause.i:
        return False
    return any(c.dep_ == "dobj" and c.tag_ == "NNS" for c in clause.head.children)


#: Pronouns in the object case (``OBJECT_PRONOUNS``, from ``coref_disjoint``) are never the
#: subject of their own clause ("Ballmer ... described him": not Ballmer; ``actors.pronoun.v1``
#: with ev11b's binding check).
#: Not a preposition's object: "she brought with her" may be the subject.
OBJECT_DEPS = {"dobj", "dative", "iobj"}


def _clause_subject(token: Token, builder: ActorBuilder) -> Actor | None:
    """The actor that is the subject of the clause an object pronoun is the object of, shared
    by coordinated verbs ("expressed condolences for Jobs and described him"): the pronoun is
    someone else (a reflexive would name the subject)."""
    if token.lower_ not in OBJECT_PRONOUNS or token.tag_ != "PRP" or token.dep_ not in OBJECT_DEPS:
        return None
    verb = token.head
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return _actor_at(subjects[0], builder)
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _singular_group(actor: Actor, builder: ActorBuilder) -> bool:
    """A group named in the singular ("Islamic State", "the rebel group"): an "it"."""
    doc = builder.doc
    return any(m.actor_id == actor.id and m.rule not in PLAIN_PRONOUN_RULES
               and doc[m.end - 1].tag_ in {"NN", "NNP"}
               and doc[m.end - 1].ent_type_ not in {"GPE", "LOC", "NORP"}  # "Tbilisi"
               for m in builder.mentions)


def _compatible(token: Token, actor: Actor, builder: ActorBuilder) -> bool:
    lowered = token.lower_
    if lowered in PERSON_PRONOUNS:
        gender = builder.genders.get(actor.id) or _given_name_gender(actor)
        return actor.kind == "person" and gender in (None, PERSON_PRONOUNS[lowered])
    if lowered in PLURAL_PRONOUNS:
        return actor.kind in {"group", "organization", "country"}
    return actor.kind in {"organization", "country"} or (
        actor.kind == "group" and (lowered == "its" or token.dep_ in SUBJECTS)
        and _singular_group(actor, builder))


def _given_name_gender(actor: Actor) -> str | None:
    """"Michael Sears" is no "her": the gender of a given name the lexicon lists
    (``cue_classes.given_names_m`` / ``given_names_f``), for a name of two words or more."""
    words = actor.name.split()
    if actor.kind != "person" or len(words) < 2:
        return None
    names = active().derived("coref.given-names", _given_names)
    return names.get(words[0].lower())


def _given_names(data: LexiconData) -> dict[str, str]:
    section = data.section("cue_classes")
    found: dict[str, str] = {}
    for gender in ("m", "f"):
        for name in section.get(f"given_names_{gender}") or []:
            found.setdefault(str(name).lower(), gender)
    return found


def _governing_subject(token: Token, builder: ActorBuilder) -> Actor | None:
    """"Lavrov said he would ...": the pronoun in a complement clause is the speaker."""
    clause = token.head
    while clause.dep_ not in {"ccomp", "xcomp", "advcl"} and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in {"ccomp", "xcomp", "advcl"}:
        return None
    controller = _object_controller(token, clause, builder)
    if controller is not None:
        return controller
    for child in clause.head.children:
        if child.dep_ in SUBJECTS and child.i != token.i:
            actor = _actor_at(child, builder)
            if actor is not None and child.i > token.i and actor.sector == "JRN":
                return None  # "... its profits rose, Reuters reported": not the agency's
            if actor is not None and _compatible(token, actor, builder):
                return actor
    return None


def _object_controller(token: Token, clause: Token, builder: ActorBuilder) -> Actor | None:
    """"The UN urged Israel to halt its strikes": in a "to" clause on a verb with an object,
    the object does the clause, so its pronouns are the object's (ev13a), not the subject's."""
    if clause.dep_ != "xcomp" or clause.head.pos_ != "VERB":
        return None
    for child in clause.head.children:
        if child.dep_ == "dobj" and child.i < token.i:
            actor = _actor_at(child, builder)
            if actor is not None and _compatible(token, actor, builder):
                return actor
    return None


def _actor_at(token: Token, builder: ActorBuilder) -> Actor | None:
    for mention in builder.mentions:
        if mention.start <= token.i < mention.end:
            return builder.actor(mention.actor_id)
    return None


def _latest_compatible(token: Token, builder: ActorBuilder,
                       barred: set[str] | None = None) -> tuple[Actor | None, bool]:
    """The antecedent of ``token``, and whether ranking the previous sentence's main-clause
    subject first decided it (the main-subject rule): one pass over the earlier mentions, each
    checked for fit at most once, for both orderings."""
    sentence_start = sentence_of(token).start
    earlier = [m for m in builder.mentions if m.start < token.i]
    # subjects of the nearest sentence first (in the previous sentence its main clause's subject
    # before a subject of a clause inside it), then any earlier mention, nearest first
    ranks = {id(m): _sentence_rank(m.start, sentence_start, token) for m in earlier}
    fits: dict[str, bool] = {}

    def fit(mention: ActorMention) -> Actor | None:
        actor = builder.actor(mention.actor_id)
        if actor.id not in fits:
            fits[actor.id] = actor.id not in (barred or ()) and _compatible(token, actor, builder)
        return actor if fits[actor.id] else None

    def first(main_first: bool) -> Actor | None:
        for mention in sorted(earlier, key=lambda m: (
                -ranks[id(m)],
                _subject_rank(token.doc, m.start, m.end, main_first and ranks[id(m)] == 1),
                -m.start)):
            actor = fit(mention)
            if actor is not None:
                return None if _told_only(token, actor, builder) else actor
        return None

    actor = first(True)
    return actor, actor is not None and actor is not first(False)


def _told_only(token: Token, actor: Actor, builder: ActorBuilder) -> bool:
    """A news outlet or monitor the text has named before ``token`` only as the teller, when
    ``token`` is the one a verb (no speech verb) acts on: no antecedent for it, and the token is
    left unresolved rather than given to the next party (ev60d,
    ``actors.pronoun.teller-skipped.v1``)."""
    if not teller(actor) or not party_position(token):
        return False
    return only_told([(m.start, m.end) for m in builder.mentions
                      if m.actor_id == actor.id and m.start < token.i], builder.doc)


def _sentence_rank(start: int, sentence_start: int, token: Token) -> int:
    """Higher for mentions in the pronoun's own sentence, then the one before it."""
    if start >= sentence_start:
        return 2
    previous = sentence_of(token.doc[sentence_start - 1]).start if sentence_start else 0
    return 1 if start >= previous else 0


def _is_subject(doc: Doc, start: int, end: int) -> bool:
    return any(doc[i].dep_ in SUBJECTS for i in range(start, end))


def _subject_rank(doc: Doc, start: int, end: int, main_first: bool) -> int:
    """0 for the subject of a sentence's main clause (when ``main_first``), 1 for any other
    subject, 2 for no subject: a pronoun that opens a sentence goes on with the party the last
    sentence was about, not one its reported or relative clause names."""
    if not _is_subject(doc, start, end):
        return 2
    return 0 if main_first and any(_main_clause_subject(doc[i]) for i in range(start, end)) else 1


def _main_clause_subject(token: Token) -> bool:
    """The subject of the sentence's root verb, or of a verb coordinated with it."""
    if token.dep_ not in SUBJECTS:
        return False
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


# --- object pronouns of descriptions, once the descriptions are actors ------------------------

#: The mention rule of an object pronoun resolved in the events stage (ev15a); v2 (wave 103,
#: judged round 74: "Saudi Arabia cut ties with Qatar, accusing it of being too close to Iran"
#: gave the accusation Iran as target): an "it" that is the object of a participle clause
#: sharing its verb's subject is read too (``_object_it``).
OBJECT_PRONOUN_RULE = "actors.object-pronoun.v2"
#: The argument rule of an event whose party is such a pronoun.
OBJECT_PRONOUN_ARGS = "events.args.object-pronoun.v2"
#: ... and of one whose pronoun coreference had given to its own clause's doer (wave 35).
NOT_DOER_PRONOUN_ARGS = "events.args.object-pronoun-not-doer.v2"
#: ... and of one whose doer was the subject that controls its infinitive (wave 98).
INFINITIVE_DOER_PRONOUN_ARGS = "events.args.infinitive-pronoun-not-doer.v1"
_LATE_DONE = "coref.object-pronouns"
_UNBOUND = "coref.object-pronouns.unbound"
_UNBOUND_INFINITIVE = "coref.object-pronouns.unbound-infinitive"
_MOVED = "coref.object-pronouns.moved"


def attach_object_pronouns(doc: Doc, state: DocState) -> None:
    """"The army accused them", "calling on him to resign", "urging them to": an object pronoun
    whose party is a description ("the rebels", "the president") that became an actor only
    after coreference. Once per doc, such a pronoun, unresolved or resolved to an actor the
    last two sentences do not name, takes the one compatible actor of its sentence that is not
    its clause's doer (nor the controller of a clause with no subject of its own); an
    unresolved one else the one of the previous sentence. With two or none it stays as it
    was: no party rather than a guess (``actors.object-pronoun.v1``)."""
    if state.derived.get(_LATE_DONE):
        return
    state.derived[_LATE_DONE] = True
    changed = False
    for token in doc:
        if not _object_pronoun(token):
            continue
        earlier = state.mentions_at(token.i)
        if earlier and _bound_to_doer(token, earlier, state):
            _drop_pronoun(token, earlier, state)
            state.derived.setdefault(_UNBOUND, set()).add(token.i)
            earlier, changed = [], True
        elif earlier and _bound_to_controller(token, earlier, state):
            _drop_pronoun(token, earlier, state)
            state.derived.setdefault(_UNBOUND, set()).add(token.i)
            state.derived.setdefault(_UNBOUND_INFINITIVE, set()).add(token.i)
            earlier, changed = [], True
        if earlier and not _distant(token, earlier, state):
            continue
        actor = _late_antecedent(token, state, nearby=not earlier)
        if actor is None or any(m.actor_id == actor.id for m in earlier):
            continue
        _move_pronoun(doc, token, earlier, actor, state)
        changed = True
    if changed:
        state.mentions.sort(key=lambda m: (m.start, -m.end))
        state.index_mentions()
        state.derived[_MOVED] = True


def pronouns_moved(state: DocState) -> bool:
    """True (once) when ``attach_object_pronouns`` moved or dropped a pronoun mention in this
    doc: the actors table (an actor's mentions, the mention table) changed, and the stage that
    ran it must write that table, or the change would be lost on a doc of plain rows (one
    sent to another process) and kept on a ``keep_typed`` one."""
    return bool(state.derived.pop(_MOVED, False))


def _bound_to_doer(token: Token, mentions: list[ActorMention], state: DocState) -> bool:
    """An object pronoun that coreference gave to its own clause's doer: "him", "them" is
    never the subject of its verb, nor, in a clause with no subject of its own, the subject
    it shares ("police detained dozens of protesters, charging them": not the police), so
    that resolution is dropped; the pronoun then looks for its party like an unresolved
    one, and with none gives no party (an event it then names adds
    ``events.args.object-pronoun-not-doer.v1``)."""
    doers = _clause_doers(token, state)
    return any(m.rule in PLAIN_PRONOUN_RULES and m.actor_id in doers for m in mentions)


def _clause_doers(token: Token, state: DocState) -> set[str]:
    """The actors of the subject that a subjectless participle clause of the pronoun shares
    with the verb it hangs from ("police held two activists, accusing them": the police).
    Only that shape: an infinitive may be controlled by another party ("relied on fighters
    to help them": the fighters) and a clause's own subject is too often the right
    antecedent's rival in our parses to unbind it."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or _has_subject(verb):
        return set()
    return {m.actor_id for c in verb.head.children if c.dep_ in SUBJECTS
            for m in state.mentions_at(c.i)}


def _bound_to_controller(token: Token, mentions: list[ActorMention], state: DocState) -> bool:
    """An object pronoun that coreference gave to the subject that does its infinitive:
    "Modi telephoned to congratulate him", "the troops pledged not to attack them" (a
    reflexive would name the doer). Only an infinitive with no subject of its own under a
    verb with no object: an object or a preposition's object may do it instead ("urged
    Israel to protect them", "relied on fighters to help them"). The resolution is dropped
    and the pronoun looks for its party like an unresolved one
    (``events.args.infinitive-pronoun-not-doer.v1``)."""
    doers = _infinitive_controllers(token, state)
    return any(m.rule in PLAIN_PRONOUN_RULES and m.actor_id in doers for m in mentions)


def _infinitive_controllers(token: Token, state: DocState) -> set[str]:
    """The actors of the subject of the verb whose subjectless, object-free "to" infinitive
    the pronoun is the object of (directly or through a preposition)."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if token.dep_ not in OBJECT_DEPS and token.dep_ != "pobj":
        return set()
    if verb.tag_ != "VB" or verb.dep_ not in {"xcomp", "advcl"} or _has_subject(verb):
        return set()
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return set()
    head = verb.head
    if head.i == verb.i or head.pos_ not in {"VERB", "AUX"} or _has_object(head):
        return set()
    return {m.actor_id for c in head.children if c.dep_ in SUBJECTS
            for m in state.mentions_at(c.i)}


def _has_object(verb: Token) -> bool:
    """A direct object, a dative, or a preposition's object on the verb."""
    return any(c.dep_ in OBJECT_DEPS or (c.dep_ == "prep" and any(
        g.dep_ == "pobj" for g in c.children)) for c in verb.children)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in verb.children)


def _drop_pronoun(token: Token, mentions: list[ActorMention], state: DocState) -> None:
    for mention in mentions:
        state.mentions.remove(mention)
        old = state.actor(mention.actor_id)
        if old is not None:
            old.mentions = [m for m in old.mentions if m.start != token.idx]


def _distant(token: Token, mentions: list[ActorMention], state: DocState) -> bool:
    """A pronoun resolved by coreference to an actor that neither its sentence nor the one
    before names (the description nearer to it was no actor yet)."""
    if any(m.rule not in PLAIN_PRONOUN_RULES for m in mentions):
        return False
    sentence = sentence_of(token)
    start = sentence_of(token.doc[sentence.start - 1]).start if sentence.start else 0
    ids = {m.actor_id for m in mentions}
    return not any(m.actor_id in ids and m.rule not in PLAIN_PRONOUN_RULES
                   and start <= m.start < token.i for m in state.mentions)


def _move_pronoun(doc: Doc, token: Token, earlier: list[ActorMention], actor: Actor,
                  state: DocState) -> None:
    for mention in earlier:
        state.mentions.remove(mention)
        old = state.actor(mention.actor_id)
        if old is not None:
            old.mentions = [m for m in old.mentions if m.start != token.idx]
    state.mentions.append(ActorMention(token.i, token.i + 1, actor.id, OBJECT_PRONOUN_RULE))
    actor.mentions.append(TextSpan.of(doc.text, token.idx, token.idx + len(token)))
    actor.mentions.sort(key=lambda m: m.start)


def pronoun_party(ids: list[str], token: Token, state: DocState) -> bool:
    """Whether a party of the event at ``token`` is one that an object pronoun of the trigger's
    own clause was resolved to here (the event names ``events.args.object-pronoun.v1``)."""
    if not any(m.rule == OBJECT_PRONOUN_RULE and m.actor_id in ids for m in state.mentions):
        return False  # most docs have no such mention: no walk of the subtree
    return any(m.rule == OBJECT_PRONOUN_RULE and m.actor_id in ids
               and _clause_verb(token.doc[m.start]) == token
               for t in token.subtree for m in state.mentions_at(t.i))


def unbound_pronoun_party(ids: list[str], token: Token, state: DocState) -> bool:
    """Whether that party came to a pronoun whose resolution to its own clause's doer was
    dropped (``_bound_to_doer``): the event names ``events.args.object-pronoun-not-doer.v1``."""
    return _unbound_party(_UNBOUND, ids, token, state)


def infinitive_pronoun_party(ids: list[str], token: Token, state: DocState) -> bool:
    """Whether that party came to a pronoun whose resolution to the subject controlling its
    infinitive was dropped (``_bound_to_controller``)."""
    return _unbound_party(_UNBOUND_INFINITIVE, ids, token, state)


def _unbound_party(key: str, ids: list[str], token: Token, state: DocState) -> bool:
    """A pronoun of the trigger's clause whose resolution was dropped (the set under ``key``),
    and a party of the event that an object pronoun of that clause was resolved to here."""
    unbound = state.derived.get(key, set())
    if not unbound:
        return False  # the usual case: no walk of the subtree
    return any(t.i in unbound for t in token.subtree if _clause_verb(t) == token) \
        and pronoun_party(ids, token, state)


def _clause_verb(token: Token) -> Token | None:
    return next((t for t in token.ancestors if t.pos_ in {"VERB", "AUX", "NOUN"}), None)


def _object_pronoun(token: Token) -> bool:
    """"him", "her", "them" as a verb's object or the object of a verb's preposition ("calling
    on him"), not "with her" (which may be the subject's); an "it" of ``_object_it``."""
    if _object_it(token):
        return True
    if token.lower_ not in OBJECT_PRONOUNS or token.tag_ != "PRP":
        return False
    if token.dep_ in OBJECT_DEPS:
        return True
    prep = token.head
    return (token.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ != "with"
            and prep.head.pos_ in {"VERB", "NOUN"})


def _object_it(token: Token) -> bool:
    """"it" as the direct object of a participle clause with no subject of its own ("cut ties
    with Qatar, accusing it of ..."): the state or body it stands for is not the subject the
    clause shares. Only that shape, and not under a reported clause ("said Israel must not
    feel constrained, while urging it": the parse hangs the participle on the wrong verb): an
    object "it" elsewhere is as often a plan or a thing."""
    verb = token.head
    return (token.lower_ == "it" and token.tag_ == "PRP" and token.dep_ == "dobj"
            and verb.tag_ == "VBG" and verb.dep_ == "advcl" and not _has_subject(verb)
            and verb.head.dep_ not in {"ccomp", "xcomp"})


def _late_antecedent(token: Token, state: DocState, nearby: bool = True) -> Actor | None:
    barred = _barred_actors(token, state)
    sentence = sentence_of(token)
    previous = sentence_of(token.doc[sentence.start - 1]) if sentence.start and nearby else None
    for start, end in ((sentence.start, token.i), (previous.start, previous.end) if previous
                       else (0, 0)):
        ids = {m.actor_id for m in state.mentions if start <= m.start and m.end <= end}
        fits = [a for a in state.actors if a.id in ids and a.id not in barred
                and _fits_pronoun(token, a, state)]
        if any(told_only_late(token, a, state) for a in fits):
            return None  # "told AFP that police held them": not AFP, and no guess (ev60d)
        if len(fits) == 1:
            return fits[0]
        if fits:
            return None
    return None


def told_only_late(token: Token, actor: Actor, state: DocState) -> bool:
    """``_told_only`` for an object pronoun resolved in the events stage."""
    if not teller(actor) or not party_position(token):
        return False
    return only_told([(m.start, m.end) for m in state.mentions
                      if m.actor_id == actor.id and m.start < token.i], token.doc)


def _barred_actors(token: Token, state: DocState) -> set[str]:
    """The subject of the pronoun's clause, up the verbs that share it ("calling on him": the
    caller), the object that controls a "to" clause on the way ("urged Israel to protect
    them"), and, above a complement clause, the speaker: an object pronoun is never its
    clause's doer, and the parse of a coordinated clause often hangs it under a complement
    ("said the rebels must disarm and urged them": neither the rebels nor the ministry). A
    statement joined after what its speaker reported ("said the rebels had lost and urged them
    to join talks", ``speaker_cue``) is the speaker's: only the speaker is barred (session 114)."""
    speaker = _joined_statement_speaker(token, state)
    if speaker is not None:
        return speaker
    barred: set[str] = set()
    for verb in (t for t in [token, *token.ancestors] if t.pos_ in {"VERB", "AUX"}):
        subjects = {m.actor_id for c in verb.children if c.dep_ in SUBJECTS
                    for m in state.mentions_at(c.i)}
        barred |= subjects
        if verb.dep_ == "xcomp":
            barred |= {m.actor_id for c in verb.head.children if c.dep_ == "dobj"
                       for m in state.mentions_at(c.i)}
        has_subject = any(c.dep_ in SUBJECTS for c in verb.children)
        if has_subject and verb.dep_ not in {"ccomp", "xcomp", "advcl"}:
            break
    return barred


def _joined_statement_speaker(token: Token, state: DocState) -> set[str] | None:
    """The speaker's actors when the pronoun's verb is a statement joined after a reported
    clause (``event_said_conjunct_speakers.speaker_cue``), else None."""
    verb = next((t for t in [token, *token.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
    entry = match(verb) if verb is not None else None
    if verb is None or entry is None or entry.type not in STATEMENT_TYPES:
        return None
    cue = speaker_cue(verb)
    if cue is None:
        return None
    return {m.actor_id for c in cue.children if c.dep_ in SUBJECTS
            for m in state.mentions_at(c.i)}


def _fits_pronoun(token: Token, actor: Actor, state: DocState) -> bool:
    if token.lower_ in PERSON_PRONOUNS:
        gender = _given_name_gender(actor)
        return actor.kind == "person" and gender in (None, PERSON_PRONOUNS[token.lower_])
    if token.lower_ == "it":  # a body, a state, or a group named in the singular ("the Taliban")
        return actor.kind in {"organization", "country"} or (
            actor.kind == "group" and any(
                m.actor_id == actor.id and token.doc[m.end - 1].tag_ in {"NN", "NNP"}
                for m in state.mentions if m.rule not in PLAIN_PRONOUN_RULES))
    return actor.kind in {"group", "organization", "country"}
