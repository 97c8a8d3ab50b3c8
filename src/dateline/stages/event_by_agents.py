"""Sources an event's own sentence names in a "by" phrase the argument finders do not reach.

- ``events.args.shared-passive-agent.v1``: "were detained, tortured or killed by soldiers",
  "was harassed and beaten by police": coordinated passive participles share one "by" phrase,
  which the parse hangs on the last of them; the earlier ones take its actors as their source.
  A conjunct with a subject of its own is another clause ("X was arrested and Y was killed by
  police") and lends nothing.
- ``events.args.act-doer-by.v1``: "the march was organized by the unions", "attacks carried out
  by the rebels": a noun naming the act, whose verb of doing (``actor_rules.act_doer_verbs``)
  names the doer in "by", takes the doer as its source. Verbs of reaction or cause ("condemned
  by", "triggered by") are not in the list: their agent did something else.

Act-doer-by v3 (ev36c): planning, claiming and unleashing are verbs of doing too ("the attacks
were planned by jihadists", "an attack claimed by al-Qaeda").

- ``events.args.series-doer.v1`` (ev36c): "the attack was the latest in a wave of violence
  unleashed by Islamic extremists": an act noun the copula puts in a run of acts takes the doer
  that the run's verb of doing names in "by".

Both (v2 each, ev22b): a party the "by" phrase names only through a possessive pronoun ("carried
out by supporters of his opponents": "his" is the victim's side, judged wrong in pairs21) is no
doer: only the phrase's nouns and the titles' countries count. Shared-passive-agent also lends
no agent from a verb of speech or judgement ("was seized ... and accused by the state-run
media": the media only accused him; ``actor_rules.statement_agent_verbs``).

Precision first: only actors the actors stage found at the "by" phrase's noun, never a guess.
Called from ``event_slots.arguments`` only when no source was found.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dateline.lexicons import load_data
from dateline.stages.event_passive_roles import RAISED_ACT_DOER, raised_doer_verb
from dateline.stages.event_phrase_actors import actors_of, agent_nouns
from dateline.stages.state import DocState
from dateline.stages.syntax import PASSIVE_MARKS, SUBJECTS

SHARED_PASSIVE_AGENT = "events.args.shared-passive-agent.v2"
ACT_DOER_BY = "events.args.act-doer-by.v3"
SERIES_DOER = "events.args.series-doer.v1"


def _doer_verbs() -> frozenset[str]:
    return _rule_words("act_doer_verbs")


def _rule_words(key: str) -> frozenset[str]:
    value = load_data("actor_rules").get(key) or []
    return frozenset(str(w) for w in value)


def _passive(token: Token) -> bool:
    """A participle in the passive: its own passive marks, or a bare participle coordinated
    under one ("were detained, tortured ..."), with no subject of its own."""
    if token.tag_ != "VBN" or any(c.dep_ == "dobj" for c in token.children):
        return False
    if any(c.dep_ in PASSIVE_MARKS for c in token.children):
        return True
    return token.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in token.children) \
        and _passive(token.head)


def _misparsed_list(token: Token) -> list[Token]:
    """"detained, tortured or killed": the parse may take the middle participle of a list for
    an adverbial clause; with its comma before and its own "or"/"and" it is a list member."""
    return [c for c in token.children if c.dep_ == "advcl" and c.tag_ == "VBN"
            and c.i == token.i + 2 and token.doc[token.i + 1].text == ","
            and any(d.dep_ == "cc" for d in c.children)]


def _later_conjuncts(token: Token) -> list[Token]:
    """The participles coordinated after the trigger, each without a subject of its own."""
    members = [m for c in _misparsed_list(token) for m in (c, *c.conjuncts)]
    return [c for c in [*token.conjuncts, *members] if c.i > token.i and c.tag_ == "VBN"
            and not any(s.dep_ in SUBJECTS for s in c.children)]


def shared_passive_agents(token: Token, state: DocState) -> list[str]:
    if not _passive(token) or agent_nouns(token):
        return []
    for conjunct in _later_conjuncts(token):
        if nouns := agent_nouns(conjunct):
            if conjunct.lemma_.lower() in _rule_words("statement_agent_verbs"):
                return []  # "seized ... and accused by the media": the media only spoke
            return _doers(nouns, state)
    return []


def _doers(nouns: list[Token], state: DocState) -> list[str]:
    """The actors of a "by" phrase's nouns, less a party it names only by a possessive pronoun
    ("by members of his opponents": "his" is no doer)."""
    found = actors_of(nouns, state)
    owners = {m.actor_id for noun in nouns for t in noun.subtree if t.tag_ == "PRP$"
              for m in state.mentions_at(t.i)}
    heads = {m.actor_id for noun in nouns for m in state.mentions_at(noun.i)}
    return [a for a in found if a in heads or a not in owners]


def doer_verb(token: Token) -> Token | None:
    """The verb of doing that predicates the act noun: "the march was organized by",
    "attacks carried out by"."""
    verbs = _doer_verbs()
    if token.dep_ == "nsubjpass" and token.head.lemma_.lower() in verbs:
        return token.head
    return next((c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in verbs), None)


def act_doers(token: Token, state: DocState) -> list[str]:
    if token.pos_ not in {"NOUN", "PROPN"}:
        return []
    verb = doer_verb(token)
    return _doers(agent_nouns(verb), state) if verb is not None else []


def raised_doers(token: Token, state: DocState) -> list[str]:
    """"The attack appears to have been carried out by hackers" (event_passive_roles)."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return []
    verb = raised_doer_verb(token, _doer_verbs())
    return _doers(agent_nouns(verb), state) if verb is not None else []


#: Prepositions through which the predicate of a nominal event names the run of acts it is one
#: of ("the latest in a wave of violence", "part of a series of attacks").
SERIES_PREPS = frozenset({"in", "of"})
SERIES_DEPTH = 3


def series_verb(token: Token) -> Token | None:
    """"The attack was the latest in a wave of violence unleashed by extremists", "the bombing
    was part of a series of attacks carried out by the rebels": the verb of doing on the run
    of acts that the copula says the act noun ``token`` belongs to (``SERIES_DOER``)."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ != "nsubj" or token.head.lemma_ != "be":
        return None
    nouns = [c for c in token.head.children if c.dep_ == "attr"]
    for _ in range(SERIES_DEPTH):
        for noun in nouns:
            if (verb := doer_verb(noun)) is not None and agent_nouns(verb):
                return verb
        nouns = [p for n in nouns for c in n.children if c.dep_ == "prep"
                 and c.lower_ in SERIES_PREPS for p in c.children if p.dep_ == "pobj"]
    return None


def series_doers(token: Token, state: DocState) -> list[str]:
    verb = series_verb(token)
    return _doers(agent_nouns(verb), state) if verb is not None else []


FINDERS: tuple[tuple[Callable[[Token, DocState], list[str]], str], ...] = (
    (shared_passive_agents, SHARED_PASSIVE_AGENT), (act_doers, ACT_DOER_BY),
    (series_doers, SERIES_DOER), (raised_doers, RAISED_ACT_DOER))


def named_agents(token: Token, targets: list[str], state: DocState) -> tuple[list[str], str]:
    """The source a "by" phrase names for an event left without one, and the rule's name;
    never one of the event's own targets."""
    for finder, rule in FINDERS:
        found = [a for a in dict.fromkeys(finder(token, state)) if a not in targets]
        if found:
            return found, rule
    return [], ""
