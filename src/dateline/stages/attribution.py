"""Attribution beyond speech verbs (issue 13): cue classes, cue and source extents, and contents
that are objects or infinitives rather than clauses.

Conventions (PARC 3.0 / PolNeAR as adapted in issue 13): the source is the whole noun phrase of the
attributed entity, with its title, apposition and relative clause; the cue is the verb with its
auxiliaries and particle ("has also said", "called on"); the content is the whole attributed clause
or noun phrase, an infinitival content keeping its "to" and its addressee ("all parties to act").
"""

from __future__ import annotations

from typing import Any, cast

from spacy.tokens import Span, Token

from dateline.lexicons import load_data
from dateline.record import CueClass
from dateline.stages.state import DocState

AUXILIARIES = {"aux", "auxpass"}
#: Children of a source's head that are not part of the source ("Lavrov, speaking in Geneva,").
NOT_SOURCE = {"advcl", "punct", "cc", "mark", "advmod"}


def _classes() -> dict[str, Any]:
    data: dict[str, Any] = load_data("cue_classes")
    return data


def cue_key(cue: Token) -> str:
    """The lexicon key of a cue: its lemma, with a following particle when the pair is listed."""
    particle = _particle(cue)
    return f"{cue.lemma_} {particle.lower_}" if particle is not None else cue.lemma_


def _particle(cue: Token) -> Token | None:
    doc = cue.doc
    if cue.i + 1 >= len(doc):
        return None
    from dateline.stages.quotes import cues  # after the cheap test: an import costs per call

    after = doc[cue.i + 1]
    if after.head == cue and after.dep_ in {"prt", "prep"} and (
            f"{cue.lemma_} {after.lower_}" in cues()):
        return after
    return None


def cue_extent(cue: Token) -> tuple[int, int]:
    """The cue verb with its auxiliaries (and what stands between them) and its particle:
    "has said", "had also reported", "is seeking", "called on", "quoted as saying"."""
    doc = cue.doc
    first = cue.i
    for child in cue.lefts:
        if child.dep_ in AUXILIARIES and child.i >= cue.i - 4 and child.lower_ != "to":
            first = min(first, child.i)
    if first < cue.i and any(t.is_punct for t in doc[first : cue.i]):
        first = cue.i
    if cue.i >= 2 and doc[cue.i - 1].lower_ == "as" and doc[cue.i - 2].lower_ == "quoted":
        quoted = doc[cue.i - 2]
        first = min([quoted.i] + [c.i for c in quoted.lefts if c.dep_ in AUXILIARIES])
    particle = _particle(cue) or next(
        (c for c in cue.children if c.dep_ == "prt" and c.i == cue.i + 1), None)
    last = doc[particle.i] if particle is not None else cue
    return doc[first].idx, last.idx + len(last.text)


def source_phrase(head: Token, without: Token | None = None) -> Span:
    """The whole noun phrase of a source: the head's subtree without clausal asides at its edges
    ("Eriki Oerino, president of the firm, which is chartered by the government"), without the
    clause ``without`` and without a time ("the chief of staff on Tuesday")."""
    doc = head.doc
    dropped = {t.i for c in head.children if _aside(c, without) for t in c.subtree}
    if without is not None:
        dropped |= {t.i for t in without.subtree}
    kept = [t for t in head.subtree if t.i not in dropped]
    start, end = min(t.i for t in kept), max(t.i for t in kept) + 1
    if without is not None and without.i > head.i:  # the source ends where that clause starts
        end = min(end, min(t.i for t in without.subtree))
    span = doc[start:end]
    while len(span) > 1 and (span[-1].tag_ == "POS" or span[-1].dep_ == "cc" or (
            span[-1].is_punct and not (span[-1].text == ")" and "(" in span.text))):
        span = doc[span.start : span.end - 1]
    while len(span) > 1 and (span[0].is_punct or span[0].tag_ == "POS"):
        span = doc[span.start + 1 : span.end]
    return span


def _aside(child: Token, without: Token | None) -> bool:
    if child == without or child.dep_ in NOT_SOURCE:
        return True
    times = {"DATE", "TIME"}
    if child.dep_ == "npadvmod" and child.ent_type_ in times:
        return True
    return child.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in times for c in child.children)


