"""spaCy's English rule lemmatizer with the same output, faster: one lemma per word form.

The English pipeline's ``lemmatizer`` (rule mode) visits every token in Python and calls
``rule_lemmatize``, whose result depends only on the token's ORTH, POS and MORPH, but which
caches only some of its answers (a singular noun, a base-form verb or a positive adjective
is worked out again each time, reading its morphology into a dict). It was about 7 % of bare
spaCy's time on news (issue 14). ``FastLemmatizer`` reads ORTH, POS, MORPH and LEMMA of all
tokens with one ``Doc.to_array``, asks the lemmatizer's own ``rule_lemmatize`` once per
combination of (ORTH, POS, MORPH) and keeps the answer in a bounded table, and writes the
lemmas back with one ``Doc.from_array``. Tokens that already have a lemma (set by the
attribute ruler) keep it, as with ``overwrite = False``; a token without POS is passed to
``rule_lemmatize`` each time, as before (it warns). It stands in only for the English
lemmatizer in rule mode without overwrite (``stand_in_lemmatizer``), with the model's own
tables (``lookups``).
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc

#: (ORTH, POS, MORPH) combinations kept with their lemma (a bound on memory).
CACHE_SIZE = 100_000
COLUMNS: list[int | str] = [ORTH, POS, MORPH, LEMMA]


@Language.factory(
    "dateline_fast_lemmatizer",
    assigns=["token.lemma"],
    default_config={"model": None, "mode": "rule", "overwrite": False,
                    "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
)
def make_fast_lemmatizer(nlp: Language, model: Any, name: str, mode: str, overwrite: bool,
                         scorer: Any) -> FastLemmatizer:
    return FastLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


def stand_in_lemmatizer(nlp: Language, name: str = "lemmatizer") -> bool:
    """Replace the pipeline's lemmatizer ``name`` with a ``FastLemmatizer`` holding its tables
    (same name, same place); False, and the pipeline unchanged, when it is not spaCy's English
    lemmatizer in rule mode without overwrite."""
    if name not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe(name)
    if (type(lemmatizer) is not EnglishLemmatizer or lemmatizer.mode != "rule"
            or lemmatizer.overwrite):
        return False
    fast: Any = nlp.replace_pipe(name, "dateline_fast_lemmatizer")
    fast.lookups = lemmatizer.lookups
    return True


class FastLemmatizer(EnglishLemmatizer):
    """An ``EnglishLemmatizer`` that lemmatises each (ORTH, POS, MORPH) once (see the module)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # lemma strings, not hashes: a string added inside ``nlp.memory_zone()`` is gone from
        # the StringStore when the zone ends, so each doc adds the lemma it uses again
        self.known: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule" or self.overwrite:
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            if len(doc):
                doc.from_array([LEMMA], self._lemmas(doc))
            return doc
        except Exception as exc:  # spaCy's Lemmatizer hands it to its error handler the same way
            return error_handler(self.name, self, [doc], exc)

    def _lemmas(self, doc: Doc) -> Any:
        known, strings = self.known, self.vocab.strings
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array(COLUMNS).tolist()):
            if lemma == 0:
                key = (orth, pos, morph)
                text = known.get(key) if pos else None
                if text is None:
                    text = self.lemmatize(doc[i])[0]
                    if pos:
                        if len(known) >= CACHE_SIZE:
                            known.clear()
                        known[key] = text
                lemma = strings.add(text)
            lemmas.append(lemma)
        return numpy.array(lemmas, dtype=numpy.uint64)
