"""Wave 56 (ev56d): the day of a purpose done in the scene it is told with.

"Tajikistan's lawmakers met Tuesday to discuss the speech", "the prime minister took to Twitter
early on Monday to thank the government", "Singh called Mutharika on Wednesday morning to seek a
statement": the parser hangs the day on the verb of the scene (met, took, called), and the
infinitive of purpose, a statement or a meeting act done by that very scene
(``times.scene_purposes``: discuss, thank, seek, urge ...), took the document date. It is done on
the scene's day, so a past calendar day of the clause it hangs on dates it
(events.date.scene-purpose.v1; blind judges, rounds 34-35: "gathered in Newport yesterday to
discuss", read in disc stories).

Only an adverbial "to" + bare verb with no subject or conjunction of its own, whose act is one
of those words: an outcome the scene was meant to bring about ("signed a pact on Wednesday to
rescue the hostages", "launched a task force on Saturday to arrest mayors") may not have
happened that day, and a controlled infinitive ("agreed on Monday to meet") tells a later act.
A scene still to come ("will travel to Togo on Friday to sign"), or one told with a modal,
dates nothing here. A journey's purpose keeps its own rule (events.date.visit-purpose.v2).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.state import state_of
from dateline.stages.syntax import governing_verb
from dateline.stages.timex import vocab

__all__ = ["SCENE_PURPOSE_RULE", "purpose_infinitive", "scene_purpose_time"]

SCENE_PURPOSE_RULE = "events.date.scene-purpose.v1"
#: Children that give the purpose clause a subject, a conjunction or a tense of its own.
OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "mark", "csubj"})


def scene_purpose_time(token: Token) -> tuple[str, str | None] | None:
    """The past calendar day of the scene ``token``'s purpose clause hangs on: the value and
    the time id, or None (module docstring)."""
    from dateline.stages.time_when import event_when  # time_when reads the event dates

    if not _scene_purpose(token):
        return None
    scene = governing_verb(token.head)
    if scene.i == token.i or scene.pos_ not in {"VERB", "AUX"} \
            or any(c.tag_ == "MD" for c in scene.children):
        return None  # "would travel on Friday to meet", "could fly Monday to sign"
    answer = event_when(token.doc, scene.i)
    value = answer.value or ""
    if answer.basis != "explicit" or len(value) < len("YYYY-MM-DD") or not value[:4].isdigit():
        return None
    document = state_of(token.doc).document_date
    if document is not None and value[:10] > document.isoformat():
        return None  # a scene still to come
    return value, answer.time


def _scene_purpose(token: Token) -> bool:
    """An adverbial "to" + bare verb of ``times.scene_purposes`` with no subject of its own."""
    return purpose_infinitive(token) and token.lemma_.lower() in vocab()["scene_purposes"]


def purpose_infinitive(token: Token) -> bool:
    """``token`` is an adverbial "to" + bare verb after the verb it hangs on, with no subject,
    conjunction or tense of its own ("met Tuesday to discuss", "flew to Moscow to ask")."""
    if token.pos_ != "VERB" or token.dep_ != "advcl" or token.tag_ != "VB" \
            or token.head.i == token.i or token.head.i > token.i:
        return False
    children = list(token.children)
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in children) \
        and not any(c.dep_ in OWN_CLAUSE_DEPS for c in children)