def speaker_outside_clause(cue: Token) -> Span | None:
    """The source of a cue in a clause that modifies it: "Paulina Günter, who told ...",
    "a letter to the board stating ..."."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if cue.dep_ == "relcl" and subject is not None and subject.tag_ in {"WP", "WDT"}:
        return source_phrase(_antecedent(cue.head), without=cue)
    if cue.dep_ == "acl" and cue.tag_ == "VBG" and subject is None and cue.head.pos_ in {
            "NOUN", "PROPN"}:
        return source_phrase(cue.head, without=cue)
    return None


def _path(token: Token, head: Token) -> list[Token]:
    """The tokens from ``token`` up to (not including) ``head``."""
    path = []
    while token != head and token.head != token:
        path.append(token)
        token = token.head
    return path


def _antecedent(noun: Token) -> Token:
    """The noun a relative clause is about when the parser hung it on the last noun of an "of"
    phrase ("groups representing victims of wartime forced labour, who said ...")."""
    while (noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "of"
           and noun.head.head.pos_ in {"NOUN", "PROPN"}):
        noun = noun.head.head
    return noun


def cue_class(cue_word: str | None, source: Span | None, state: DocState) -> CueClass:
    """``document`` for a document or publication source, else the cue's class, else speech."""
    data = _classes()
    if source is not None and _is_document(source, state, data):
        return "document"
    if cue_word is not None and cue_word in data["classes"]:
        return cast(CueClass, data["classes"][cue_word])
    if cue_word is not None and _belief_cue(cue_word):
        return "thought"  # quotes.cue-class.v2: "have known", "understands", "the expectation"
    return "speech"


def _belief_cue(cue_word: str) -> bool:
    """A cue the speech-cue lexicon flags as a belief (a verb or a reporting noun)."""
    from dateline.stages.quotes import cues, reporting_nouns

    flags = cues().get(cue_word) or reporting_nouns().get(cue_word) or {}
    return bool(flags.get("belief"))


def _is_document(source: Span, state: DocState, data: dict[str, Any]) -> bool:
    head = source.root
    heads = data["document_heads"]
    if head.lemma_ in data["document_parts"]:  # "the text of Jobs's email"
        head = next((o for p in head.rights if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), head)
    if head.pos_ != "PROPN" and (head.lower_ in heads or head.lemma_ in heads):
        return True
    if any(c.dep_ in {"compound", "amod", "nmod", "appos"} and c.pos_ == "NOUN" and c.is_lower
           and c.lower_ in heads for c in head.children):
        return True  # "the Lebanese daily Al-Akhbar"
    name = [head, *(t for t in head.lefts if t.dep_ == "compound")]
    if head.pos_ == "PROPN" and any(t.lower_ in data["publication_words"] for t in name):
        return True  # "The New York Times", "the Associated Press"
    mention = state.mention_at(head.i)
    actor = state.actor(mention.actor_id) if mention is not None else None
    return (actor is not None and actor.kind == "organization"
            and actor.sector in data["document_sectors"])


def can_hold_views(source: Span, state: DocState) -> bool:
    """A source can speak, think or intend: not an abstract noun ("the impasse", "the proposals
    call for ..."), not a time expression, not inside a wire dateline."""
    head = source.root
    if head.lemma_ in _classes()["not_sources"] or head.lower_ in _classes()["not_sources"]:
        return False
    if head.ent_type_ in {"DATE", "TIME"}:
        return False
    return state.dateline_end is None or source.start_char >= state.dateline_end


def after_dateline(source: Span, dateline_end: int) -> Span:
    """A source that runs into a wire dateline ("WASHINGTON - President Biden") keeps only what
    follows it."""
    if source.start_char >= dateline_end or source.end_char <= dateline_end:
        return source
    rest = [t for t in source if t.idx >= dateline_end and not t.is_punct]
    return source.doc[rest[0].i : source.end] if rest else source


def negated(cue: Token) -> bool:
    """"did not say", "would not announce", "refused to say": no attribution."""
    if any(c.dep_ == "neg" for c in cue.children):
        return True
    return cue.dep_ == "xcomp" and cue.head.lemma_ in {"refuse", "decline", "fail"}


