"""The same act coded twice (issue 11, round 8 pattern 6): one act is one event.

``merge_repeats`` (events.py) folds events with the same type, actors and modality in one
sentence or on one date. Three more shapes tell one act twice; each folds the later event into
the first, which keeps its own evidence, takes the later trigger as a mention, and names the
rule that folded:

- ``events.repeat.coordinated.v3``: coordinated verbs of one type, mode and source ("arrested or
  detained 40 activists on Monday") where the parse gave the arguments or the time to one verb
  only; the first takes what it lacks (a target, an explicit date) from the other. v2: verbs of
  two modes ("lay down their weapons and free their prisoners") stay two acts. v3 (wave 37):
  a verb further down a list ("attacked, burned and destroyed a police post") is coordinated with
  the first too, when the verbs before it share its subject and its object (``_in_series``).
- ``events.repeat.subset-target.v1``: in one sentence, the same type, source and modality with
  the targets of one a part of the other's ("thanked Canada and Germany ... and thanked Germany
  again").
- ``events.repeat.anaphoric-noun.v1``: a definite event noun with no participant of its own that
  the earlier event lacks ("the crackdown", "the raids", "the attack"), in the paragraph of an
  earlier event of its type (or of its word: "raided ... the raids"), restates that act.
- ``events.repeat.anaphoric-relative.v1`` (round 12): such a noun as its clause's subject with a
  relative clause ("The protests, which prompted a curfew, ...") restates the act of the
  paragraph before as well.
- ``events.repeat.anaphoric-subject.v1`` (wave 60): such a noun as the subject of its clause
  ("The attack began at noon", "The protest appeared spontaneous", "The deployment coincided
  with the elections") in the paragraph right after the one that told its act is a sentence about
  that act, not a new one: in news told one sentence a paragraph, the paragraph break is no sign
  of another act. v2 (wave 61): a noun told as still to come ("the raid was starting soon", "the
  protest is to begin", "the strike will start on Monday") is no retelling of an act told as done
  (``_prospective``); and the kept act takes the noun's date only from a time on the noun's own
  clause verb of taking place ("the protests began on Tuesday", "took place on Wednesday"), not
  from a time of another act ("the attack followed protests on Monday") nor a narrative date
  (``_own_clause_time``).

- ``events.repeat.hanging-clause.v1`` (wave 85): in one sentence, a participle of the same type
  and doers (or none), with no party of its own, hung on a verb of disorder ("clashed with
  police, hurling rocks", "rioted, burning cars") tells how that act went, not a second one,
  even where the first has a target. Participles with parties of their own ("struck the school,
  exchanging fire with police") and those of single acts ("opened fire, torching homes") stay
  acts of their own.

Acts with different targets, or with different explicit dates, are never folded (but for
hanging-clause.v1).

``events.repeat.same-day.v2`` names merge_repeats' fold (same type, source, target and modality
in one sentence or on one date, the one-a-day convention of issue 11) and asks for evidence of
one act (``one_act``): not when the later telling is marked as another act ("In a separate
incident", "another raid", "also agreed"), and not when the two verbs name different modes
("captured the village and destroyed an army post") unless the later is the first's participle
("shelled the town, killing five").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.record import Event, Time
from dateline.stages.syntax import doc_text, words

__all__ = ["ANAPHORIC_RULE", "COORDINATED_RULE", "RELATIVE_RULE", "SAME_DAY_RULE", "SUBJECT_RULE",
           "SUBSET_RULE", "fold_repeats", "fold_same_day", "one_act"]

COORDINATED_RULE = "events.repeat.coordinated.v3"
SUBSET_RULE = "events.repeat.subset-target.v1"
ANAPHORIC_RULE = "events.repeat.anaphoric-noun.v1"
RELATIVE_RULE = "events.repeat.anaphoric-relative.v1"
SUBJECT_RULE = "events.repeat.anaphoric-subject.v2"
SAME_DAY_RULE = "events.repeat.same-day.v2"
HANGING_RULE = "events.repeat.hanging-clause.v1"


def fold_repeats(doc: Doc, events: list[Event], times: list[Time] | None = None) -> list[Event]:
    """``events`` with every later telling of an act folded into its first event (module
    docstring), renumbered. ``times`` are the document's times, by which a retelling's date is
    checked to be its own clause's (anaphoric-subject.v2)."""
    text = doc_text(doc)
    tokens = {e.trigger.start: _trigger(doc, e) for e in events}
    kept: list[Event] = []
    for event in events:
        token = tokens[event.trigger.start]
        first = None if token is None else _first_telling(text, tokens, kept, event, token)
        if first is None or token is None:
            kept.append(event)
        else:
            rule = first[1]
            dated = rule != SUBJECT_RULE or _own_clause_time(doc, token, event, times or [])
            _fold(first[0], event, rule, dated)
    for number, event in enumerate(kept, start=1):
        event.id = f"e{number}"
    return kept


