"""The threads stage: events and quotes about one object between the same parties, in order.

An exchange in an article is a chain of steps: a proposal or a demand, responses, acceptance,
rejection, counter-offers, implementation, breaches. For each event the stage looks for an object
noun among the trigger's own arguments ("handed Armenia a revised draft", "the proposals call for",
"rejected these requirements"), gives the event a role from the lexicon (`lexicon/threads.yaml`),
and joins it to the thread whose parties and topic it shares. An event without an object of its
own joins only an existing thread of the same parties, and only for roles that answer something
(reject, accept, respond, counter, breach). Steps by the same party with the same role on the same
date are one step with all its evidence. Cross-article linking works on records
(``dateline.exchanges``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import POS
from spacy.language import Language
from spacy.symbols import IDS as SYMBOLS
from spacy.tokens import Doc, Span, Token

from dateline.lexicons import LexiconData, active
from dateline.record import Actor, Event, EventDate, Quote, Thread, ThreadStep
from dateline.record import Span as TextSpan
from dateline.stages.base import DEFAULT_CONFIG, Stage
from dateline.stages.modality import modality_of
from dateline.stages.state import DocState, state_of
from dateline.stages.syntax import doc_text
from dateline.stages.times import when

#: Dependency labels of a trigger's own arguments where an object noun is looked for.
ARGUMENT_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "dative", "oprd", "pobj", "prep", "agent",
                 "poss", "compound", "conj", "appos", "amod"}
#: Clauses an argument search does not enter: they are other events.
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "xcomp", "csubj", "parataxis", "acl"}
#: Sectors whose actors are parties to an exchange between states and international bodies.
STATE_SECTORS = {None, "GOV", "MIL", "IGO", "LEG", "JUD", "COP", "ELI", "DIP"}
#: Roles an event may take without an object noun of its own, joining an existing thread.
ANSWERING_ROLES = {"REJECT", "ACCEPT", "RESPOND", "COUNTER", "BREACH", "REQUEST"}


@dataclass(frozen=True)
class RoleRule:
    rule: str
    role: str
    lemmas: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    needs_object: bool = True

    def matches(self, lemma: str, event_type: str, family: str | None) -> bool:
        if self.lemmas and lemma not in self.lemmas:
            return False
        if self.types and event_type not in self.types:
            return False
        if self.objects and family not in self.objects:
            return False
        return family is not None or not self.needs_object


@dataclass(frozen=True)
class ThreadLexicon:
    families: dict[str, str]  # object lemma -> family
    topics: dict[str, str]  # word lemma -> topic
    receivers: frozenset[str]
    roles: tuple[RoleRule, ...]
    verb_lemmas: frozenset[str]


def thread_lexicon() -> ThreadLexicon:
    """The threads lexicon of the running stage (built once per lexicon data)."""
    return active().derived("threads.lexicon", _build_lexicon)


def _build_lexicon(lexicon: LexiconData) -> ThreadLexicon:
    data: dict[str, Any] = lexicon.section("threads")
    families = {lemma: family for family, lemmas in data["objects"].items() for lemma in lemmas}
    topics = {lemma: topic for topic, lemmas in data["topics"].items() for lemma in lemmas}
    roles = tuple(
        RoleRule(rule=r["rule"], role=r["role"], lemmas=frozenset(r.get("lemmas", [])),
                 types=frozenset(r.get("types", [])), objects=frozenset(r.get("objects", [])),
                 needs_object=bool(r.get("needs_object", True)))
        for r in data["roles"]
    )
    verbs = frozenset(lemma for r in roles for lemma in r.lemmas)
    return ThreadLexicon(families, topics, frozenset(data["receivers"]), roles, verbs)


@dataclass
class Candidate:
    """One event's place in an exchange, before threads are formed."""

    event: Event
    role: str
    rule: str
    actor_codes: frozenset[str]
    parties: frozenset[str]
    topic: str | None
    object_span: TextSpan | None
    position: int
    evidence: list[TextSpan] = field(default_factory=list)
    family: str | None = None


@Language.factory(
    "dateline_threads",
    default_config=DEFAULT_CONFIG,
    requires=["token.dep", "token.lemma", "doc.user_data"],
    assigns=["doc.spans", "doc.user_data"],
)
def make_threads_stage(nlp: Language, name: str, user_lexicons: list[dict[str, Any]],
                       on_error: str) -> ThreadsStage:
    return ThreadsStage(name, user_lexicons, on_error)


