"""An act told only as the content of reports or rumours is reported (wave 84, ev84j; issue 11).

Blind judges (rounds 45, 48 and 50) found "asserted" wrong for an act that the sentence gives as
what reports say: "with reports of police firing on the crowd", "pointed to reports that the
agency had used spyware to target officials". The writer does not tell the act as a fact but
passes on what is being reported: an act inside a claim is reported (CONVENTIONS.md). A report
that is the subject of its own verb ("the report blamed the army") is not this shape: the act
there is the report's own, told by the writer.

``events.modality.reports-content.v1``: an act that hangs, within a few steps of content links
(an "of" object, a that-clause or a participle under the noun, an infinitive of purpose inside
it), below a noun of report or rumour (``clauses.report_content_nouns``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.syntax import words

__all__ = ["REPORTS_CONTENT_RULE", "reports_content"]

REPORTS_CONTENT_RULE = "events.modality.reports-content.v1"
#: How far up the report noun may lie ("reports that the agency had used spyware to target").
_STEPS = 4
#: Links by which an act lies inside what the noun reports: "reports of police firing" (the
#: parser hangs "firing" on "police" as a participle), "reports that X had used" (a clause the
#: parser hangs on the noun), "to target" (the purpose inside that clause).
_CONTENT_LINKS = frozenset({"pobj", "pcomp", "prep", "acl", "ccomp", "xcomp"})


def reports_content(token: Token) -> bool:
    """Whether ``token`` is told only as what reports or rumours say
    (events.modality.reports-content.v1)."""
    nouns = words("report_content_nouns")
    node = token
    for _ in range(_STEPS):
        head = node.head
        if head.i == node.i or node.dep_ not in _CONTENT_LINKS:
            return False
        if head.pos_ == "NOUN" and head.lemma_.lower() in nouns:
            return node.dep_ != "prep" or node.lower_ == "of"  # not "reports from the town"
        node = head
    return False
