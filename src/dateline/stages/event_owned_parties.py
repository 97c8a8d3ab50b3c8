"""A subject that names a party of its own through its owner: "Morsi's supporters warned ...".

Wave 62 (ev62c, judged rounds 37-38: the source another party of the sentence, "Liberia's
electoral commission" coded as the state): an active verb's subject that no actor covers gives
its owner as the source ("the US response", "Britain's decision": the owner acts). When the
subject's head is a word for a party other than its owner (``clauses.owned_other_parties``: kin,
followers and aides, lawyers, a civilian such as a driver, a commission, a broadcaster, a media
watchdog), the owner is not the one acting: "his daughter was found", "Morsi's supporters have
warned", "an Israeli driver shot at them", "Liberia's electoral commission called on ...",
"a Thai television station refused ...". Such a subject gives no source
(``events.args.owned-other-party.v1``); a coder takes the party itself, which the actors stage
left uncoded, and an empty source is right more often than the owner. Not a state's own organs
whose acts are the state's ("the country's army", "the Obama administration", "Morales's
government"), nor acts and things ("Oman's decision"), nor members of a group ("the group's
members will meet": the group meets).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.syntax import words

OWNED_OTHER_PARTY = "events.args.owned-other-party.v1"


def other_party_subject(subjects: list[Token]) -> bool:
    """Whether a subject's head names a party other than its owner (a possessor or a
    modifier): a noun of ``clauses.owned_other_parties`` or ``clauses.kin_nouns``."""
    others = words("owned_other_parties") | words("kin_nouns")
    return any(s.pos_ in {"NOUN", "PROPN"} and s.lemma_.lower() in others for s in subjects)