def _trigger(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None else None


def _first_telling(text: str, tokens: dict[int, Token | None], kept: list[Event], event: Event,
                   token: Token) -> tuple[Event, str] | None:
    for earlier in reversed(kept):
        other = tokens.get(earlier.trigger.start)
        if other is None or not _modalities_fit(earlier.modality, event.modality):
            continue
        rule = _restates(text, earlier, other, event, token)
        if rule is not None:
            return earlier, rule
    return None


def _modalities_fit(first: str, later: str) -> bool:
    """The same modality, or a later telling passed on as hearsay ("The demonstration was
    allegedly staged", events.modality.hearsay-adverb.v1) of an act told as done."""
    return first == later or (first, later) == ("asserted", "reported")


def _restates(text: str, earlier: Event, other: Token, event: Event, token: Token) -> str | None:
    if not _dates_agree(earlier, event):
        return None
    same_sentence = earlier.sentence.start == event.sentence.start
    if same_sentence and earlier.type == event.type and earlier.source == event.source:
        if _coordinated(other, token) and _targets_fit(earlier.target, event.target) \
                and _modes_fit(earlier.mode, event.mode):
            return COORDINATED_RULE
        if earlier.target and event.target and _nested(earlier.target, event.target):
            return SUBSET_RULE
    if same_sentence and earlier.type == event.type and _hangs_from(token, other, event.target) \
            and set(event.source) <= set(earlier.source):
        return HANGING_RULE
    if _anaphoric(token) \
            and (earlier.type == event.type or other.lemma_.lower() == token.lemma_.lower()) \
            and set(event.source) <= set(earlier.source) \
            and set(event.target) <= set(earlier.target):
        between = text[earlier.trigger.end : event.trigger.start]
        if "\n" not in between:
            return ANAPHORIC_RULE
        if _relative_topic(token) and _next_paragraph(between):
            return RELATIVE_RULE
        if _subject_topic(token) and _next_paragraph(between) \
                and not (_prospective(token) and earlier.modality in _DONE):
            return SUBJECT_RULE
    return None


def _relative_topic(token: Token) -> bool:
    """"The protests, which prompted a curfew, ...": a definite event noun as the subject of its
    clause, with a relative clause saying what it led to, takes up the act already told
    (events.repeat.anaphoric-relative.v1, round 12)."""
    return token.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == "relcl" for c in token.children)


def _subject_topic(token: Token) -> bool:
    """"The attack began at noon": a definite event noun that is its clause's subject is what the
    sentence is about, the act the paragraph before told (events.repeat.anaphoric-subject.v1)."""
    return token.dep_ in {"nsubj", "nsubjpass"}


#: Modalities of an act told as done (or passed on as done).
_DONE = frozenset({"asserted", "reported"})


