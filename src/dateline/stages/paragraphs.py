"""Sentence starts the parser must respect: every paragraph (line) and the text after a wire
dateline begin a sentence. Runs before the parser; a headline without a full stop then never
runs into the first paragraph."""

from __future__ import annotations

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from dateline.stages.state import PREFIX
from dateline.stages.syntax import doc_text


@Language.factory("dateline_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs_stage(nlp: Language, name: str) -> ParagraphsStage:
    return ParagraphsStage()


class ParagraphsStage:
    def __call__(self, doc: Doc) -> Doc:
        return mark_paragraph_starts(doc)


def mark_paragraph_starts(doc: Doc) -> Doc:
    starts = {0}
    offset = 0
    for line in doc_text(doc).split("\n")[:-1]:
        offset += len(line) + 1
        starts.add(offset)
    dateline_end = doc.user_data.get(PREFIX + "dateline_end")
    if dateline_end:
        starts.add(dateline_end)
    at = {idx: i for i, idx in enumerate(doc.to_array(IDX).tolist())}  # no Token per word
    for start in sorted(starts):
        i = at.get(start)
        if i is not None and not doc[i].is_space:
            doc[i].is_sent_start = True
    return doc