class ThreadsStage(Stage):
    sections = ("threads", "clauses")
    table = "threads"
    reads = ("times", "actors", "quotes", "events")

    def process(self, doc: Doc, state: DocState) -> None:
        state.threads = build_threads(doc, state.events, state.quotes, state.actors)


#: The parts of speech ``_verb_candidate`` reads (as ``Doc.to_array(POS)`` gives them).
VERB_POS = frozenset({SYMBOLS["VERB"], SYMBOLS["AUX"]})


def build_threads(doc: Doc, events: list[Event], quotes: list[Quote],
                  actors: list[Actor]) -> list[Thread]:
    """The article's exchange threads. A thread of one step (a proposal handed over) is kept: a
    later article may carry its answer (``dateline.exchanges`` links them)."""
    by_id = {actor.id: actor for actor in actors}
    candidates = [c for e in events if (c := _candidate(doc, e, by_id)) is not None]
    taken = {c.event.trigger.start for c in candidates}
    verbs = (doc[i] for i, pos in enumerate(doc.to_array(POS).tolist()) if pos in VERB_POS)
    candidates += [c for token in verbs  # _verb_candidate takes only these: no Token for others
                   if token.idx not in taken and (c := _verb_candidate(doc, token, by_id))]
    groups = _clusters(candidates)
    groups.sort(key=lambda g: min(c.position for c in g))
    return [_finish(number, group, quotes) for number, group in enumerate(groups, start=1)]