def _prospective(token: Token) -> bool:
    """The noun's clause tells its act as still to come: "the raid was starting soon", "the
    protest will begin on Friday", "the strike is to start", "is about to begin", "is set to
    begin" (anaphoric-subject.v2). Such a noun is not a retelling of an act told as done, even
    where the parse left it asserted."""
    verb = token.head
    if _coming(verb):
        return True
    frames = words("future_frames") | {"about", "be"}
    heads = [verb] + [c for c in verb.children if c.dep_ == "acomp"]
    happening = words("happening_verbs")
    for head in heads:
        for xcomp in (c for c in head.children if c.dep_ == "xcomp"):
            if not any(a.dep_ == "aux" and a.lower_ == "to" for a in xcomp.children):
                continue
            if head.lemma_.lower() in frames and (head.lemma_.lower() != "be"
                                                  or xcomp.lemma_.lower() in happening):
                return True
            if _coming(xcomp):
                return True
    return False


def _coming(verb: Token) -> bool:
    """A verb of taking place with a future auxiliary ("will begin"), or any verb in the
    progressive or future with an adverb of the near future ("was starting soon")."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    future = bool(auxes & words("future_auxiliaries"))
    if future and verb.lemma_.lower() in words("happening_verbs"):
        return True
    soon = any(c.dep_ == "advmod" and c.lower_ in words("prospective_adverbs")
               for c in verb.children)
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be"
                                             for c in verb.children)
    return soon and (future or progressive)


def _own_clause_time(doc: Doc, token: Token, event: Event, times: list[Time]) -> bool:
    """The retelling's date is a time on its own clause verb of taking place ("The protests
    began at 8 o'clock Tuesday", "the arrests took place on Wednesday", "is set to begin on
    Monday"), so the act it retells may take it (anaphoric-subject.v2). Not a narrative date,
    and not a time on a verb that ties the act to another ("The attack followed protests ...
    on Monday": the Monday may be the protests')."""
    if event.date.basis != "explicit" or event.date.time is None:
        return False
    time = next((t for t in times if t.id == event.date.time), None)
    span = None if time is None else doc.char_span(time.start, time.end,
                                                    alignment_mode="expand")
    if span is None:
        return False
    own = words("own_time_verbs")
    verb = token.head
    verbs = {v.i for v in [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
             if v.lemma_.lower() in own}
    inside = range(span.start, span.end)
    node = span.root
    for _ in range(6):
        if node.i in verbs:
            return True
        if node.i not in inside and node.pos_ != "ADP" and node.ent_type_ not in {"DATE", "TIME"} \
                and node.lower_ not in words("clock_nouns") and not node.like_num \
                and not (node.dep_ == "dobj" and node.lemma_.lower() == "place"):
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _next_paragraph(between: str) -> bool:
    """The later telling is in the paragraph right after the earlier's (one paragraph break)."""
    return len([p for p in between.split("\n") if p.strip()]) <= 2 and between.count("\n\n") <= 1


def _coordinated(first: Token, later: Token) -> bool:
    """``later`` is a verb conjunct of ``first`` ("arrested or detained", "fired tear gas and
    used water cannon"), or the end of a list the first opens ("attacked, burned and destroyed a
    police post", coordinated.v3): with the same type and source, and targets that fit, one act
    told with several verbs."""
    if later.dep_ != "conj" or later.pos_ != "VERB" or first.pos_ != "VERB":
        return False
    return later.head.i == first.i or _in_series(first, later)


def _in_series(first: Token, later: Token) -> bool:
    """``later`` hangs from ``first`` through a chain of verb conjuncts, and every verb from the
    first up to the one before ``later`` has no object of its own and no later one a subject of
    its own: the list shares one doer and the last verb's object ("attacked, burned and
    destroyed a post"). "attacked a post, burned a school and destroyed a bridge" names three
    objects, three acts (coordinated.v3)."""
    token = later
    for _ in range(SERIES_LENGTH):
        if token.dep_ != "conj" or token.head.i == token.i or _own_clause(token):
            return False
        token = token.head
        if _own_object(token):
            return False
        if token.i == first.i:
            return True
        if token.pos_ != "VERB":
            return False
    return False


#: How many verbs a list may hold and still be read as one act.
SERIES_LENGTH = 4
#: Dependencies that give a verb a subject of its own, or an object of its own.
_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "expl"})
_OWN_OBJECT = frozenset({"dobj", "dative", "attr", "oprd"})


