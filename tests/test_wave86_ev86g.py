"""Wave 86, ev86g: a pronoun that opens a sentence is the last sentence's main subject.

actors.pronoun.main-subject.v1: "The governor said the mayor could not serve. He asked ...":
among the subjects of an earlier sentence, the subject of its main clause (or of a verb
coordinated with it) is the antecedent of a he / she / it / they before any subject of a
clause inside it (a reported, causal or relative clause), which used to win as the latest
subject. Near misses: a main subject the pronoun cannot be (plural people for "he": the
embedded subject still takes it) and a pronoun whose antecedent is in its own sentence.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Governor Paulo Mendes said on radio that he would take charge because Mayor Rui Costa "
     "was too ill to serve. He urged residents to stay calm.", "urged", "Mendes"),
    ("Senator Ana Ruiz rejected the ruling, saying that Judge Maria Lopes had no right to "
     "annul the vote. She asked the assembly to meet on Monday.", "asked", "Ruiz"),
])
def test_main_subject_before_embedded_subject(text: str, trigger: str, source: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert any(source in name for name in names_of(record, event.source))


def test_plural_main_subject_leaves_embedded_subject() -> None:
    # "officials" cannot be "he": the minister named inside the reported clause still is
    record = record_of("Officials said Minister Karl Brandt had resigned on Friday. "
                       "He urged his party to stay united.")
    event = trigger_event(record, "urged")
    assert any("Brandt" in name for name in names_of(record, event.source))


def test_pronoun_in_own_sentence_unchanged() -> None:
    # the same sentence's subject is taken first, as before
    record = record_of("Governor Paulo Mendes said Mayor Rui Costa had quit. "
                       "Costa's deputy, Luis Prado, said he urged calm.")
    event = trigger_event(record, "urged")
    assert any("Prado" in name for name in names_of(record, event.source))