def takes_object_content(cue: Token) -> bool:
    return cue_key(cue) in _classes()["object_content"] or cue.lemma_ in _classes()[
        "object_content"]


def takes_infinitive_content(cue: Token) -> bool:
    return cue_key(cue) in _classes()["infinitive_content"] or cue.lemma_ in _classes()[
        "infinitive_content"]


#: Right dependents of a cue that belong to an object content ("seeking a meeting this week with
#: X"); anything else (a clause, a conjunct, punctuation) ends it.
OBJECT_TAIL = {"dobj", "npadvmod", "prep", "dative", "xcomp", "oprd", "advmod"}


def infinitive_content(cue: Token) -> tuple[int, int] | None:
    """Token range of "to" content: "wants [to know what happened]", "urged [all parties to
    act]", "called on [Congress to investigate]"."""
    if not takes_infinitive_content(cue) or (cue.tag_ == "VB" and not any(
            c.dep_ == "aux" for c in cue.children)):
        return None  # a bare infinitive ("... and urge X to") has its source out of reach
    clause = next((c for c in cue.rights if c.dep_ in {"xcomp", "advcl", "ccomp"}
                   and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i
                           for a in c.children)), None)
    if clause is None or clause.doc[max(t.i for t in clause.subtree)].lower_ in _classes()[
            "anonymity"]:
        return None
    start = min(t.i for t in clause.subtree)
    addressee = _addressee(cue)
    if addressee is not None and addressee.i < start:
        start = min(t.i for t in addressee.subtree)
    return start, max(t.i for t in clause.subtree) + 1


def _addressee(cue: Token) -> Token | None:
    particle = _particle(cue)
    if particle is not None:
        return next((c for c in particle.children if c.dep_ == "pobj"), None)
    return next((c for c in cue.rights if c.dep_ in {"dobj", "dative"}), None)


def object_content(cue: Token, reporting: set[str]) -> tuple[int, int] | None:
    """Token range of a noun-phrase content: "announced [another special event]", "is seeking
    [a meeting this week with X]", "called for [the removal of the provisions]"."""
    needs = _classes()["object_content_with"].get(cue.lemma_)
    if needs is not None:
        if not any(c.dep_ == "prep" and c.lower_ in needs for c in cue.rights):
            return None
    elif not takes_object_content(cue):
        return None
    particle = _particle(cue)
    head = particle if particle is not None else cue
    target = next((c for c in head.rights if c.dep_ in {"dobj", "pobj"}), None)
    if target is None or target.pos_ == "PRON" or business_figures(cue, target):
        return None
    end = _before_circumstance(target, max(t.i for t in target.subtree) + 1)
    tail: list[Token] = []
    for child in cue.rights:
        if child.i < end or child.dep_ not in OBJECT_TAIL or _names_a_medium(child, reporting):
            continue
        if any(t.is_punct for t in cue.doc[end : child.i]) or _circumstance(child):
            break
        tail.append(child)
        end = max(t.i for t in child.subtree) + 1
    while tail and _is_time(tail[-1]):  # "announced the move on Wednesday": when, not what
        end = min(t.i for t in tail.pop().subtree)
    return min(t.i for t in target.subtree), end


def _circumstance(child: Token) -> bool:
    """The occasion or cause of the cue, not what was said: "during a rally", "after seeing
    the line" (quotes.indirect.object.v3)."""
    if child.dep_ != "prep":
        return False
    data = _classes()
    return child.lower_ in data["circumstance_preps"] or (
        child.lower_ in data["circumstance_gerund_preps"]
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in child.children))


def _before_circumstance(target: Token, end: int) -> int:
    """The object's extent without a time or circumstance the parser hung on it ("a new tax
    [on Tuesday in Brussels]", "its interest in the plant [after seeing ...]")."""
    for child in target.rights:
        if child.dep_ == "prep" and (_circumstance(child) or _is_time(child)):
            return min(end, child.left_edge.i)
    return end


def without_setting(source: Span, cue: Token) -> Span:
    """An inverted source without the occasion of speaking the parser hung on it: "said the
    minister [at a news conference in the capital]" (quotes.speaker-span.v2)."""
    from dateline.stages.quotes import reporting_nouns

    head = source.root
    if head.i < cue.i:
        return source
    data = _classes()
    settings = set(data["setting_nouns"]) | set(reporting_nouns())
    for child in head.rights:
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ == "prep" and child.lower_ in data["setting_preps"] and any(
                o.lemma_ in settings or o.lower_ in settings for o in objects):
            return source.doc[source.start : child.i]
    return source