def _own_clause(verb: Token) -> bool:
    return any(c.dep_ in _OWN_SUBJECT for c in verb.children)


def _own_object(verb: Token) -> bool:
    return any(c.dep_ in _OWN_OBJECT for c in verb.children)


def _modes_fit(first: str | None, later: str | None) -> bool:
    """"lay down their weapons and free their prisoners": two RETREAT verbs of different modes
    (disarm, release) are two acts, not one told twice (coordinated.v2)."""
    return not first or not later or first == later


def _targets_fit(first: list[str], later: list[str]) -> bool:
    return not first or not later or set(first) == set(later)


def _nested(first: list[str], later: list[str]) -> bool:
    return set(later) <= set(first) or set(first) <= set(later)


def _anaphoric(token: Token) -> bool:
    """A definite event noun that adds nothing new: "the crackdown", "these raids" (not "the
    second attack", "fresh raids")."""
    if token.pos_ != "NOUN":
        return False
    determiners = words("restatement_determiners")
    if not any(c.dep_ == "det" and c.lower_ in determiners for c in token.children):
        return False
    new = words("new_act_modifiers")
    return not any(c.dep_ in {"amod", "nummod", "compound", "poss", "nmod"}
                   and (c.lower_ in new or c.pos_ in {"PROPN", "NUM"} or c.ent_type_)
                   for c in token.children)


def _dates_agree(first: Event, later: Event) -> bool:
    """Not two explicit dates that differ."""
    if first.date.basis != "explicit" or later.date.basis != "explicit":
        return True
    a, b = first.date.value or "", later.date.value or ""
    return a.startswith(b) or b.startswith(a)


#: How much a date basis tells: an explicit time of the act's own over the narrative's over the
#: document's. A background act left undated ("unknown") keeps no date.
DATE_RANK = {"explicit": 3, "narrative": 2, "document_date": 1}


def _hangs_from(later: Token, first: Token, later_target: list[str]) -> bool:
    """The later verb, with no target, is the participle of a verb of disorder ("clashed,
    hurling rocks"): hanging-clause.v1."""
    if later.pos_ != "VERB" or first.pos_ != "VERB" or later.dep_ != "advcl" \
            or later.head.i != first.i:
        return False
    return not later_target and later.tag_ == "VBG" \
        and first.lemma_.lower() in words("umbrella_act_verbs")


def _fold(first: Event, later: Event, rule: str, dated: bool = True) -> None:
    first.mentions.append(later.trigger)
    if not first.target:
        first.target = list(later.target)
    elif rule != HANGING_RULE:  # a hanging clause's object need not be the act's target
        first.target += [a for a in later.target if a not in first.target]
    if dated and DATE_RANK.get(later.date.basis, 0) > DATE_RANK.get(first.date.basis, 0) \
            and first.date.basis != "unknown":
        first.date = later.date  # the restatement says when ("the rally on Monday")
    if rule not in first.rule.split("+"):
        first.rule = f"{first.rule}+{rule}"


def fold_same_day(first: Event, later: Event) -> None:
    """merge_repeats' fold: the kept event takes the later telling's trigger as a mention and
    its explicit date when the first has none ("the Sept. 21 strike" over the document date),
    and names the rule (same-day.v2). A narrative date is not taken: it may be another
    paragraph's time."""
    first.mentions.append(later.trigger)
    if later.date.basis == "explicit" and first.date.basis not in {"explicit", "unknown"}:
        first.date = later.date
    if SAME_DAY_RULE not in first.rule.split("+"):
        first.rule = f"{first.rule}+{SAME_DAY_RULE}"


