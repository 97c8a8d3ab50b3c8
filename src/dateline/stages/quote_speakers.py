"""Speakers of quotes resolved to the right actor (issue 13).

The actors stage links mentions to actors; a quote's speaker is often a pronoun or a description
whose link is missing or wrong there, and the quotes stage knows more: who spoke last, which words
are inside quotation marks. Rules, in this order (``quotes.speaker.v1``):

1. A named speaker is the actor of its head; when that actor is only a role ("company president")
   or the head names none, the named person in the phrase ("..., Constantin Stroe") is.
   An unknown proper name (no actor at its head) does not borrow a modifier's actor ("The
   Stock Exchange of Ruritania" is not Ruritania), only its apposition's.
2. "I" inside a direct quote is that quote's speaker; "we" is the speaker's organisation (or
   the speaker, when it is one). Elsewhere first-person speakers stay unresolved.
3. he / she / they / it, and definite descriptions ("the minister", "the spokeswoman", "the
   group") are resolved to the nearest compatible actor, most salient first: a subject earlier in
   the same sentence, the speaker of the previous quote, the subject of the previous sentence,
   then the nearest mention. Compatible: a person for he / she (gender from the actor's role,
   an honorific or a given name, when known), a body for they / it / "the group"; mentions inside
   other people's quoted words are not candidates.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from dateline.lexicons import load_data
from dateline.record import Actor
from dateline.stages.actor_lexicon import code_description
from dateline.stages.state import ActorMention, DocState
from dateline.stages.syntax import SUBJECTS, doc_text, sentence_of

if TYPE_CHECKING:
    from dateline.stages.quotes import Found

HE_SHE = {"he": "m", "she": "f"}
BODIES = {"organization", "country", "group"}
FIRST_SINGULAR = {"i", "me"}
FIRST_PLURAL = {"we", "us"}
#: How many sentences back a pronoun or description looks for its antecedent.
WINDOW = 4
#: How many earlier quotes may enclose a first-person speaker (bounds the work on long lists).
RECENT = 50
_HONORIFIC = re.compile(r"\b(\w+)\.?\s*$")


@dataclass
class _Resolved:
    actor: str | None
    kind: str
    parts: list[tuple[int, int]]  # content pieces (characters)
    sentence: int  # token index where the cue's (or content's) sentence starts
    speaker_start: int | None  # token index


@dataclass
class SpeakerResolver:
    """Resolves the speakers of one doc's quotes, in document order."""

    doc: Doc
    state: DocState
    actors: dict[str, Actor] = field(default_factory=dict)
    starts: list[int] = field(default_factory=list)  # mention token starts, sorted
    ordered: list[ActorMention] = field(default_factory=list)
    direct: list[tuple[int, int]] = field(default_factory=list)  # direct content pieces, chars
    done: list[_Resolved] = field(default_factory=list)
    genders: dict[str, str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.actors = {a.id: a for a in self.state.actors}
        self.ordered = sorted(self.state.mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.ordered]

    def resolve_all(self, found: list[Found]) -> list[str | None]:
        """The speaker's actor id per quote."""
        self.direct = sorted(p for f in found if f.kind == "direct"
                             for p in (f.parts or [f.content]))
        out = []
        for quote in found:
            actor = self.resolve(quote)
            out.append(actor)
            self.done.append(_Resolved(actor, quote.kind, quote.parts or [quote.content],
                                       self._sentence_of(quote),
                                       quote.speaker.start if quote.speaker else None))
        return out

    def _sentence_of(self, quote: Found) -> int:
        token = quote.cue if quote.cue is not None else (
            quote.speaker[0] if quote.speaker is not None else None)
        return sentence_of(token).start if token is not None else 0

    # --- dispatch ------------------------------------------------------------------------------

    def resolve(self, quote: Found) -> str | None:
        span = quote.speaker
        if span is None:
            return None
        if len(span) == 1 and span[0].pos_ == "PRON":
            return self._pronoun(span[0])
        if self._definite_description(span):
            actor = self._description(span)
            if actor is not None:
                return actor
        return self._named(span)

    # --- named speakers ------------------------------------------------------------------------

    def _named(self, span: Span) -> str | None:
        root = self._actor_at(span.root)
        if _body_head(span.root):
            return self._body(span, root)
        person = self._named_person_in(span)
        if root is not None and not self._role_only(root):
            return root.id
        if person is not None:
            return person.id
        if root is not None:
            return root.id
        tokens = list(span)
        if span.root.pos_ == "PROPN":  # an unknown name: not the actor of a word modifying it,
            tokens = [t for c in span.root.children if c.dep_ == "appos" for t in c.subtree]
        found = next((a for t in tokens if (a := self._actor_at(t)) is not None), None)
        return found.id if found is not None else None

    def _body(self, span: Span, root: Actor | None) -> str | None:
        """"The Obama administration", "Trump's lawyers", "the Biden campaign": the body, never
        the person it is named after (quotes.speaker.v2). Its own actor, else a person in
        apposition ("his spokesman, Dmitry Peskov"), else an actor the phrase names, else for a
        government the affiliation of the person who leads it."""
        if root is not None and root.kind != "person":
            return root.id
        appos = next((a for t in span if t.dep_ == "appos" and (a := self._actor_at(t))
                      is not None and a.kind == "person"), None)
        if appos is not None:
            return appos.id
        words = " ".join(t.text for t in span if t.dep_ != "det" and t.tag_ != "POS")
        organization = code_description(words).organization
        names = {words.lower()} | ({organization.name.lower()} if organization else set())
        named = next((a for a in self.state.actors if names & {
            n.lower() for n in (a.name, *a.aliases)}), None)
        if named is not None:
            return named.id
        if span.root.lemma_ not in _lists()["government_heads"]:
            return None
        person = self._named_person_in(span)
        body = self.actors.get(person.affiliation or "") if person is not None else None
        if body is not None and body.kind in BODIES:
            return body.id
        return self._government_of(code_description(words).countries or (
            [person.country] if person is not None and person.country else []))

    def _government_of(self, countries: list[str]) -> str | None:
        """The doc's actor for the government of the first country named ("the government of
        Indonesian President X" -> the Indonesian government or Indonesia)."""
        if not countries:
            return None
        ranked = sorted((a for a in self.state.actors if a.country == countries[0] and (
            a.kind == "country" or (a.kind == "organization" and a.sector == "GOV"))),
            key=lambda a: a.kind != "organization")
        return ranked[0].id if ranked else None

    def _named_person_in(self, span: Span) -> Actor | None:
        """The named person of the phrase: the one in apposition to its head first ("The
        vice president of Dacia, Constantin Stroe"), else one the recogniser calls a person."""
        people = [(t, a) for t in span if t.pos_ != "PRON" and (a := self._actor_at(t))
                  is not None and a.kind == "person" and not self._role_only(a)]
        ranked = sorted(people, key=lambda p: (p[0].dep_ != "appos" and p[0].head.dep_ != "appos",
                                               p[0].ent_type_ != "PERSON", p[0].i))
        return ranked[0][1] if ranked else None

    @staticmethod
    def _role_only(actor: Actor) -> bool:
        """An actor named by a role or description only ("company president", "airline")."""
        return not actor.name[:1].isupper() or (actor.kind == "person" and actor.role is not None
                                                and actor.name.lower().endswith(actor.role.lower()))

    def _actor_at(self, token: Token) -> Actor | None:
        mention = self.state.mention_at(token.i)
        return self.actors.get(mention.actor_id) if mention is not None else None

    # --- pronouns ------------------------------------------------------------------------------

    def _pronoun(self, token: Token) -> str | None:
        word = token.lower_
        if word in FIRST_SINGULAR | FIRST_PLURAL:
            return self._first_person(token, word)
        if word in HE_SHE or word in {"they", "it"}:
            actor = self._antecedent(token, lambda a: self._fits_pronoun(word, a))
            if actor is not None:
                return actor.id
        linked = self._actor_at(token)
        return linked.id if linked is not None else None

    def _first_person(self, token: Token, word: str) -> str | None:
        """"I" inside a direct quote is its speaker; "we" the speaker's body."""
        outer = next((r for r in reversed(self.done[-RECENT:]) if r.kind == "direct" and r.actor
                      and any(s <= token.idx < e for s, e in r.parts)), None)
        if outer is None or outer.actor is None:
            return None
        if word in FIRST_SINGULAR:
            return outer.actor
        actor = self.actors.get(outer.actor)
        if actor is None:
            return None
        return actor.id if actor.kind in BODIES else actor.affiliation

    def _fits_pronoun(self, word: str, actor: Actor) -> bool:
        if word in HE_SHE:
            return self._is_person(actor) and self._gender(actor) in (None, HE_SHE[word])
        if word == "they":
            return actor.kind in BODIES
        return actor.kind in {"organization", "country"}

    @staticmethod
    def _is_person(actor: Actor) -> bool:
        return actor.kind == "person"

    # --- descriptions --------------------------------------------------------------------------

    @staticmethod
    def _definite_description(span: Span) -> bool:
        root = span.root
        return root.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in root.children) and (
            not any(t.pos_ == "PROPN" for t in span))

    def _description(self, span: Span) -> str | None:
        """"the minister", "the spokeswoman", "the group": the most salient earlier actor of
        that kind, else the actor the actors stage linked it to when that one is named."""
        words = " ".join(t.text for t in span if t.dep_ != "det")
        code = code_description(words)
        generic = _generic_kind(span.root.lemma_)
        actor = None
        if code.kind == "person" and code.role is not None:
            actor = self._antecedent(span[0], lambda a: self._fits_role(code, a))
        elif generic is not None:
            actor = self._antecedent(span[0], lambda a: _fits_generic(generic, a))
        if actor is None:
            actor = self._actor_at(span.root)
        return actor.id if actor is not None and not self._role_only(actor) else None

    def _fits_role(self, code: Any, actor: Actor) -> bool:
        if not self._is_person(actor) or self._role_only(actor):
            return False
        if code.gender is not None and self._gender(actor) not in (None, code.gender):
            return False
        if code.country and actor.country and code.country != actor.country:
            return False
        head = str(code.role).lower().split()[-1]
        return actor.role is None or head in actor.role.lower() or head in {
            "official", "spokesman", "spokeswoman", "spokesperson", "representative"}

    # --- antecedents ---------------------------------------------------------------------------

    def _antecedent(self, token: Token, fits: Any) -> Actor | None:
        for actor in self._candidates(token):
            if fits(actor):
                return actor
        return None

    def _candidates(self, token: Token) -> Iterator[Actor]:
        """Actors before ``token``, most salient first (see the module's rule 3)."""
        sentence = sentence_of(token)
        yield from self._subjects(self.doc[sentence.start : token.i], token)
        previous = self._previous_speaker(sentence.start)
        if previous is not None:
            yield previous
        if sentence.start > 0:
            before = sentence_of(self.doc[sentence.start - 1])
            yield from self._subjects(before, token)
        yield from self._nearest(token)

    def _subjects(self, tokens: Span, speaker: Token) -> Iterator[Actor]:
        for token in tokens:
            if token.dep_ in SUBJECTS and self._usable(token, speaker):
                actor = self._actor_at(token)
                if actor is not None:
                    yield actor

    def _previous_speaker(self, sentence: int) -> Actor | None:
        """The speaker of the latest quote in this or the previous two sentences (not one
        inside another's quoted words: "I think", "we expect")."""
        back = sentence
        for _ in range(2):
            back = sentence_of(self.doc[back - 1]).start if back > 0 else 0
        for done in reversed(self.done):
            if done.sentence < back:
                return None
            nested = done.speaker_start is not None and self._quoted(
                self.doc[done.speaker_start].idx) is not None
            if done.actor is not None and done.sentence <= sentence and not nested:
                return self.actors.get(done.actor)
        return None

    def _nearest(self, token: Token) -> Iterator[Actor]:
        limit = sentence_of(token).start
        for _ in range(WINDOW):
            limit = sentence_of(self.doc[limit - 1]).start if limit > 0 else 0
        index = bisect.bisect_left(self.starts, token.i) - 1
        while index >= 0 and self.ordered[index].start >= limit:
            mention = self.ordered[index]
            index -= 1
            if self._usable(self.doc[mention.start], token):
                actor = self.actors.get(mention.actor_id)
                if actor is not None:
                    yield actor

    def _usable(self, candidate: Token, speaker: Token) -> bool:
        """Not the speaker itself, and not inside quoted words unless the speaker is too."""
        if candidate.i == speaker.i:
            return False
        return self._quoted(candidate.idx) == self._quoted(speaker.idx)

    def _quoted(self, char: int) -> tuple[int, int] | None:
        index = bisect.bisect_right(self.direct, (char, len(doc_text(self.doc)) + 1)) - 1
        if index >= 0 and self.direct[index][0] <= char < self.direct[index][1]:
            return self.direct[index]
        return None

    # --- gender --------------------------------------------------------------------------------

    def _gender(self, actor: Actor) -> str | None:
        if actor.id not in self.genders:
            self.genders[actor.id] = self._find_gender(actor)
        return self.genders[actor.id]

    def _find_gender(self, actor: Actor) -> str | None:
        """From the role ("spokeswoman"), an honorific before a mention ("Mrs"), or a given
        name (lexicon ``cue_classes``: ``honorifics_*``, ``given_names_*``)."""
        data = load_data("cue_classes")
        if actor.role:
            gender = code_description(actor.role).gender
            if gender:
                return str(gender)
        for mention in actor.mentions:
            text = doc_text(self.doc)
            before = _HONORIFIC.search(text[max(0, mention.start - 12) : mention.start])
            words = mention.text.split()
            for word in ([before.group(1)] if before else []) + words[:1]:
                gender = _gender_of(word.rstrip(".").lower(), data)
                if gender is not None:
                    return gender
        first = actor.name.split()[0].lower() if actor.name else ""
        return _gender_of(first, data, honorifics=False)


def _gender_of(word: str, data: dict[str, Any], honorifics: bool = True) -> str | None:
    for gender in ("m", "f"):
        if honorifics and word in (data.get(f"honorifics_{gender}") or []):
            return gender
        if word in (data.get(f"given_names_{gender}") or []):
            return gender
    return None


def _lists() -> dict[str, Any]:
    data: dict[str, Any] = load_data("cue_classes")
    return data


def _body_head(head: Token) -> bool:
    """A speaker head naming a body (lexicon ``cue_classes.body_heads``)."""
    heads = _lists()["body_heads"]
    return head.pos_ == "NOUN" and (head.lemma_ in heads or head.lower_ in heads)


def _generic_kind(lemma: str) -> str | None:
    kinds: dict[str, str] = load_data("roles").get("generic_anaphors") or {}
    return kinds.get(lemma)


def _fits_generic(kind: str, actor: Actor) -> bool:
    return actor.kind == kind or (kind == "organization" and actor.kind == "group")


def resolve_speakers(doc: Doc, state: DocState, found: list[Found]) -> list[str | None]:
    """The actor id of each quote's speaker (None when the text does not say who)."""
    return SpeakerResolver(doc, state).resolve_all(found)
