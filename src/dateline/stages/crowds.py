"""Protests by unnamed crowds (issue 11, round 9; ``crowds`` in ``lexicon/events/senses.yaml``).

"Thousands of opposition supporters held a rally", "hundreds of students marched on parliament",
"tens of thousands joined a demonstration against the government": the protesters are a crowd,
not an actor the actors stage can name, so the event has no source; it stands all the same,
with no source rather than a guessed one (``events.args.crowd.v1``). A protest whose subject is
a pronoun, a firm or a market word is not one of these.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from dateline.stages.actor_lexicon import lexicon
from dateline.stages.crowd_supporters import SUPPORTER_RALLY_RULE, supporter_rally
from dateline.stages.event_gate import section_rule, section_words, senses_section
from dateline.stages.event_lexicon import match
from dateline.stages.place_targets import country_actor, group_actor, place_target
from dateline.stages.state import DocState
from dateline.stages.syntax import sentence_of

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
NOUNS = frozenset({"NOUN", "PROPN"})
#: Dependencies through which a verb shares the subject of the verb it hangs on ("gathered and
#: marched", "began to march").
SHARED_SUBJECT = frozenset({"conj", "xcomp"})
#: Dependencies of a noun trigger on the (light) verb or noun above it ("held a rally", "took
#: part in a demonstration", "joined the protest").
NOUN_UP = frozenset({"dobj", "pobj", "prep", "attr"})
DEPTH = 3
#: The PLOVER sector of a crowd: civilians.
CROWD_SECTOR = "CVL"
#: Entity labels of a place a crowd protests in.
PLACE_ENTITIES = frozenset({"GPE", "LOC"})
#: How deep in the trigger's phrase a place is looked for ("took part in a protest in Nairobi").
PHRASE_DEPTH = 5
#: Clauses under the trigger, whose places are theirs, not the protest's.
CLAUSES = frozenset({"ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "csubj"})


@dataclass(frozen=True)
class Crowds:
    rule: str
    types: frozenset[str]
    words: frozenset[str]
    place_preps: frozenset[str]
    suffering_verbs: frozenset[str]
    state_aims: frozenset[str]
    other_aims: frozenset[str]
    support_words: frozenset[str]
    suppressing_verbs: frozenset[str]
    protest_nouns: frozenset[str]
    protester_words: frozenset[str]
    speech_verbs: frozenset[str]
    elsewhere_purposes: frozenset[str]
    aim_verbs: frozenset[str]
    foreign_aims: frozenset[str]


@cache
def crowd_words() -> Crowds:
    raw = senses_section("crowds")
    return Crowds(rule=section_rule(raw), types=section_words(raw, "types", lower=False),
                  words=section_words(raw, "words"), place_preps=section_words(raw, "place_preps"),
                  suffering_verbs=section_words(raw, "suffering_verbs"),
                  state_aims=section_words(raw, "state_aims"),
                  other_aims=section_words(raw, "other_aims"),
                  support_words=section_words(raw, "support_words"),
                  suppressing_verbs=section_words(raw, "suppressing_verbs"),
                  protest_nouns=section_words(raw, "protest_nouns"),
                  protester_words=section_words(raw, "protester_words"),
                  speech_verbs=section_words(raw, "speech_verbs"),
                  elsewhere_purposes=section_words(raw, "elsewhere_purposes"),
                  aim_verbs=section_words(raw, "aim_verbs"),
                  foreign_aims=section_words(raw, "foreign_aims"))


def crowd_agent(token: Token, event_type: str) -> bool:
    """Whether the event of ``token`` (a protest) is done by an unnamed crowd: its clause's
    subject, or that of the light verb of a noun trigger, is a number or a crowd noun."""
    if event_type not in crowd_words().types:
        return False
    if phrase_crowd(token) is not None:
        return True
    verb = _clause_verb(token) if token.pos_ in {"NOUN", "PROPN"} else token
    if verb is None or suppressed(token):
        return False
    return any(_crowd(s) for s in _subjects(verb))


#: A protest noun whose own phrase names its crowd ("a protest by thousands of students", "a
#: rally of opposition supporters", "the farmers' march"): the crowd is the source, whatever
#: the verb above the noun (round 21: "the protest" left with no source though its protesters
#: were named; "police broke up a rally by opposition supporters").
PHRASE_CROWD_RULE = "events.args.protest-phrase-crowd.v1"
#: Possessors that name a nation, not a crowd ("the people's march", val: a carnival).
NATION_WORDS = frozenset({"people"})
#: Prepositions by which a protest noun names who protests.
CROWD_PREPS = frozenset({"by", "of"})


def phrase_crowd(token: Token) -> Token | None:
    """The crowd a protest noun's own phrase names (``PHRASE_CROWD_RULE``), or None."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    for child in token.children:
        if child.dep_ == "poss" and _crowd(child) and child.lemma_.lower() not in NATION_WORDS:
            return child
        if child.dep_ == "prep" and child.lower_ in CROWD_PREPS:
            found = next((c for c in child.children if c.dep_ == "pobj" and _crowd(c)), None)
            if found is not None:
                return found
    return None