def one_act(doc: Doc, first: Event, later: Event) -> bool:
    """Two events of one type, actors and modality on one day (or in one sentence) are one act
    told twice unless the later is marked as another act or names another mode
    (events.repeat.same-day.v2). "Rebels attacked Kidal on Monday. In a separate incident, rebels
    ambushed a convoy" is two ASSAULTs; "Police arrested 30 people. The arrests ..." is one."""
    token, earlier = _trigger(doc, later), _trigger(doc, first)
    if token is None or earlier is None:
        return True
    if _marked_another(token):
        return False
    if _two_unlinked_verbs(first, earlier, later, token):
        return False
    return _modes_fit(first.mode, later.mode) or _same_word(earlier, token) \
        or _alternatives(earlier, token) or _participle_of(token, earlier)


def _same_word(first: Token, later: Token) -> bool:
    """"began using tear gas ... They used tear gas": one verb told twice is one act even where
    the two tellings got different modes from their objects."""
    return first.lemma_.lower() == later.lemma_.lower()


def _two_unlinked_verbs(first: Event, earlier: Token, later: Event, token: Token) -> bool:
    """"The SAA captured the village and managed to destroy an army post": two verbs of other
    words in one sentence, with no target to say they hit the same thing and neither hanging
    from the other, are two acts (same-day.v2; "shelled the town, killing five" hangs, and "to
    ban or to restrict" names one act two ways)."""
    return first.sentence.start == later.sentence.start and not first.target \
        and not later.target and earlier.pos_ == token.pos_ == "VERB" \
        and not _same_word(earlier, token) and not _alternatives(earlier, token) \
        and not _participle_of(token, earlier) and earlier.head.i != token.i


def _alternatives(first: Token, later: Token) -> bool:
    """"arrested or detained", "to ban or to restrict": verbs joined by "or" are one act named
    two ways."""
    return later.dep_ == "conj" and later.head.i == first.i \
        and any(c.dep_ == "cc" and c.lower_ == "or" for c in first.children)


def _marked_another(token: Token) -> bool:
    """The trigger (or the verb of which it is the subject) carries a word that makes it a new
    act: "another attack", "the second raid", "In a separate incident, rebels ambushed", "they
    also agreed", "were also shot"."""
    occasion, adverbs = words("new_occasion_modifiers"), words("new_act_adverbs")
    if any(c.dep_ in {"amod", "det"} and c.lower_ in occasion for c in token.children):
        return True
    verb = token.head if token.dep_ in {"nsubj", "nsubjpass"} else token
    if token.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in adverbs
                                    for c in token.children):
        return True
    return any(_names_another_occasion(prep, occasion) for prep in verb.children
               if prep.dep_ == "prep")


def _names_another_occasion(prep: Token, new: frozenset[str]) -> bool:
    """"in a separate incident", "in another attack": a phrase on the verb whose noun is marked
    as new."""
    return any(obj.dep_ == "pobj" and any(m.dep_ in {"amod", "det"} and m.lower_ in new
                                          for m in obj.children)
               for obj in prep.children)


def _participle_of(later: Token, first: Token) -> bool:
    """"shelled the town, killing five", "attacked the town, taking and killing 70", "continued
    to fight on several fronts, fighting on several roads", "took to the streets to rally and to
    protest": the later verb hangs (through participles, infinitives and their conjuncts) from
    the first or from the verb the first completes, so both tell one act even with two verbs.
    The last link is never a bare conjunct: "captured the village and destroyed a post" is two
    clauses (same-day.v2)."""
    anchors = {first.i} | ({first.head.i} if first.dep_ == "xcomp" else set())
    token = later
    for _ in range(4):
        if token.dep_ not in _PARTICIPLE_LINKS or token.head.i == token.i:
            return False
        if token.head.i in anchors:
            return token.dep_ != "conj"
        token = token.head
    return False


#: Dependencies by which a participle, an infinitive or their conjunct hangs from a verb.
_PARTICIPLE_LINKS = frozenset({"advcl", "acl", "xcomp", "conj"})
