"""Wave 41, ev41f: a speaker's own acts told in the first person inside their direct quote.

events.args.quoted-self.v1: "'I urge all sides ...,' Guterres said" is Guterres's REQUEST; "'We
condemn ...,' the Foreign Ministry said" is the ministry's ACCUSE; "we" of a person speaking for
a body is that body, else the person. Outside a direct quote, or with a speaker no actor covers,
nothing changes.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"


def _events(text: str) -> list[tuple[str, list[str], list[str], str]]:
    record = extract(text, date=DATE, min_confidence=0)
    names = {a.id: a.name for a in record.actors}
    return [(e.type, [names[i] for i in e.source], [names[i] for i in e.target], e.rule)
            for e in record.events]


def test_i_in_a_quote_is_its_speaker(nlp: Any) -> None:
    text = ('"I urge all states involved to refrain from supporting the rebels," U.N. '
            'Secretary-General Antonio Guterres said on Monday.')
    events = _events(text)
    assert [(e[0], e[1]) for e in events] == [("REQUEST", ["Antonio Guterres"])]
    assert "events.args.quoted-self.v1" in events[0][3]


def test_we_of_a_body_is_the_body(nlp: Any) -> None:
    text = ('"We strongly condemn the attack on the embassy," the Egyptian Foreign Ministry '
            'said in a statement.')
    events = _events(text)
    # coref or the quoted-self rule, whichever links "we": the ministry is the source
    assert [e[0] for e in events] == ["ACCUSE"]
    assert len(events[0][1]) == 1 and "ministry" in events[0][1][0].lower()


def test_a_verb_sharing_its_subject_takes_the_speaker(nlp: Any) -> None:
    text = ('"We have reached an understanding with the government," rebel commander '
            'Ahmed Musa told reporters.')
    events = _events(text)
    assert [(e[0], e[1]) for e in events] == [("AGREE", ["Ahmed Musa"])]


def test_first_person_outside_a_quote_stays_unresolved(nlp: Any) -> None:
    # no quotation marks: "we" has no speaker to stand for, so the act has no source
    text = "We call on all parties to return to the negotiating table, the statement read."
    assert not [e for e in _events(text) if "events.args.quoted-self.v1" in e[3]]


def test_a_speaker_no_actor_covers_gives_no_source(nlp: Any) -> None:
    text = '"I urge all sides to show restraint," the letter read.'
    assert _events(text) == []  # no speaker actor: the urging still has no source


def test_a_speaker_fighting_for_a_cause_is_no_assault(nlp: Any) -> None:
    text = ('"I have always been fighting for the community," city councillor Kshama Sawant '
            'said on Monday.')
    assert not [e for e in _events(text) if e[0] == "ASSAULT"]


def test_a_passive_first_person_is_not_the_doer(nlp: Any) -> None:
    text = ('"We are not going to be intimidated," opposition leader Maria Corina Machado '
            'told reporters.')
    assert not [e for e in _events(text) if "events.args.quoted-self.v1" in e[3]]


def test_an_object_controlled_complement_is_not_the_speakers(nlp: Any) -> None:
    # pairs41: "I invite X to stop taking part in these protests" - X would stop, not the speaker
    text = ('"I invite all our citizens abroad to stop taking part in these protests," President '
            'Truong Tan Sang said in a decree.')
    events = _events(text)
    assert not [e for e in events if e[0] == "PROTEST" and "events.args.quoted-self.v1" in e[3]]