#: A protest noun with no source of its own whose sentence names its protesters elsewhere
#: ("police were trying to negotiate with protesters when the protest became violent"): the
#: one party the sentence names by a word of protesting (``crowds.protester_words``) held it
#: (ev36c: such protests were left with no source though their protesters were named).
SENTENCE_PROTESTERS_RULE = "events.args.sentence-protesters.v1"


def sentence_protesters(token: Token, targets: list[str],
                        state: DocState) -> tuple[list[str], str]:
    """The protesters of the protest noun ``token``'s sentence (``SENTENCE_PROTESTERS_RULE``)
    and the rule's name; none when its own phrase or clause names a crowd (the crowd rules
    read those), or when the sentence names more than one such party."""
    entry = match(token)
    if entry is None or entry.type not in crowd_words().types or token.pos_ not in NOUNS \
            or token.dep_ == "compound" or crowd_agent(token, entry.type):
        return [], ""  # "riot police": no protest
    found = {m.actor_id for t in sentence_of(token) if _other_protesters(t)
             for m in state.mentions_at(t.i)} - set(targets)
    found = {a for a in found if (actor := state.actor(a)) is not None and actor.kind != "person"}
    return (sorted(found), SENTENCE_PROTESTERS_RULE) if len(found) == 1 else ([], "")


def _other_protesters(word: Token) -> bool:
    """A word of protesters that may have held the protest: not the aim of a protest ("a rally
    against violence against pro-EU protesters"), nor its opponents ("counter-protesters"), nor
    a speaker (``crowds.speech_verbs``), nor
    the subject of a protest verb of its own ("when 100 protesters took to the streets": that
    protest is theirs, another act)."""
    if word.lower_ not in crowd_words().protester_words or word.head.lower_ == "against" \
            or (word.i > 0 and word.nbor(-1).text == "-"):  # "counter-protesters"
        return False
    if word.dep_ in SUBJECTS and word.head.lemma_.lower() in crowd_words().speech_verbs:
        return False  # "Protesters say ... who took part in the demonstrations": speakers
    own = match(word.head) if word.dep_ in SUBJECTS else None
    return own is None or own.type not in crowd_words().types


#: A protest noun that is the object of a verb of suppression ("police broke up the rally",
#: "security forces dispersed a march", "the junta banned the protests"): the verb's subject
#: put the protest down; it did not hold it, so it is not the protest's source.
SUPPRESSED_RULE = "events.args.suppressed-protest.v1"


def suppressed(token: Token) -> bool:
    """Whether the protest noun ``token`` is the object of a verb of suppression
    (``crowds.suppressing_verbs``; "break" only with "up")."""
    verb = token.head
    if token.dep_ != "dobj" or verb.pos_ != "VERB" or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    lemma = verb.lemma_.lower()
    if lemma == "break":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return lemma in crowd_words().suppressing_verbs