def _is_time(child: Token) -> bool:
    times = {"DATE", "TIME"}
    return child.ent_type_ in times or any(
        c.dep_ == "pobj" and c.ent_type_ in times for c in child.children)


def _names_a_medium(child: Token, reporting: set[str]) -> bool:
    """"in a statement", "to reporters": where it was said, not what."""
    objects = [c for c in child.children if c.dep_ == "pobj"]
    return child.dep_ == "prep" and any(
        o.lemma_ in reporting or o.lower_ in {"reporters", "journalists", "media"} for o in objects)


def passive_content(cue: Token) -> tuple[int, int] | None:
    """Token range of the subject of a passive speech cue: "[The deal] was announced"."""
    if not takes_object_content(cue) or cue_class(cue_key(cue), None, _NO_STATE) != "speech":
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    return min(t.i for t in subject.subtree), max(t.i for t in subject.subtree) + 1


_NO_STATE = DocState()


def raising_content(cue: Token) -> list[tuple[int, int]] | None:
    """Token ranges of the two parts of a raising passive: "[Sales] are predicted [to have
    dipped]", "[This] is thought [likely to create jobs]"."""
    if cue.lemma_ not in _classes()["raising"] or cue.tag_ != "VBN":
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    rest = next((c for c in cue.rights if c.dep_ in {"xcomp", "oprd", "acomp", "ccomp"}
                 and any(t.lower_ == "to" and t.dep_ == "aux" for t in c.subtree)), None)
    if subject is None or rest is None or (subject.pos_ == "PRON" and subject.lower_ == "it"):
        return None
    first = (min(t.i for t in subject.subtree), max(t.i for t in subject.subtree) + 1)
    return [first, (min(t.i for t in rest.subtree), max(t.i for t in rest.subtree) + 1)]


def nominal_agent(noun: Token) -> Token | None:
    """Who a reporting noun belongs to when no possessive says it: "reports by X", "a warning
    from X"."""
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in {"by", "from"}), None)
    agent = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    return agent if agent is not None and agent.ent_type_ not in {"DATE", "TIME"} else None


def nominal_topic(noun: Token) -> Token | None:
    """The "of" phrase of what a reporting noun reports: "reports by X [of signal problems]"."""
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    agent = nominal_agent(noun)
    if prep is None and agent is not None:  # the parser often hangs "of" on the agent
        prep = next((p for p in agent.rights if p.dep_ == "prep" and p.lower_ == "of"), None)
    return prep if prep is not None and any(c.dep_ == "pobj" for c in prep.children) else None


# --- not attributions (quotes.not-attribution.v1) ----------------------------------------------


def unrealised(cue: Token) -> bool:
    """A speech act that has not happened: an infinitive under "is expected to", "is set to",
    "is likely to" ("The delegation is expected to propose a peace plan")."""
    head = cue.head
    if cue.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                      for c in cue.children):
        return False
    return head.lemma_ in _classes()["unrealised_heads"] or head.lower_ in _classes()[
        "unrealised_heads"]


def purpose_clause(cue: Token) -> bool:
    """"went to Geneva to seek a ceasefire", "a review to understand how ...": an infinitive of
    purpose or a noun's infinitive is what someone does, not what they say, think or intend."""
    has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
    return has_to and (cue.dep_ in {"advcl", "acl", "relcl"} or (
        cue.dep_ == "xcomp" and cue.head.pos_ in {"NOUN", "PROPN"}))


def embedded_question(cue: Token) -> bool:
    """"(asked) whether they wished to remain": a cue inside a reported question is not asserted."""
    return any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in cue.children)


def business_figures(cue: Token, target: Token) -> bool:
    """"reported February sales", "posted a quarterly loss of $2 billion": figures a company
    publishes are an event, not an attributed statement."""
    data = _classes()
    if cue.lemma_ not in data["figure_cues"]:
        return False
    return target.lemma_ in data["financial_objects"] or target.lower_ in data[
        "financial_objects"]
