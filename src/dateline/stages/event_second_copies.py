"""Second copies of an act already coded from the sentence (wave 82, issue 11: spurious events,
"a second event for the act already coded from the same sentence"). Each copy is folded into
the event it retells, which keeps its own arguments and date, takes the copy's trigger as a
mention and names the rule that folded it.

``events.repeat.result-participle.v1``: a verb of ending ("end", ``clauses.result_verbs``) that
a trigger lexicon reads as a call-off of force (RETREAT), hung as an adverbial -ing participle
on another event's verb, tells that act's result, not a ceasefire of its own: "signed a peace
deal, formally ending the insurgency", "had taken the city, ending a siege". Coders code the act
once. An ending with a subject of its own ("troops stormed the town and the rebels ended their
campaign"), joined by "and" rather than hung as a participle, or hung on a verb that holds no
event stays its own act. (A siege ended by force, "ended the siege, killing four attackers", is
sense.end-siege-by-force's, wave 80.)

``events.repeat.apposed-noun.v1``: an event noun set beside a noun phrase as its apposition
("spoke by telephone with the chancellor, the first conversation between them", "made a visit to
Pakistan ..., the first trip there by an Indian leader") renames the first act of its type and
modality that the sentence told before it. With no such event before it, it is left alone.

``events.repeat.setting-noun.v1`` (wave 83, ev83k; round 51 judges): an event noun of the verb's
type as the object of "in", "during", "amid" (``clauses.setting_noun_preps``) hung on that
verb's event names the act the verb took place in ("were killed in clashes between protesters
and police", "marched ... in the largest demonstration in years"). Left alone: a noun with a
party of its own before it ("fired during a Russian bombardment": another side's act, "during
their protest"), and a noun of another type ("arrested during protests").

``events.repeat.purpose-infinitive.v2`` (wave 91, ev91d; rounds 45-53 judges): an infinitive of
purpose with no subject of its own that the act performs (``times.realised_purpose_verbs``: "to
protest against the levy", "to condemn the raid") hung on a verb whose event, or whose object's
event, is of the same type tells what that act was for, not a second act: "blocked roads to
protest against the law", "will stage a strike to protest against low pay". Coders code the act
once. A purpose of another type stays its own act ("called her to congratulate her": a call and
praise; "flew to the capital to ask for aid": a visit and a request); a meeting "to discuss"
is left alone (a case set codes it apart). v2 (wave 105, ev105g): "summoned the envoy to lodge a
protest" is the one complaint (``lodge`` joined the list; judged round 83 called the second copy
spurious).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.record import Event
from dateline.stages.syntax import words

__all__ = ["APPOSED_RULE", "PURPOSE_RULE", "RESULT_RULE", "SETTING_RULE", "fold_second_copies"]

RESULT_RULE = "events.repeat.result-participle.v1"
APPOSED_RULE = "events.repeat.apposed-noun.v1"
SETTING_RULE = "events.repeat.setting-noun.v1"
PURPOSE_RULE = "events.repeat.purpose-infinitive.v2"
#: Dependencies of an infinitive of purpose on the verb it hangs on.
_PURPOSE_DEPS = frozenset({"advcl"})
#: Dependencies of a party named before an event noun ("Russian bombardment", "their protest").
_NOUN_PARTY_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
#: Entity labels of a party named in such a modifier.
_PARTY_LABELS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
#: The type an ending is read as (a ceasefire, a halt of force).
_ENDING_TYPE = "RETREAT"
#: Subjects that give a participle a clause of its own ("the rebels ending their campaign").
_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "expl"})


def fold_second_copies(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` without the second copies of the module docstring, each folded into the event
    it retells; the rest in order, ids unchanged (fold_repeats renumbers)."""
    by_token: dict[int, Event] = {}
    for event in events:
        token = _trigger(doc, event)
        if token is not None:
            by_token.setdefault(token.i, event)
    dropped: set[int] = set()
    for index, event in by_token.items():
        found = _retold(doc[index], event, by_token, dropped)
        if found is None:
            continue
        keeper, rule = found
        _fold(keeper, event, rule)
        dropped.add(index)
    if not dropped:
        return events
    gone = {id(by_token[i]) for i in dropped}
    return [e for e in events if id(e) not in gone]