#: "Police broke up a rally of opposition supporters": the crowd of the protest a
#: crowd-control act puts down is its target (round 21: such targets were empty, or the
#: government of the city the rally was held in).
DISPERSED_CROWD_RULE = "events.args.dispersed-crowd.v1"


def dispersed_crowd(targets: list[str], token: Token, state: DocState) -> list[str]:
    """``targets`` with the crowd named in the phrase of the protest noun that the
    crowd-control verb ``token`` has as object (``DISPERSED_CROWD_RULE``) in place of the
    actors named as the protest's place ("in Harare", read as Zimbabwe's government); the
    same ``targets`` when no such crowd is named."""
    protests = [c for c in token.children if c.dep_ == "dobj"
                and c.lemma_.lower() in crowd_words().protest_nouns]
    found = [p for p in protests if phrase_crowd(p) is not None]
    if not found:
        return targets
    places = _place_actors(found[0], state) | _place_targets(found[0], state)
    return crowd_source(found[0], state) + [t for t in targets if t not in places]


def _place_targets(top: Token, state: DocState) -> set[str]:
    """The actors the events stage makes of the places in the phrase of ``top`` ("in
    Harare": Zimbabwe), as ``place_target`` gives them."""
    return {found for place in _place_objects(top)
            if (found := place_target(place, state)) is not None}


def drop_suppressor(source: list[str], token: Token, event_type: str,
                    state: DocState) -> tuple[list[str], bool]:
    """``source`` without the actors named as the subject of the verb that suppressed the
    protest noun ``token`` (``SUPPRESSED_RULE``), and whether any was dropped."""
    if event_type not in crowd_words().types or not suppressed(token):
        return source, False
    suppressors = {m.actor_id for s in _subjects(token.head) for t in s.subtree
                   if (m := state.mention_at(t.i)) is not None}
    kept = [a for a in source if a not in suppressors]
    return kept, len(kept) < len(source)


#: The rule of a crowd that the text names but its phrase places nowhere: the crowd is the party
#: all the same. v1 left it with no country; v2 (wave 27) lets the events stage give it the
#: country of the sentence's place or the article's (``carry_countries``), like any unplaced group.
CROWD_PARTY_RULE = "events.args.crowd-party.v2"


def crowd_source(token: Token, state: DocState) -> list[str]:
    """The crowd as a group actor of the country it protests in ("thousands marched across
    Germany", "5,000 people took part in a protest in Nairobi"): PLOVER codes such people by
    their country, not as the country itself.

    When no coded place is named by a preposition of place in the phrase of the trigger or of
    the verb it hangs on (not in a clause under them), the crowd is still the party, a group
    with no country (``CROWD_PARTY_RULE``): "Many people protesting the reforms have rallied
    outside parliament" names its protesters, and an empty source was judged wrong (round 19;
    CONVENTIONS: a group named by a common noun is a right party)."""
    verb = _clause_verb(token) if token.pos_ in {"NOUN", "PROPN"} else token
    own = phrase_crowd(token)
    if own is not None:
        return _phrase_crowd_source(token, own, verb, state)
    country = _place_country(verb or token, state)
    crowd = next((s for s in _subjects(verb) if _crowd(s)), None) if verb is not None else None
    if crowd is None or (country is None and not _crowd_acts(crowd, verb)):
        return []
    # the crowd's words before its verb; a crowd told after it ("..., said the protesters") is
    # its whole phrase (an empty max() failed a story of heldout_news23 before wave 106c)
    before = [t.i for t in crowd.subtree if verb is None or t.i < verb.i]
    end = (max(before) if before else crowd.right_edge.i) + 1
    span = (crowd.left_edge.i, end)
    rule = crowd_words().rule if country is not None else CROWD_PARTY_RULE
    return [group_actor(token.doc, state, span, country, CROWD_SECTOR, rule)]


