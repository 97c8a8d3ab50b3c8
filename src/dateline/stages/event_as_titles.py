"""A person named to an office "as <state>'s <title>" is that state's (issue 11, wave 79).

``events.args.as-title-country.v1``: a named person with no country who is the object of a
designating verb (``designating_verbs``: "recognised", "elected", "appointed") with an "as"
phrase whose head is a titled office of a state ("President Donald Trump recognised opposition
leader Juan Guaido as Venezuela's interim president"; "Parliament elected Maria Popescu as the
prime minister of Romania") takes the office's country, before the article's country is guessed
(Guaido was coded with the story's other state, the United States). The "as" phrase may hang
from the person or from the verb; a subject's "as" phrase ("Trump, as president, ...") is not read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dateline.stages.actor_lexicon import rule_words

if TYPE_CHECKING:
    from dateline.stages.state import DocState

__all__ = ["AS_TITLE_RULE", "as_title_country"]

AS_TITLE_RULE = "events.args.as-title-country.v1"
#: The rules of a titled office's own actor ("Venezuela's interim president").
TITLE_RULE_PREFIX = "actors.title."


def as_title_country(ids: list[str], doc: Doc, state: DocState) -> str | None:
    """The one country the "as" offices of the persons ``ids`` name, or None."""
    found: set[str] = set()
    for actor_id in ids:
        person = state.actor(actor_id)
        if person is None or person.kind != "person" or person.country is not None:
            continue
        for mention in (m for m in state.mentions if m.actor_id == actor_id):
            root = doc[mention.start : mention.end].root
            for office in _as_offices(root):
                other = state.mention_at(office.i)
                title = state.actor(other.actor_id) if other is not None else None
                if other is None or title is None or title is person \
                        or title.kind != "person" or title.country is None \
                        or not other.rule.startswith(TITLE_RULE_PREFIX):
                    continue
                found.add(title.country)
    return found.pop() if len(found) == 1 else None


def _as_offices(root: Token) -> list[Token]:
    """The heads of the "as" phrases said of a designating verb's object ``root``."""
    if root.dep_ not in {"dobj", "nsubjpass"} or root.head.pos_ not in {"VERB", "AUX"} \
            or root.head.lemma_.lower() not in rule_words("designating_verbs"):
        return []
    preps = [c for c in (*root.children, *root.head.children)
             if c.dep_ == "prep" and c.lower_ == "as"]
    return [p for prep in preps for p in prep.children if p.dep_ == "pobj"]