def _retold(token: Token, event: Event, by_token: dict[int, Event],
            dropped: set[int]) -> tuple[Event, str] | None:
    """The event ``event`` is a second copy of, with the rule that says so."""
    if event.type == _ENDING_TYPE and token.lemma_.lower() in words("result_verbs"):
        keeper = _act_it_results_from(token, by_token)
        if keeper is not None and keeper.modality == event.modality:
            return keeper, RESULT_RULE
    if token.pos_ == "NOUN" and token.dep_ == "appos":
        keeper = _renamed_act(token, event, by_token, dropped)
        if keeper is not None:
            return keeper, APPOSED_RULE
    keeper = _same_type_head(_setting_verb(token), event, by_token, dropped)
    if keeper is not None:
        return keeper, SETTING_RULE
    keeper = _purposed_act(token, event, by_token, dropped)
    if keeper is not None:
        return keeper, PURPOSE_RULE
    return None


def _purpose_infinitive(token: Token) -> bool:
    """A "to" infinitive of purpose with no subject of its own: "marched [to protest]"."""
    return token.dep_ in _PURPOSE_DEPS and token.pos_ == "VERB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
        and not any(c.dep_ in _OWN_SUBJECT for c in token.children)


def _purposed_act(token: Token, event: Event, by_token: dict[int, Event],
                  dropped: set[int]) -> Event | None:
    """The same-type event of the verb a purpose infinitive hangs on, or of that verb's direct
    object ("stage [a strike] to protest"), when it precedes the infinitive. Only purposes the
    act itself performs (``times.realised_purpose_verbs``: protest, demand, condemn): a meeting
    "to discuss" or "to negotiate" may be coded apart by the case sets, so it is left alone."""
    if not _purpose_infinitive(token) or token.head.i >= token.i \
            or token.lemma_.lower() not in words("realised_purpose_verbs", "times"):
        return None
    head = token.head
    for candidate in (head, *(c for c in head.children if c.dep_ == "dobj" and c.i < token.i)):
        keeper = _same_type_head(candidate, event, by_token, dropped)
        if keeper is not None:
            return keeper
    return None


def _same_type_head(head: Token | None, event: Event, by_token: dict[int, Event],
                    dropped: set[int]) -> Event | None:
    """The event of ``head`` when it is of the event's type and not itself folded away."""
    if head is None or head.i in dropped:
        return None
    keeper = by_token.get(head.i)
    return keeper if keeper is not None and keeper is not event \
        and keeper.type == event.type else None


def _setting_verb(token: Token) -> Token | None:
    """The verb whose "in"/"during" phrase the event noun is ("killed [in clashes]"), when the
    noun names no party of its own before it."""
    prep = token.head
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or prep.dep_ != "prep" \
            or prep.lower_ not in words("setting_noun_preps") or prep.head.pos_ != "VERB":
        return None
    if any(_names_party(c) for c in token.children if c.dep_ in _NOUN_PARTY_DEPS):
        return None
    return prep.head


def _names_party(modifier: Token) -> bool:
    """A possessor, or a modifier that is a named party or people ("Russian", "Hamas")."""
    return modifier.dep_ == "poss" or modifier.ent_type_ in _PARTY_LABELS


def _renamed_act(token: Token, event: Event, by_token: dict[int, Event],
                 dropped: set[int]) -> Event | None:
    """The first event of the sentence before the apposed noun with its type and modality: the
    act the sentence leads with ("made a visit ..., stopping to meet X, the first trip there"
    renames the visit)."""
    for index in sorted(i for i in by_token if i < token.i and i not in dropped):
        earlier = by_token[index]
        if earlier.sentence.start == event.sentence.start and earlier.type == event.type \
                and earlier.modality == event.modality:
            return earlier
    return None


def _trigger(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None else None


def _participle(token: Token) -> bool:
    """An adverbial -ing participle with no subject of its own: ", ending a siege"."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" \
        and not any(c.dep_ in _OWN_SUBJECT for c in token.children)


def _act_it_results_from(token: Token, by_token: dict[int, Event]) -> Event | None:
    """The event of the verb the ending hangs on as a participle ("stormed ..., ending")."""
    if not _participle(token) or token.head.i == token.i:
        return None
    head = by_token.get(token.head.i)
    return head if head is not None and head.type != _ENDING_TYPE else None


def _fold(keeper: Event, copy: Event, rule: str) -> None:
    """The kept event takes the copy as a mention and names the rule; not its target (the thing
    ended, "the insurgency", is no party of the signing), except a purpose's when the act has
    none (what a strike is "to protest against" is what the strike is against), nor its date (a
    copy's date may be another act's: "the first conversation since the election last year")."""
    keeper.mentions.append(copy.trigger)
    if rule == PURPOSE_RULE and not keeper.target and copy.target:
        keeper.target = list(copy.target)  # "staged a strike to protest against the ministry"
    if rule not in keeper.rule.split("+"):
        keeper.rule = f"{keeper.rule}+{rule}"