def _phrase_crowd_source(token: Token, crowd: Token, verb: Token | None,
                         state: DocState) -> list[str]:
    """The crowd of the protest noun's own phrase (``phrase_crowd``) as a group of the
    country the protest is placed in, in the noun's phrase or its verb's."""
    country = _place_country(token, state)
    if country is None and verb is not None:
        country = _place_country(verb, state)
    span = (crowd.left_edge.i, _crowd_end(crowd))
    rule = crowd_words().rule if country is not None else CROWD_PARTY_RULE
    return [group_actor(token.doc, state, span, country, CROWD_SECTOR, rule)]


def _crowd_end(crowd: Token) -> int:
    """The end of the crowd's words: the noun and its "of" phrase ("thousands of opposition
    supporters"), not a clause or another phrase on it ("Jobbik members at government
    institutions", "people where the main focus is ...") nor a possessive "'s"."""
    ofs = [c for c in crowd.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > crowd.i]
    return max([crowd.i] + [c.right_edge.i for c in ofs]) + 1


def _crowd_acts(crowd: Token, verb: Token | None) -> bool:
    """Whether the crowd is the doer of its clause: the active subject of a verb that is not
    one of suffering, the head of an "-ing" reduced relative ("people protesting the reforms"),
    or the subject of a main verb the parser hung on it ("Hundreds of students protested in
    Alexandria": the noun is the sentence's root); not "two people were wounded in the
    protests", "ten demonstrators detained during a protest", whose crowd is the protest's
    victims as often as its protesters."""
    if verb is None or verb.lemma_.lower() in crowd_words().suffering_verbs:
        return False
    if verb.dep_ == "acl" and verb.head.i == crowd.i:  # "-ing" reduced relative, or the main
        return verb.tag_ == "VBG" or crowd.dep_ == "ROOT"  # verb misparsed as one (``_subjects``)
    return crowd.dep_ == "nsubj" and not any(c.dep_ in {"auxpass", "nsubjpass"}
                                             for c in verb.children)


def crowd_party_rules(source: list[str], state: DocState) -> list[str]:
    """The rule to name on an event whose source is a crowd placed nowhere (``crowd_source``)."""
    placed_nowhere = any((a := state.actor(i)) is not None and a.rule == CROWD_PARTY_RULE
                         for i in source)
    return [CROWD_PARTY_RULE] if placed_nowhere else []


def _place_country(top: Token, state: DocState) -> str | None:
    return next((found for place in _place_objects(top)
                 if (found := _country_at(place, state)) is not None), None)


def _place_objects(top: Token) -> Iterator[Token]:
    """The objects of the place prepositions (``crowds.place_preps``) in the phrase of ``top``,
    nearest layer first, not in a clause under it ("took part in a protest in Nairobi")."""
    preps = crowd_words().place_preps
    layer = [top]
    for _ in range(PHRASE_DEPTH):
        layer = [c for t in layer for c in t.children if c.dep_ not in CLAUSES]
        for prep in (t for t in layer if t.dep_ == "prep" and t.lower_ in preps):
            yield from (c for c in prep.children if c.dep_ == "pobj")


def _place_actors(token: Token, state: DocState) -> set[str]:
    """The actors named as the place of the protest ("in Buenos Aires", which the actors stage
    reads as Argentina's government), by the place prepositions of ``_place_country``."""
    verb = _clause_verb(token) if token.pos_ in {"NOUN", "PROPN"} else token
    return {m.actor_id for top in (t for t in (token, verb) if t is not None)
            for place in _place_objects(top) if (m := state.mention_at(place.i)) is not None}


def _country_at(place: Token, state: DocState) -> str | None:
    """The country code of a coded place or of an actor named as a place ("in Minsk", where
    the actors stage reads the capital as its government)."""
    if place.ent_type_ not in PLACE_ENTITIES:
        # "in the city of Chengdu": the town it names; else "outside the US embassy", a
        # building, not where the crowd is
        town = _named_town(place)
        return _country_at(town, state) if town is not None else None
    mention = state.mention_at(place.i)
    actor_id = mention.actor_id if mention is not None else place_target(place, state)
    actor = state.actor(actor_id) if actor_id is not None else None
    return actor.country if actor is not None else None