def _clusters(candidates: list[Candidate]) -> list[list[Candidate]]:
    """Candidates linked when they share two parties, or one party and the topic of an object
    each names; an answer with no object joins only through two shared parties."""
    parent = list(range(len(candidates)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, first in enumerate(candidates):
        for j in range(i + 1, len(candidates)):
            if _linked(first, candidates[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[Candidate]] = {}
    for i, candidate in enumerate(candidates):
        groups.setdefault(root(i), []).append(candidate)
    return [g for g in groups.values() if _is_exchange(g)]


def _is_exchange(group: list[Candidate]) -> bool:
    """Two parties, or one party acting on a named object (its counterpart may be in another
    article: "Armenia rejected the amendments")."""
    if not any(c.topic is not None for c in group):
        return False
    parties = {code for c in group for code in c.parties}
    return len(parties) >= 2 or any(c.object_span is not None for c in group)


def _linked(first: Candidate, second: Candidate) -> bool:
    shared = len(first.parties & second.parties)
    if shared >= 2:
        return _same_topic(first, second)
    if shared == 1 and first.topic is not None and second.topic is not None:
        return first.topic == second.topic or _open_answer(first) or _open_answer(second)
    if shared == 1:  # "Yerevan would respond": one party, answering the exchange it is in
        lone = first if first.topic is None else second
        return len(lone.parties) == 1 and lone.role in ANSWERING_ROLES
    return False


def _open_answer(candidate: Candidate) -> bool:
    """One party's answer about "its answer" or "a reply" with no subject of its own ("Moscow
    would give its answer"): it answers whatever exchange that party is in."""
    return (len(candidate.parties) == 1 and candidate.role in ANSWERING_ROLES
            and candidate.family == "response" and candidate.topic == "exchange")


def _same_topic(first: Candidate, second: Candidate) -> bool:
    if first.topic is None or second.topic is None:
        return (first.role in ANSWERING_ROLES) or (second.role in ANSWERING_ROLES)
    return first.topic == second.topic


def _candidate(doc: Doc, event: Event, actors: dict[str, Actor]) -> Candidate | None:
    trigger = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if trigger is None:
        return None
    token = trigger.root
    lemma = _verb_lemma(token)
    lexicon = thread_lexicon()
    obj = _object_noun(token, lexicon)
    family = lexicon.families.get(obj.lemma_.lower()) if obj is not None else None
    rule = next((r for r in lexicon.roles if r.matches(lemma, event.type, family)), None)
    source, target = _codes(event.source, actors), _codes(event.target, actors)
    if rule is None or not source or not target or len(source | target) < 2:
        return None
    acting = target if _received(lemma, rule, family, lexicon) and target else source
    object_span = _phrase_span(doc, obj) if obj is not None else None
    evidence = [event.trigger] + ([object_span] if object_span else [])
    return Candidate(event, rule.role, rule.rule, frozenset(acting), frozenset(source | target),
                     _topic(obj, lexicon) if obj is not None else None, object_span,
                     event.trigger.start, evidence, family)


def _verb_candidate(doc: Doc, token: Token, actors: dict[str, Actor]) -> Candidate | None:
    """An act the events stage does not code (a proposal studied, a reply promised, a deal taking
    effect): a verb of the role lexicon with an object noun of its own, or an answering verb."""
    lexicon = thread_lexicon()
    lemma = token.lemma_.lower()
    if token.pos_ not in {"VERB", "AUX"} or lemma not in lexicon.verb_lemmas:
        return None
    obj = _object_noun(token, lexicon)
    family = lexicon.families.get(obj.lemma_.lower()) if obj is not None else None
    rule = next((r for r in lexicon.roles if not r.types and r.matches(lemma, "", family)), None)
    if rule is None:
        return None
    state = state_of(doc)
    subject, other = _verb_parties(token, obj, state)
    acting = _codes(subject, actors)
    if _received(lemma, rule, family, lexicon):
        acting, others = _codes(other, actors), acting
    else:
        others = _codes(other, actors)
    if not acting:
        return None
    event = _pseudo_event(doc, token, subject, other)
    object_span = _phrase_span(doc, obj) if obj is not None else None
    evidence = [event.trigger] + ([object_span] if object_span else [])
    return Candidate(event, rule.role, rule.rule.replace(".v1", ".verb.v1"), frozenset(acting),
                     frozenset(acting | others),
                     _topic(obj, lexicon) if obj is not None else None, object_span,
                     token.idx, evidence, family)


def _received(lemma: str, rule: RoleRule, family: str | None, lexicon: ThreadLexicon) -> bool:
    """Whether the act's grammatical subject is its receiver ("Russia received the US
    response": the US responded). Receiving a proposal or a demand is the receiver's own
    step (it acknowledges it: "China had received the proposal"), so only the giving acts
    flip: a proposal, a demand or a response handed over."""
    if lemma not in lexicon.receivers:
        return False
    return not (rule.role == "RESPOND" and family not in {"response", None})


def _verb_parties(token: Token, obj: Token | None, state: Any) -> tuple[list[str], list[str]]:
    """Actor ids of the verb's subject (or passive agent), and of the other side: indirect
    objects, "to"/"with"/"from" phrases, and the object's owner ("Baku's proposal")."""
    def ids(tokens: list[Token]) -> list[str]:
        return [m.actor_id for t in tokens for i in range(t.left_edge.i, t.i + 1)
                for m in state.mentions_at(i)]

    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if obj is not None and obj in subjects and obj.dep_ == "nsubj":
        # the object acts itself ("the ceasefire between Thailand and Cambodia took effect"):
        # a joint act of the parties it names
        return [m.actor_id for t in obj.subtree for m in state.mentions_at(t.i)], []
    agents = [g for c in token.children if c.dep_ == "agent" for g in c.children]
    passive = any(c.dep_ == "nsubjpass" for c in token.children)
    side = [c for c in token.children if c.dep_ in {"dative", "iobj"}
            or (c.dep_ == "dobj" and c is not obj)]  # "presented Russia with a plan"
    side += [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"to", "with", "from"}
             for g in c.children if g.dep_ == "pobj"]
    owners = [c for c in obj.children if c.dep_ in {"poss", "amod", "compound"}] if obj else []
    if passive:
        acting = ids(agents) or ids(_reporter(token))
        return acting, ids(side) + ids(owners) + ids(subjects)
    return ids(subjects), ids(side) + ids(owners)


#: How many clause links (``ccomp``, ``conj``, ``advcl``) to climb to the verb of saying.
REPORT_DEPTH = 3


def _reporter(token: Token) -> list[Token]:
    """The subject of the verb that reports a passive act with no agent ("Armenia said the draft
    treaty was being studied": Armenia studies it); empty when there is none."""
    current = token
    for _ in range(REPORT_DEPTH):
        if current.dep_ not in {"ccomp", "conj", "advcl"} or current.head.i == current.i:
            return []
        current = current.head
        subjects = [c for c in current.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects
    return []


def _pseudo_event(doc: Doc, token: Token, source: list[str], target: list[str]) -> Event:
    """The act as an event-shaped value for ordering and dating; steps built from it name no
    event (``ThreadStep.event`` is None)."""
    answer = when(doc, token.i)
    modality = modality_of(token)
    date = EventDate(answer.value, answer.time, answer.basis)
    if modality in {"hypothetical", "future"} and answer.basis != "explicit":
        date = EventDate(None, None, "unknown")
    trigger = TextSpan.of(doc_text(doc), token.idx, token.idx + len(token.text))
    sentence = token.sent
    return Event(id="", type="", mode=None, cameo=None, source=source, target=target, date=date,
                 modality=modality, reported_by=None, trigger=trigger,
                 sentence=TextSpan.of(doc_text(doc), sentence.start_char, sentence.end_char),
                 rule="threads.act.v1", confidence=0.5)


def _verb_lemma(token: Token) -> str:
    """The trigger's lemma; for a noun trigger governed by a light verb, the noun's own lemma
    ("issued a rejection" -> rejection is REJECT by type already)."""
    return token.lemma_.lower()


#: How many dependency steps below the trigger an object noun may sit ("handed [Armenia]
#: [a revised [draft [of [the treaty]]]]").
OBJECT_DEPTH = 3


def _object_noun(token: Token, lexicon: ThreadLexicon) -> Token | None:
    """The nearest object noun among the trigger's own arguments, the trigger's subject included
    ("the draft treaties call for"); a noun trigger may be its own object ("its demand")."""
    if token.lemma_.lower() in lexicon.families and token.pos_ in {"NOUN", "PROPN"}:
        return token
    frontier = [(c, 1) for c in token.children if c.dep_ in ARGUMENT_DEPS]
    if token.dep_ in {"xcomp", "acomp"} and token.head.i != token.i:  # "refused to accept X"
        frontier += [(c, 1) for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    while frontier:
        current, depth = frontier.pop(0)
        if current.pos_ in {"NOUN", "PROPN"} and current.lemma_.lower() in lexicon.families:
            return current
        if depth < OBJECT_DEPTH:
            frontier += [(c, depth + 1) for c in current.children
                         if c.dep_ in ARGUMENT_DEPS and c.dep_ not in CLAUSE_DEPS]
    return None


def _topic(noun: Token, lexicon: ThreadLexicon) -> str:
    words = [t.lemma_.lower() for t in noun.subtree if abs(t.i - noun.i) <= 6]
    return next((lexicon.topics[w] for w in words if w in lexicon.topics), "exchange")


def _phrase_span(doc: Doc, noun: Token) -> TextSpan:
    left = noun
    for child in noun.lefts:
        if child.dep_ in {"det", "amod", "compound", "nummod", "poss"} and child.i < left.i:
            left = child
            break
    span: Span = doc[left.i : noun.i + 1]
    return TextSpan.of(doc_text(doc), span.start_char, span.end_char)


def _codes(actor_ids: list[str], actors: dict[str, Actor]) -> set[str]:
    codes = set()
    for actor_id in actor_ids:
        actor = actors.get(actor_id)
        if actor is not None and actor.country and actor.sector in STATE_SECTORS:
            codes.add(actor.country)
    return codes


def _merged_steps(candidates: list[Candidate]) -> list[list[Candidate]]:
    """Candidates grouped into steps: one role, one acting party, one date."""
    steps: dict[tuple[str, frozenset[str], str | None, str], list[Candidate]] = {}
    for candidate in candidates:
        date = candidate.event.date.value
        key = (candidate.role, candidate.actor_codes, date, candidate.event.modality)
        steps.setdefault(key, []).append(candidate)
    return list(steps.values())


def _finish(number: int, group: list[Candidate], quotes: list[Quote]) -> Thread:
    steps = [_step(step, quotes) for step in _merged_steps(group)]
    steps.sort(key=lambda s: (_order_date(s.date), _first_offset(s)))
    parties = sorted({code for c in group for code in c.parties})
    return Thread(id=f"th{number}", object=_thread_object(group), parties=parties, steps=steps)


def _thread_object(group: list[Candidate]) -> TextSpan | None:
    """The object as the exchange's first step names it (the proposal, not the response)."""
    named = sorted((c for c in group if c.object_span is not None),
                   key=lambda c: (_order_date(c.event.date), c.position))
    return named[0].object_span if named else None


def _step(group: list[Candidate], quotes: list[Quote]) -> ThreadStep:
    first = group[0]
    evidence = sorted({span for c in group for span in c.evidence}, key=lambda s: s.start)
    quote = next((q.id for q in quotes
                  if q.content.start <= first.event.trigger.start < q.content.end), None)
    date = first.event.date
    event_id = next((c.event.id for c in group if c.event.id), None)
    return ThreadStep(role=first.role, event=event_id,  # type: ignore[arg-type]
                      quote=quote,
                      date=EventDate(date.value, date.time, date.basis),
                      modality=first.event.modality, evidence=evidence, rule=first.rule)


def _order_date(date: EventDate) -> str:
    """Undated steps (a hinted rejection) sort after every dated one of the thread."""
    return date.start or "9999-12-31"


def _first_offset(step: ThreadStep) -> int:
    return step.evidence[0].start if step.evidence else 0
