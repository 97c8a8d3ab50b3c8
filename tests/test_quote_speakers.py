"""Speakers of quotes that are the right person, and long quotes kept whole (issue 13).

Short invented texts in the style of wire copy; each test names the rule it pins
(``stages/quote_speakers.py``, ``stages/quotemarks.py``).
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline.stages.quotemarks import find_quoted


def _record(text: str) -> Any:
    from dateline import extract

    return extract(text, date="2024-01-10")


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker as written, the name of the actor it resolves to) per quote."""
    record = _record(text)
    out = []
    for quote in record.quotes:
        actor = record.actor(quote.speaker.actor) if quote.speaker and quote.speaker.actor \
            else None
        out.append((quote.speaker.text if quote.speaker else None,
                    actor.name if actor is not None else None))
    return out


@pytest.mark.parametrize(("text", "speaker", "name"), [
    # the subject of an earlier clause of the same sentence
    ("A senior regional official told reporters that the talks had stalled, though he said "
     "they could resume.", "he", "senior regional official"),
    # the gender of a given name: "she" is not the man named last
    ("Angela Merkel met Vladimir Putin in Berlin on Monday. She said the meeting was useful.",
     "She", "Angela Merkel"),
    ("Angela Merkel met Vladimir Putin in Berlin on Monday. He said the meeting was useful.",
     "He", "Vladimir Putin"),
    # an honorific says the gender
    ("Mr Bello met Mrs Okafor on Monday. She said that the road would be rebuilt.",
     "She", "Mrs Okafor"),
])
def test_pronoun_speakers_resolve_to_a_compatible_person(text: str, speaker: str,
                                                         name: str) -> None:
    assert (speaker, name) in _speakers(text)


def test_description_speaker_is_the_last_speaker_of_that_kind() -> None:
    """"The group" is the organisation that spoke last, not the one named last."""
    text = ("Consumer Reports said on Monday that the phone was flawed. Apple fixed the flaw. "
            "The group said that the fix was a good first step.")
    assert ("The group", "Consumer Reports") in _speakers(text)


def test_named_person_in_apposition_is_the_speaker() -> None:
    """"The vice president of Dacia, Constantin Stroe" is Stroe, not the role."""
    text = "The vice president of Dacia, Constantin Stroe, said that the price was not important."
    assert _speakers(text)[0][1] == "Constantin Stroe"


def test_first_person_inside_a_direct_quote_is_its_speaker() -> None:
    text = 'Senator Sam Brownback said: "I expect there will be a protest by Boeing."'
    assert ("I", "Sam Brownback") in _speakers(text)


def test_first_person_outside_quotes_is_left_unresolved() -> None:
    text = "I believe the minister will resign, Maria Lund said in Oslo on Monday."
    assert all(name is None for speaker, name in _speakers(text) if speaker == "I")


def test_pronoun_inside_quoted_words_does_not_take_a_mention_from_them() -> None:
    """Mentions inside another speaker's quoted words are no antecedents for a speaker
    outside them."""
    text = ('"We spoke to President Joe Biden this week," said Prime Minister Rishi Sunak. '
            "He said that the call went well.")
    assert ("He", "Rishi Sunak") in _speakers(text)


# --- long quotes --------------------------------------------------------------------------------


def test_a_quote_over_several_lines_is_one_stretch() -> None:
    """One sentence per line (as in MEANTIME): a quote opened on one line and closed two lines
    later is one stretch, not three."""
    text = ('Gallois said, "Today is a great day.\nWe are proud of the work.\n'
            'It is a new era."\nShares rose.')
    (stretch,) = find_quoted(text)
    assert text[slice(*stretch.content)].endswith("It is a new era")


def test_a_blank_line_or_another_mark_stops_the_join() -> None:
    assert len(find_quoted('He said, "It is done.\n\nShe left," they said.')) == 0
    text = 'He said, "It is done.\nThe "plan" failed.\nAll over," he said.'
    assert [text[slice(*s.content)] for s in find_quoted(text)] == ["plan"]


def test_a_direct_quote_over_several_sentences_is_kept_whole() -> None:
    text = ('The company president Louis Gallois said, "Today is a great day in aviation '
            'history.\nWe are proud of the work.\nIt is a new era."\nShares rose.')
    (quote,) = _record(text).quotes
    assert quote.kind == "direct" and quote.content.text.endswith("It is a new era")
    assert quote.content.text.startswith("Today is a great day")


def test_open_paragraphs_all_join_the_quote_that_ends_them() -> None:
    """Paragraphs that open a quote and leave it open, each re-opened by the next one, are
    parts of the quote whose cue comes at the end (quotes.direct.paragraph.v3)."""
    text = ('Angela Merkel spoke to reporters.\n\n"We have waited a long time for this.\n\n'
            '"The plane is ready.\n\n"It will fly next year," she said.')
    record = _record(text)
    (quote,) = record.quotes
    assert [p.text for p in quote.parts] == [
        "We have waited a long time for this", "The plane is ready", "It will fly next year"]
    actor = record.actor(quote.speaker.actor) if quote.speaker and quote.speaker.actor else None
    assert actor is not None and actor.name == "Angela Merkel"


def test_an_object_is_never_a_speaker() -> None:
    """"the latest test was intended to ..." says what the test was for; nobody intends it."""
    text = "The State Department said the latest test was intended to destabilize the region."
    assert [s for s, _ in _speakers(text)] == ["The State Department"]


def test_a_speech_cue_joined_inside_a_complement_keeps_the_outer_speaker() -> None:
    """"X confirmed that the document had arrived and said ...": X said it, not the document."""
    text = ("In Baku, spokeswoman Leyla Mammadova confirmed that the document had arrived and "
            "said experts would study it carefully.")
    speakers = {s for s, _ in _speakers(text)}
    assert "the document" not in speakers and len(speakers) == 1
