"""Names that look like actors but are not, and role words that are part of a name (issue 12).

- "General Motors", "South Africa's Rugby Union": a title or institution word inside the proper
  name of an organisation is a word of the name; it does not give the body a sector.
- "US $199", "the U.S. dollar", "U.S. Route 66": a country named as a currency or as a modifier
  of a road or a currency is not an actor.
- "(END)", "(MORE)": a bracketed word standing alone as its own sentence is wire junk.
- "The government of Indonesia": an institution of a named country is that country's body.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.lexicons import LexiconData, active
from dateline.stages.actor_lexicon import Code, agent_word, lexicon, rule_words
from dateline.stages.syntax import sentence_bounds

NAME_WORDS_RULE = "actors.organization.name-words.v2"
OF_COUNTRY_RULE = "actors.institution.of-country.v1"
JOINING_WORDS = {"of", "and", "for", "the", "&", "'s", "’s", "-"}
BRACKETS = {"(", ")", "[", "]"}


def _thing_heads(data: LexiconData) -> frozenset[str]:
    value = data.section("actor_rules").get("country_thing_heads") or []
    return frozenset(str(v).lower() for v in value)


def _known_names(data: LexiconData) -> frozenset[str]:
    lex = lexicon()
    return frozenset().union(lex.country_names, lex.demonyms, lex.capitals, lex.seats,
                             lex.admin1, lex.organizations)


def _role_after_subject(span: Span, role: str) -> bool:
    """Every role word of an ORG name comes after "on" or "against" ("Project on Government
    Oversight", "Coalition against Police Violence"): the words name the body's subject
    (``actor_rules.subject_prepositions``; actors.organization.name-words.v2)."""
    words = role.lower().split()
    cut = next((t.i for t in span if t.lower_ in rule_words("subject_prepositions")), None)
    return cut is not None and cut > span.start and all(
        t.i > cut for t in span if t.lower_ in words)


def role_inside_name(span: Span, code: Code) -> bool:
    """An ORG name of several words whose role word ("General", "Union") sits beside words
    that are neither role words nor known names: the role word belongs to the proper name
    ("General Motors", "Rugby Union"), not to a description ("Iraqi Interior Ministry")."""
    if len(span) < 2 or code.role is None or code.organization is not None:
        return False
    if span.label_ != "ORG" and not all(t.pos_ == "PROPN" or t.lower_ in JOINING_WORDS
                                        for t in span):
        return False  # a proper name: the recogniser's ORG or a run of proper nouns
    if code.role_kind == "institution" and _role_after_subject(span, code.role):
        return True  # "Project on Government Oversight": what it works on, not what it is
    if code.role_kind == "institution" and code.sector == "LAB":
        return not any(agent_word(t.text) for t in span if t.lower_ != code.role.lower())
        # "Rugby Union" is a sports body; a union of teachers or miners names its workers
    if code.role_kind != "title":
        return False  # "Swiss National Bank", "Amaq News Agency": the body word codes it
    role_words = {w.lower() for w in code.role.split()}
    known = active().derived("actors.known_names", _known_names)
    for token in span:
        text = token.text
        if not text[:1].isupper() or token.lower_ in role_words or text in known \
                or token.lower_ in JOINING_WORDS:
            continue
        if not _in_known_name(span, token.i, known):
            return True
    return False


def _in_known_name(span: Span, i: int, known: frozenset[str]) -> bool:
    """A word of a known name of several words within the span ("Papua New Guinea")."""
    doc = span.doc
    return any(doc[start:end].text.removesuffix("'s").removesuffix("’s") in known
               for start in range(span.start, i + 1) for end in range(i + 1, span.end + 1))


def as_name(code: Code) -> None:
    """Drop what the role word said: the name is coded by its known names only."""
    code.sector = None
    code.role = None
    code.role_kind = None
    code.gender = None
    code.kind = "organization"


def country_as_thing(span: Span, code: Code) -> bool:
    """"US $199", "the U.S. dollar", "U.S. Route 66": a country name marking a currency or
    modifying a road or currency word (``country_thing_heads``) is not an actor."""
    if code.country is None or code.role is not None or code.organization is not None:
        return False
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.tag_ == "$" or after.ent_type_ == "MONEY"):
        return True
    root = span.root
    heads = active().derived("actors.country_thing_heads", _thing_heads)
    if root.lower_ in heads:
        return True  # the recogniser took "U.S. Route" as one name
    if root.dep_ not in {"compound", "nmod", "amod"} or root.head.i <= root.i:
        return False
    return _head_of(root).lower_ in heads


def market_index(span: Span) -> bool:
    """"the French CAC 40", "Britain's FTSE 100", "U.S. stocks": a country or demonym that
    names a market index or its quotes is not an actor (issue 12, act7) but a place of the
    country (``places.slot.market-index.v1``, in ``place_split``). A demonym ("the French CAC
    40") stays a mention of the country: MEANTIME links those to the country, and dropping
    them cost its reference floors."""
    root = span.root
    if root.dep_ not in {"compound", "nmod", "amod", "poss"} or root.head.i <= root.i:
        return False
    words = active().derived("actors.market_index_words", _market_words)
    head = _head_of(root)
    return any(t.lower_ in words for t in span.doc[span.end : head.i + 1])


def _market_words(data: LexiconData) -> frozenset[str]:
    value = data.section("actor_rules").get("market_index_words") or []
    return frozenset(str(v).lower() for v in value)


def _head_of(token: Token) -> Token:
    head = token.head
    while head.dep_ in {"compound", "nmod"} and head.head.i > head.i:
        head = head.head
    return head


def bracketed_junk(span: Span) -> bool:
    """"(END)", "(MORE)": a name in brackets that is all its sentence holds."""
    if _word_beside(span, span.start - 1) or _word_beside(span, span.end):
        return False  # a word beside the name, in its sentence: no need to find the sentence
    sent_start, sent_end = sentence_bounds(span)  # not Span.sent: a walk
    sent = span.doc[sent_start:sent_end]
    rest = (t for t in sent if not (span.start <= t.i < span.end) and not t.is_space)
    first = next(rest, None)  # most sentences hold a word that is not a bracket: stop there
    return first is not None and first.text in BRACKETS and all(t.text in BRACKETS for t in rest)


def _word_beside(span: Span, i: int) -> bool:
    """Whether token ``i``, just before or just after ``span``, is in ``span.sent`` (which
    runs from the span's first word to the next sentence start: no sentence start after the
    first word up to ``i``) and is a word that is neither a space nor a bracket."""
    doc = span.doc
    if not 0 <= i < len(doc):
        return False
    if i < span.start:
        if doc[span.start].is_sent_start is True:
            return False
    elif any(doc[k].is_sent_start is True for k in range(span.start + 1, i + 1)):
        return False
    token = doc[i]
    return not token.is_space and token.text not in BRACKETS


def of_country_end(chunk: Span) -> int:
    """"the government of Indonesia": the end of the country name after "of" when the
    chunk's head is an institution word and the chunk names no country itself; else the
    chunk's own end."""
    root = chunk.root
    lex = lexicon()
    if root.lower_ not in lex.institutions:
        return chunk.end
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != chunk.end:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.ent_type_ != "GPE":
                continue
            name = chunk.doc[obj.left_edge.i : obj.i + 1]
            if name.text.removeprefix("the ") in lex.country_names:
                return obj.i + 1
    return chunk.end


def of_country_name(span: Span, code: Code) -> str | None:
    """The name of "the government of Indonesia": "Indonesia government"."""
    words = [t.lower_ for t in span]
    if "of" not in words or code.country is None or code.role_kind != "institution" \
            or code.role is None:
        return None
    root = span.root
    if root.lower_ not in lexicon().institutions:
        return None
    return f"{lexicon().display.get(code.country, code.country)} {root.lower_}"


def possessive_cut(span: Span) -> str | None:
    """"General Motor's shares" (a writer's slip for "General Motors'"): a name cut before a
    possessive whose form with a final "s" the text names elsewhere, as a whole word; that
    name (``actors.organization.possessive-cut.v1``). None otherwise."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text not in {"'s", "’s"} or span.text.endswith("s"):
        return None
    full = span.text + "s"
    text = doc.text
    at = text.find(full)
    while at != -1:
        after = text[at + len(full) : at + len(full) + 1]
        if not (after.isalnum() or after in {"'", "’"}):
            return full
        at = text.find(full, at + 1)
    return None