def _named_town(place: Token) -> Token | None:
    """The name after "the city of", "the town of" (``places.place_heads``), else None."""
    if place.lemma_.lower() not in lexicon().place_heads:
        return None
    return next((o for c in place.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)


def _clause_verb(noun: Token) -> Token | None:
    current = noun
    for _ in range(DEPTH):
        if current.dep_ not in NOUN_UP or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ == "VERB":
            return current
    return None


def _subjects(verb: Token) -> list[Token]:
    """The subjects of the verb or of the verb it shares them with; the head of a verb parsed
    as a reduced relative ("Hundreds of students protested in Dhaka", misparsed as
    "hundreds [who] protested")."""
    if verb.dep_ == "acl" and verb.pos_ == "VERB":
        return [verb.head]
    current = verb
    for _ in range(DEPTH):
        found = [c for c in current.children if c.dep_ in SUBJECTS]
        if found:
            return found
        if current.dep_ not in SHARED_SUBJECT or current.head.i == current.i:
            break
        current = current.head
    return []


def _crowd(subject: Token) -> bool:
    """"thousands", "hundreds of students", "opposition supporters", "a crowd of 5,000"."""
    words = crowd_words().words
    return subject.pos_ == "NUM" or subject.lemma_.lower() in words \
        or subject.lower_ in words


#: Name words of the state bodies a crowd protests against ("against the government"): with no
#: country of their own, they are the state of the country the crowd protests in.
STATE_WORDS = frozenset({"government", "regime", "authorities", "parliament", "president",
                         "police", "state", "cabinet", "junta"})


#: The rule of a crowd protest that names no party it is aimed at: it addresses the state of the
#: country it is held in, as event coders code domestic protests ("thousands marched in Minsk"),
#: unless its own phrase aims it at something else (``CROWD_OTHER_AIM_RULE``).
CROWD_STATE_RULE = "events.args.crowd-state-target.v1"
#: A crowd protest aimed at a party or a matter that is not the state's ("rallied against
#: Monday's election violence", "marched to protest a cut-off in paid leave" by an employer,
#: "in support of President Kabila"): no target rather than the country (pairs27: both judges
#: called the country wrong in six such items; CONVENTIONS: the state when the protest is
#: against state acts, nothing for other aims).
CROWD_OTHER_AIM_RULE = "events.args.crowd-other-aim.v1"
#: A crowd protest aimed away from its own state by a purpose or an aim that
#: ``CROWD_OTHER_AIM_RULE`` does not read: held to mourn or to celebrate ("marched to mourn the
#: singer"), aimed at another country ("chanting against America", "to denounce the British
#: sanctions", "denouncing foreign interference"), or aimed elsewhere by a crowd whose own
#: country no party gives: the place it marches in is where, not whom (issue 11, wave 83).
CROWD_AIM_AWAY_RULE = "events.args.crowd-aim-away.v1"


def crowd_targets(targets: list[str], source: list[str], token: Token,
                  state: DocState) -> tuple[list[str], str | None]:
    """"thousands protested against the government in Rabat": a state body with no country is
    the state of the country the crowd protests in (the crowd's country); a crowd protest that
    names no target addresses that state, as event coders code domestic protests ("thousands
    marched in Minsk": Belarusian civilians -> Belarus), unless its phrase names an aim that
    is not the state's. Returns the targets and the rule that chose the state or none."""
    countries = {a.country for i in source if (a := state.actor(i)) is not None and a.country}
    elsewhere = _aimed_elsewhere(token)
    if not elsewhere and (_support_only(token) or supporter_rally(
            token, _crowd_tokens(token), STATE_WORDS, state)):  # "a rally of his supporters"
        places = _place_actors(token, state) | _sentence_places(token, state)
        return [t for t in targets if t not in places], SUPPORTER_RALLY_RULE
    if len(countries) == 1 and elsewhere:  # "rallied in Buenos Aires to protest that day's
        kept = [t for t in targets if t not in _place_actors(token, state)]  # violence": the
        return kept, CROWD_OTHER_AIM_RULE  # capital is where, not whom (read as its government)
    if elsewhere or aimed_away(token, countries, state):
        places = _place_actors(token, state) | _sentence_places(token, state)
        return [t for t in targets if t not in places], CROWD_AIM_AWAY_RULE
    if len(countries) != 1:
        return targets, None
    if not targets:
        made = country_actor(token.doc, state, next(iter(countries)), make=True)
        return ([made], CROWD_STATE_RULE) if made is not None else ([], None)
    found = []
    for actor_id in targets:
        actor = state.actor(actor_id)
        words = actor.name.lower().split() if actor is not None else []
        if actor is not None and actor.country is None and words and words[-1] in STATE_WORDS:
            made = country_actor(token.doc, state, next(iter(countries)), make=True)
            found.append(made or actor_id)
        else:
            found.append(actor_id)
    return list(dict.fromkeys(found)), None


def _aimed_elsewhere(token: Token) -> bool:
    """Whether the protest's own phrase names an aim and none of its aims is the state's: "in
    support of" or "in solidarity with" anyone, or an aim whose phrase has a word of
    ``crowds.other_aims`` (violence, a death, a company) and none of ``crowds.state_aims`` or
    the state bodies ("against the president's violence" is aimed at the state)."""
    said = {t.lemma_.lower() for aim in protest_aims(token) for t in aim.subtree}
    words = crowd_words()  # the aim's whole phrase: "the killing of a student by police"
    if said & (words.state_aims | STATE_WORDS):
        return False
    return _supports(token) or bool(said & words.other_aims)


def aimed_away(token: Token, countries: set[str], state: DocState) -> bool:
    """Whether the protest of ``token`` is held for a purpose of ``crowds.elsewhere_purposes``
    (to mourn, to celebrate) or names an aim that is not its own state's: a word of
    ``crowds.foreign_aims`` ("foreign interference") or a party of a country other than the
    protest's (``countries``, else that of the place it is held in); never when an aim names
    the state or its acts ("to mourn the victims of the police": the police are the aim)."""
    said = [t for aim in _all_aims(token) for t in aim.subtree]
    words = crowd_words()
    if {t.lemma_.lower() for t in said} & (words.state_aims | STATE_WORDS):
        return False
    if any(verb.lemma_.lower() in words.elsewhere_purposes for verb in _purposes(token)):
        return True
    if {t.lemma_.lower() for t in said} & (words.foreign_aims | words.other_aims):
        return True
    own = countries or {a.country for i in _sentence_places(token, state)
                        if (a := state.actor(i)) is not None and a.country}
    return len(own) == 1 and any(
        (a := state.actor(m.actor_id)) is not None and a.country and a.country not in own
        for t in said for m in state.mentions_at(t.i))


def _sentence_places(token: Token, state: DocState) -> set[str]:
    """The actors read from the places of the protest's sentence ("through Harare", read as
    Zimbabwe's government) that the sentence names nowhere but as a place."""
    placed: set[str] = set()
    named: set[str] = set()
    for word in token.sent:
        for mention in state.mentions_at(word.i):
            (placed if word.ent_type_ in PLACE_ENTITIES else named).add(mention.actor_id)
    return placed - named


def _purposes(token: Token) -> list[Token]:
    """The verbs of the purpose or manner clauses of the protest and of the verb a noun trigger
    hangs on ("marched to mourn", "rallied, chanting against")."""
    verb = _clause_verb(token) if token.pos_ in {"NOUN", "PROPN"} else None
    return [c for top in (t for t in (token, verb) if t is not None) for c in top.children
            if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB"]


def _all_aims(token: Token) -> list[Token]:
    """``protest_aims`` and the object and phrases of a purpose clause of a verb of
    ``crowds.aim_verbs`` or ``crowds.elsewhere_purposes`` ("to reject violence", "chanting
    against America", "to mourn those killed by the police")."""
    words = crowd_words()
    verbs = words.aim_verbs | words.elsewhere_purposes
    extra = [c for verb in _purposes(token) if verb.lemma_.lower() in verbs
             for c in verb.children if c.dep_ in PURPOSE_PARTS]
    return protest_aims(token) + extra


#: Prepositions that name what a protest is aimed at ("against the law", "over the killing").
AIM_PREPS = frozenset({"against", "over", "about", "at", "of"})
#: "in support of", "for the defence of": the prepositions before a support word.
SUPPORT_PREPS = frozenset({"in", "for"})
#: Verbs of a purpose clause that name the aim ("marched to protest the accord", "rallied,
#: demanding that Kabila step down", "gathered to condemn police behaviour").
AIM_VERBS = frozenset({"protest", "denounce", "condemn", "oppose", "demand", "decry"})


#: The parts of a purpose clause that tell its aim ("to protest a cut-off in paid leave by their
#: employer": the object and every prepositional phrase).
PURPOSE_PARTS = frozenset({"dobj", "prep", "ccomp", "attr", "dative"})


def protest_aims(token: Token) -> list[Token]:
    """The heads of what the protest of ``token`` is aimed at, in its own phrase and in the
    phrase of the verb a noun trigger hangs on: objects of ``AIM_PREPS``, of "in protest
    against", and the object and phrases of a purpose clause of ``AIM_VERBS``; not in other
    clauses."""
    tops = [token]
    verb = _clause_verb(token) if token.pos_ in {"NOUN", "PROPN"} else None
    if verb is not None:
        tops.append(verb)
    aims: list[Token] = []
    for top in tops:
        aims.extend(_aim_objects(top))
        for child in top.children:
            if child.dep_ in {"xcomp", "advcl"} and child.lemma_.lower() in AIM_VERBS:
                aims.extend(c for c in child.children if c.dep_ in PURPOSE_PARTS)
            if child.dep_ == "prep" and child.lower_ == "in":  # "in protest against X"
                aims.extend(a for pobj in child.children if pobj.dep_ == "pobj"
                            for a in _aim_objects(pobj))
    return aims


def _aim_objects(head: Token) -> list[Token]:
    found = [c for c in head.children
             if c.dep_ == "dobj" and head.lemma_.lower() in AIM_VERBS]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in AIM_PREPS:
            found.extend(c for c in prep.children if c.dep_ == "pobj")
    return found


def _supports(token: Token) -> bool:
    """"a rally in support of President Kabila", "marched in solidarity with the strikers"."""
    return bool(_support_phrases(token))


def _support_only(token: Token) -> bool:
    """"rallied in support of her decision": held in support of something, with no state aim
    outside the support phrase (the decision is backed, not protested;
    events.args.supporter-rally.v1)."""
    phrases = _support_phrases(token)
    if not phrases:
        return False
    backed = {t.i for top in phrases for t in top.subtree}
    said = {t.lemma_.lower() for aim in _all_aims(token) for t in aim.subtree if t.i not in backed}
    return not said & (crowd_words().state_aims | STATE_WORDS)


def _support_phrases(token: Token) -> list[Token]:
    """The "in support of ..." objects of the protest and of the verb a noun trigger hangs on."""
    verb = _clause_verb(token) if token.pos_ in {"NOUN", "PROPN"} else None
    return [c for top in (t for t in (token, verb) if t is not None) for prep in top.children
            if prep.dep_ == "prep" and prep.lower_ in SUPPORT_PREPS for c in prep.children
            if c.dep_ == "pobj" and c.lemma_.lower() in crowd_words().support_words]


def _crowd_tokens(token: Token) -> list[Token]:
    """The crowd of the protest's own phrase and the crowd subjects of its verb."""
    own = phrase_crowd(token)
    verb = _clause_verb(token) if token.pos_ in {"NOUN", "PROPN"} else token
    subjects = [s for s in _subjects(verb) if _crowd(s)] if verb is not None else []
    return ([own] if own is not None else []) + subjects


def aimed_elsewhere(token: Token) -> bool:
    """Public name of ``_aimed_elsewhere`` for the named crowds of ``event_group_protests``."""
    return _aimed_elsewhere(token)
