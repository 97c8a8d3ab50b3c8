"""Wave 48 (ev48d): a happening told inside an object phrase is no party to the event.

"ordered the re-opening of a complex that was shuttered after a mine attack killed two
policemen": the adverbial clause with its own subject ("an attack killed ...") tells another
event of another time; the parties it names are that event's, not whom the order is aimed at.
A sample of disc targets found such words given as targets, with the object itself naming none.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.syntax import SUBJECTS, words

NESTED_HAPPENING = "events.args.nested-happening.v1"


def happening_words(phrase: Token) -> set[int]:
    """Token indices of the adverbial clauses nested below ``phrase`` (never the phrase
    itself) that tell another happening: their own subject and a mark of time or cause ("after
    X killed Y", "when X attacked Y"). A condition ("unless the government agrees") or an
    infinitive with a subject ("calling for Kabila to intervene") often names whom the act is
    aimed at, and stays."""
    found: set[int] = set()
    for token in phrase.subtree:
        if token.i != phrase.i and token.dep_ == "advcl" and token.i not in found \
                and _tells_happening(token):
            found |= {t.i for t in token.subtree}
    return found


def _tells_happening(clause: Token) -> bool:
    children = list(clause.children)
    return any(c.dep_ in SUBJECTS for c in children) and any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in words("happening_clause_marks")
        for c in children)  # spaCy reads "when" as an advmod, "after" as a mark
