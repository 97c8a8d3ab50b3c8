"""The same act coded twice (issue 11, round 8 pattern 6): one act is one event.

``merge_repeats`` (events.py) folds events with the same type, actors and modality in one
sentence or on one date. Three more shapes tell one act twice; each folds the later event into
the first, which keeps its own evidence, takes the later trigger as a mention, and names the
rule that folded:

- ``events.repeat.coordinated.v2``: coordinated verbs of one type, mode and source ("arrested or
  detained 40 activists on Monday") where the parse gave the arguments or the time to one verb
  only; the first takes what it lacks (a target, an explicit date) from the other. v2: verbs of
  two modes ("lay down their weapons and free their prisoners") stay two acts.
- ``events.repeat.subset-target.v1``: in one sentence, the same type, source and modality with
  the targets of one a part of the other's ("thanked Canada and Germany ... and thanked Germany
  again").
- ``events.repeat.anaphoric-noun.v1``: a definite event noun with no participant of its own that
  the earlier event lacks ("the crackdown", "the raids", "the attack"), in the paragraph of an
  earlier event of its type (or of its word: "raided ... the raids"), restates that act.
- ``events.repeat.anaphoric-relative.v1`` (round 12): such a noun as its clause's subject with a
  relative clause ("The protests, which prompted a curfew, ...") restates the act of the
  paragraph before as well.

Acts with different targets, or with different explicit dates, are never folded.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.record import Event
from dateline.stages.syntax import doc_text, words

__all__ = ["ANAPHORIC_RULE", "COORDINATED_RULE", "RELATIVE_RULE", "SUBSET_RULE", "fold_repeats"]

COORDINATED_RULE = "events.repeat.coordinated.v2"
SUBSET_RULE = "events.repeat.subset-target.v1"
ANAPHORIC_RULE = "events.repeat.anaphoric-noun.v1"
RELATIVE_RULE = "events.repeat.anaphoric-relative.v1"


def fold_repeats(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` with every later telling of an act folded into its first event (module
    docstring), renumbered."""
    text = doc_text(doc)
    tokens = {e.trigger.start: _trigger(doc, e) for e in events}
    kept: list[Event] = []
    for event in events:
        token = tokens[event.trigger.start]
        first = None if token is None else _first_telling(text, tokens, kept, event, token)
        if first is None:
            kept.append(event)
        else:
            _fold(first[0], event, first[1])
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
    if _anaphoric(token) \
            and (earlier.type == event.type or other.lemma_.lower() == token.lemma_.lower()) \
            and set(event.source) <= set(earlier.source) \
            and set(event.target) <= set(earlier.target):
        between = text[earlier.trigger.end : event.trigger.start]
        if "\n" not in between:
            return ANAPHORIC_RULE
        if _relative_topic(token) and _next_paragraph(between):
            return RELATIVE_RULE
    return None


def _relative_topic(token: Token) -> bool:
    """"The protests, which prompted a curfew, ...": a definite event noun as the subject of its
    clause, with a relative clause saying what it led to, takes up the act already told
    (events.repeat.anaphoric-relative.v1, round 12)."""
    return token.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == "relcl" for c in token.children)


def _next_paragraph(between: str) -> bool:
    """The later telling is in the paragraph right after the earlier's (one paragraph break)."""
    return len([p for p in between.split("\n") if p.strip()]) <= 2 and between.count("\n\n") <= 1


def _coordinated(first: Token, later: Token) -> bool:
    """``later`` is a verb conjunct of ``first`` ("arrested or detained", "fired tear gas and
    used water cannon"): with the same type and source, and targets that fit, one act told with
    two verbs."""
    return later.dep_ == "conj" and later.head.i == first.i and later.pos_ == "VERB" \
        and first.pos_ == "VERB"


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


def _fold(first: Event, later: Event, rule: str) -> None:
    first.mentions.append(later.trigger)
    if not first.target:
        first.target = list(later.target)
    else:
        first.target += [a for a in later.target if a not in first.target]
    if DATE_RANK.get(later.date.basis, 0) > DATE_RANK.get(first.date.basis, 0) \
            and first.date.basis != "unknown":
        first.date = later.date  # the restatement says when ("the rally on Monday")
    if rule not in first.rule.split("+"):
        first.rule = f"{first.rule}+{rule}"
