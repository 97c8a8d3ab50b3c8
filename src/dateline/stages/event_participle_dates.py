"""Participles of a background act (wave 53, ev53e): "In the past, the rebels attacked the town,
demanding the release of prisoners", "the militants had already attacked the base, killing five
soldiers". A bare present participle hung on a clause (``advcl``, no subject and no subordinating
word of its own) tells one scene with that clause, so when the clause is background of an
earlier time (``event_dates.background``: pluperfect, "already", "in the past") the participle's
act is too: undated rather than given the document date or the narrative's
(events.date.background-participle.v1). A head that is news after all (a reported pluperfect
told as news, "said it had ordered ..., calling for ...", or dated by its report's day,
"announced Tuesday that it had signed a deal, pledging ...", or an act still going on) leaves
the participle as it is.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.syntax import words

__all__ = ["BACKGROUND_PARTICIPLE_RULE", "background_head"]

BACKGROUND_PARTICIPLE_RULE = "events.date.background-participle.v1"


def background_head(token: Token) -> Token | None:
    """The verb whose bare participle ``token`` is, when that verb's clause shares its time with
    the participle (``clauses.participle_scene_tags``/``participle_scene_deps``); else None."""
    if token.tag_ not in words("participle_scene_tags") \
            or token.dep_ not in words("participle_scene_deps"):
        return None
    head = token.head
    if head.i == token.i or head.pos_ not in {"VERB", "AUX"} or head.i > token.i:
        return None  # a participle ahead of its verb ("Citing ..., the rebels had ...") sets a
        # frame of its own
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass"} for c in token.children):
        return None  # "while demanding", "as it was demanding": a clause with its own time
    return head
