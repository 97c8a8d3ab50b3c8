"""Where each event happened: a place mention of its own clause, else of a clause it hangs from
in its sentence, else the place of an earlier event of its paragraph, else the wire dateline.

Rule ``places.locate.v1``. A clause that names its own place is never located by another
clause's place; a clause that points away from the named places ("fired a missile into the sea",
"clashes at the border") keeps no location rather than borrow one. Within a clause the place a
locative phrase names ("in Kharkiv", "near the Torkham crossing", "outside Damascus") or the
object of a verb that reaches a place ("shelled Kharkiv") wins over a place inside the subject
("police in Lyon"), and that over an origin ("farmers from Punjab"); a container ("Lyon,
France") or a reference point ("50 km north of Baghdad") yields to the place it locates.
Statements, accusations and requests take a place only from their own clause or the dateline.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from dateline.record import Event, EventLocation
from dateline.stages.syntax import doc_text, paragraph_index, sentence_of

RULE = "places.locate.v1"
CLAUSE_BREAKS = {"advcl", "ccomp", "relcl", "parataxis", "csubj", "xcomp", "pcomp"}
VERBS = {"VERB", "AUX"}
#: Event types that are things said: they do not take a place from another clause.
SAID_TYPES = {"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "CONCEDE"}
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
              "southwest", "km", "kilometre", "kilometer", "mile", "outskirts"}
SECONDARY = 10
#: Prepositions that lead to what an event is about, not where it is ("a protest over the war
#: in Gaza", "an arrangement agreed at Camp David").
TOPIC_PREPS = {"over", "about", "under", "regarding", "concerning", "despite", "like", "than",
               "with", "against"}


@dataclass(frozen=True)
class PlaceMention:
    start: int  # token index
    end: int
    place: str  # place id
    feature: str
    resolved: bool


@dataclass(frozen=True)
class _Found:
    mention: PlaceMention | None
    blocked: bool = False


def locate(doc: Doc, events: list[Event], mentions: list[PlaceMention], words: dict[str, Any],
           dateline_place: PlaceMention | None) -> dict[str, EventLocation]:
    """Each event's location (events without one are left out)."""
    finder = _Finder(doc, mentions, words)
    located: dict[str, EventLocation] = {}
    previous: list[tuple[int, int, str]] = []  # (paragraph, char offset, place id)
    for event in sorted(events, key=lambda e: e.trigger.start):
        token = _trigger_token(doc, event)
        if token is None:
            continue
        location = finder.location(token, event.type, previous, dateline_place)
        if location is not None:
            located[event.id] = location
            if location.basis in {"clause", "sentence"}:
                previous.append((paragraph_index(token), token.idx, location.place))
    return located


