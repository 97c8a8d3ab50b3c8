"""Long articles go through spaCy's statistical components in pieces (issue 19: the peak RSS
of a 42,000-token article): cuts at line or sentence ends, the same tokens and text after."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dateline.pieces import annotate, cuts


def _doc(text: str) -> Doc:
    words = text.replace("\n", " \n ").split(" ")
    words = [w for w in words if w]
    spaces = [w != "\n" and i + 1 < len(words) and words[i + 1] != "\n"
              for i, w in enumerate(words)]
    return Doc(Vocab(), words=words, spaces=spaces)


def test_cuts_cover_the_doc_and_end_at_lines_or_sentences() -> None:
    sentence = _doc("one two three four five six . seven eight nine ten eleven")
    assert cuts(sentence, 8) == [(0, 7), (7, 12)]  # after the full stop
    line = _doc("one two three four five six\nseven eight nine ten")
    assert cuts(line, 8) == [(0, 7), (7, 11)]  # after the line break
    plain = _doc(" ".join(["word"] * 20))
    ranges = cuts(plain, 8)  # nowhere to cut: at the limit
    assert ranges == [(0, 8), (8, 16), (16, 20)]
    assert all(a[1] == b[0] for a, b in pairwise(ranges))
    assert cuts(plain, 100) == [(0, 20)]


@pytest.mark.model
def test_a_doc_annotated_in_pieces_keeps_its_tokens_text_and_inputs(nlp: Any) -> None:
    from dateline.stages.state import set_inputs

    text = ("Russia accused Ukraine of shelling the town on Monday.\n"
            "France and Germany agreed to hold talks next week, officials said.") * 3
    whole = nlp(set_inputs(nlp.make_doc(text), "2022-01-26"))
    pieces = annotate(nlp, set_inputs(nlp.make_doc(text), "2022-01-26"), piece_tokens=12)
    assert pieces.text == whole.text and len(pieces) == len(whole)
    assert pieces.user_data["dateline.document_date"] == "2022-01-26"
    assert [e.text for e in pieces.ents] == [e.text for e in whole.ents]