def _trigger_token(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None else None


class _Finder:
    def __init__(self, doc: Doc, mentions: list[PlaceMention], words: dict[str, Any]) -> None:
        self.doc = doc
        self.words = words
        self.by_root: dict[int, PlaceMention] = {}
        self.covered = {i for m in mentions for i in range(m.start, m.end)}
        for mention in mentions:
            root = doc[mention.start : mention.end].root
            self.by_root[root.i] = mention
        self.preps = set(words["locative_preps"]) - {"from", "between", "among"}
        self.elsewhere = set(words["elsewhere_nouns"])
        self.motion = set(words["motion_verbs"])
        self.place_nouns = {*words["place_heads"], *words["site_heads"],
                            *words["settlement_nouns"],
                            *(n for nouns in words["admin_nouns"].values() for n in nouns)}

    def location(self, token: Token, event_type: str, previous: list[tuple[int, int, str]],
                 dateline: PlaceMention | None) -> EventLocation | None:
        own = self.clause_place(token, said=event_type in SAID_TYPES)
        if own.mention is not None:
            return EventLocation(own.mention.place, "clause")
        if own.blocked:
            return None
        if event_type not in SAID_TYPES:
            found = self._sentence_place(token) or self._paragraph_place(token, previous)
            if found is not None:
                return found
        return EventLocation(dateline.place, "dateline") if dateline is not None else None

    def clause_place(self, token: Token, said: bool = False) -> _Found:
        """The place of the trigger's own clause; for things said, only a place the verb's own
        phrase names ("condemned in Geneva", not "demanded a ceasefire in Gaza")."""
        heads = [token]
        if token.pos_ not in VERBS:
            heads.append(_governing_verb(token))
        for head in heads:
            antecedent = self._where_antecedent(head)
            if antecedent is not None:
                return _Found(antecedent)
            tokens = _own_phrase(head) if said else _clause_tokens(head)
            found = self._best(tokens, head)
            if found.mention is not None or found.blocked:
                return found
        return _Found(None)

    def _where_antecedent(self, head: Token) -> PlaceMention | None:
        """"Kharkiv, where a missile had struck": the relative clause happens at its noun."""
        if head.dep_ != "relcl" or not any(c.lower_ == "where" for c in head.children):
            return None
        return self.by_root.get(head.head.i)

    def _sentence_place(self, token: Token) -> EventLocation | None:
        head = _governing_verb(token)
        while head.head.i != head.i:
            head = _governing_verb(head.head)
            found = self._best(_clause_tokens(head), head)
            if found.mention is not None:
                return EventLocation(found.mention.place, "sentence")
            if found.blocked:
                return None
        return None

    def _paragraph_place(self, token: Token,
                         previous: list[tuple[int, int, str]]) -> EventLocation | None:
        """The place of the paragraph's last located event before this sentence, else the last
        place an earlier sentence of the paragraph puts something in ("fighting broke out in
        Goma. Rebels later seized the airport")."""
        paragraph = paragraph_index(token)
        sentence_start = sentence_of(token).start_char
        earlier = [p for p in previous if p[0] == paragraph and p[1] < sentence_start]
        if earlier:
            return EventLocation(earlier[-1][2], "paragraph")
        paragraph_start = doc_text(self.doc).rfind("\n", 0, token.idx) + 1
        for root in sorted(self.by_root, reverse=True):
            tok = self.doc[root]
            before = paragraph_start <= tok.idx < sentence_start
            if before and sentence_of(tok).start != sentence_of(token).start and self._rank(
                    tok, self.by_root[root]) == 0:
                return EventLocation(self.by_root[root].place, "paragraph")
        return None

    def _best(self, tokens: list[Token], head: Token) -> _Found:
        ranked: list[tuple[int, int, PlaceMention]] = []
        blocked = False
        for tok in tokens:
            mention = self.by_root.get(tok.i)
            if mention is not None and not self._topic(tok, head):
                ranked.append((self._rank(tok, mention), tok.i, mention))
            elif self._points_elsewhere(tok):
                blocked = True
        if ranked:
            return _Found(min(ranked, key=lambda r: (r[0], r[1]))[2])
        return _Found(None, blocked)

    def _rank(self, tok: Token, mention: PlaceMention) -> int:
        rank = 1
        root = tok
        while root.dep_ == "conj":
            root = root.head
        if root.dep_ == "pobj":
            prep = root.head.lower_
            rank = 2 if prep == "from" else 0 if prep in self.preps else 1
            named = root.head.head.lemma_.lower()
            if prep == "of" and named in self.place_nouns:
                rank = 0  # "the village of Kurakhove", "the port of Hodeidah"
            if prep == "of" and named in DIRECTIONS:
                rank = SECONDARY  # a reference point: "50 km north of Baghdad"
        elif root.dep_ == "dobj" and root.head.lemma_.lower() in self.words["place_object_verbs"]:
            rank = 0
        if self._container(tok, mention) or self._inside_other(tok, mention):
            rank += SECONDARY
        return rank

    def _inside_other(self, tok: Token, mention: PlaceMention) -> bool:
        """"Pokrovsk, a hub in Ukraine's Donetsk region", "Freedom Square in Tbilisi": a place
        said of another place in the same phrase yields to it."""
        step = tok.head
        while step.head.i != step.i and step.pos_ not in VERBS:
            other = self.by_root.get(step.i)
            if other is not None and other != mention and not self._container(step, other):
                return True
            step = step.head
        return False

    def _container(self, tok: Token, mention: PlaceMention) -> bool:
        """"France" in "Lyon, France", "Pakistan" in "Pakistan's Sindh province"."""
        if tok.dep_ == "poss" and any(c.i in self.covered for c in tok.head.children
                                      if c.dep_ in {"compound", "amod"}):
            return True
        start = mention.start
        return start >= 2 and self.doc[start - 1].text == "," and (start - 2) in self.covered

    def _topic(self, tok: Token, head: Token) -> bool:
        """A place deeper than its own preposition behind a non-locative one ("a protest over
        the war in Gaza", "share data under an arrangement agreed at Camp David") is what the
        event is about, not where it is."""
        step = tok.head if tok.dep_ == "pobj" else tok
        step = step.head
        while step.i != head.i and step.head.i != step.i:
            if step.pos_ == "ADP" and not self._locative_step(step):
                return True
            step = step.head
        return False

    @staticmethod
    def _locative_step(adp: Token) -> bool:
        return adp.lower_ not in TOPIC_PREPS

    def _points_elsewhere(self, tok: Token) -> bool:
        if tok.lemma_.lower() in {"abroad", "overseas", "offshore"}:
            return True
        return tok.dep_ in {"pobj", "dobj"} and tok.lemma_.lower() in self.elsewhere


def _governing_verb(token: Token) -> Token:
    head = token
    while head.pos_ not in VERBS and head.head.i != head.i:
        head = head.head
    return head


def _circumstance(child: Token) -> bool:
    """"hit by a missile while sailing through the strait": a subjectless "while"/"as" clause
    tells where its head clause happened."""
    if child.dep_ != "advcl" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children):
        return False
    return any(c.dep_ == "mark" and c.lower_ in {"while", "as", "when"} for c in child.children)


def _own_phrase(head: Token) -> list[Token]:
    """The places a verb's own prepositions name ("said in Geneva")."""
    out = []
    for prep in head.children:
        if prep.dep_ == "prep":
            out += [t for t in prep.children if t.dep_ == "pobj"]
            out += [c for t in out for c in t.conjuncts]
    return out


def _clause_tokens(head: Token) -> list[Token]:
    """The tokens of a clause: its head's subtree without the clauses it governs."""
    out: list[Token] = []
    stack = [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        for child in tok.children:
            if _circumstance(child):
                stack.append(child)
                continue
            if child.dep_ in CLAUSE_BREAKS or (child.dep_ == "conj" and child.pos_ in VERBS):
                continue
            stack.append(child)
    return out
