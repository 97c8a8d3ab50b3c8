"""spaCy's ``AttributeRuler`` with the same output, faster: table lookups instead of a ``Matcher``.

The English pipeline's ``attribute_ruler`` runs a ``Matcher`` of about 180 patterns over every
doc (the tag map, TAG to POS and MORPH, and word exceptions); it was 10-14 % of a dateline run
and of bare spaCy's (issue 14). Its patterns are fixed sequences of tokens (nearly all one
token long), each token tested on its own attribute values (TAG, LOWER, DEP, IS_SPACE) for
equality, membership or a regular expression, so which of them a token satisfies depends only
on those values. ``FastAttributeRuler`` keeps the ruler's patterns (those of the loaded model,
read when the pipeline is built: ``stand_in``), and per doc:

- reads those attributes of every token with one ``Doc.to_array``; which token tests a
  combination of values passes is worked out once (trying only the tests that an equality or
  membership test on one of its values points to) and kept in a bounded table;
- finds the matches of the longer patterns from the tokens that pass their first test; any
  pattern the tables cannot express (operators, extensions, other predicates) runs in a
  ``Matcher`` of its own (none in ``en_core_web_sm``);
- applies the matched patterns to each token in the ruler's order (by pattern number: a later
  pattern overwrites an attribute an earlier one set) and writes the result back with one
  ``Doc.from_array``.

It stands in only when every pattern sets attributes it writes exactly as the ruler does (POS,
TAG, MORPH, LEMMA, DEP: token fields; the ruler also writes them to the lexeme, which has none
of them): ``supports``. It is otherwise the same class (patterns, serialisation, scorer).
``bench/attribute_identity.py`` compares its annotations with the original's token by token.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.pipeline.attributeruler import attribute_ruler_score
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: Attributes the stand-in writes: token fields that ``Doc.from_array`` sets exactly as the
#: ruler's ``set_token_attrs`` does (the ruler also writes the lexeme, but a lexeme has none of
#: these).
WRITABLE = (POS, TAG, MORPH, LEMMA, DEP)
#: Token attributes a one-token pattern may test in the lookup tables: ``Doc.to_array`` reads
#: them with the function the ``Matcher`` uses (``get_token_attr``).
READABLE = frozenset(IDS[name] for name in (
    "ORTH", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "TAG", "POS", "DEP", "LEMMA",
    "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_PUNCT", "IS_SPACE", "IS_TITLE",
    "IS_UPPER", "LIKE_NUM", "IS_STOP"))
#: Attributes whose values are strings (a regular expression tests the string).
STRING_ATTRS = frozenset(IDS[name] for name in ("ORTH", "LOWER", "NORM", "TAG", "DEP",
                                                 "LEMMA", "SHAPE", "PREFIX", "SUFFIX"))
#: Combinations of token values kept with their matching patterns (a bound on memory).
CACHE_SIZE = 50_000

Test = Callable[[int], bool]


@Language.factory(
    "dateline_fast_attributes",
    default_config={"validate": False,
                    "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_fast_attributes(nlp: Language, name: str, validate: bool,
                         scorer: Callable[..., Any] | None) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


def stand_in(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Replace the pipeline's ruler ``name`` with a ``FastAttributeRuler`` holding its patterns
    (same name, same place); False, and the pipeline unchanged, when there is none or its
    patterns set attributes the stand-in does not write."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    if type(ruler) is not AttributeRuler or not FastAttributeRuler.supports(ruler):
        return False
    patterns = ruler.patterns
    fast: Any = nlp.replace_pipe(name, "dateline_fast_attributes",
                                 config={"validate": ruler.validate})
    fast.add_patterns(patterns)
    return True


class FastAttributeRuler(AttributeRuler):
    """An ``AttributeRuler`` whose one-token patterns are table lookups (see the module)."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", *, validate: bool = False,
                 scorer: Callable[..., Any] | None = attribute_ruler_score) -> None:
        super().__init__(vocab, name, validate=validate, scorer=scorer)
        self._plan: _Plan | None = None

    @classmethod
    def supports(cls, ruler: AttributeRuler) -> bool:
        """Whether every pattern of ``ruler`` sets only attributes the stand-in writes."""
        return all(set(attrs) <= set(WRITABLE) for attrs in ruler.attrs)

    def add(self, patterns: Iterable[Any], attrs: dict[str, Any], index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._plan = None

    def clear(self) -> None:
        super().clear()
        self._plan = None

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            if self._plan is None:
                self._plan = _Plan(self)
            return self._plan.apply(doc)
        except Exception as exc:  # the ruler's own error handling (spaCy's error_handler)
            return error_handler(self.name, self, [doc], exc)


class _Plan:
    """The ruler's patterns as token tests read from tables, and a ``Matcher`` for the rest.

    Each token of a pattern made of fixed tokens (no operator) is a *spec*: a list of tests of
    the token's own attribute values. Per combination of values, the specs it satisfies are
    worked out once (an *outcome*, kept in ``cache``); a one-token pattern matches a token when
    its spec is in the token's outcome, a longer one when its specs are in the outcomes of
    consecutive tokens. Patterns with operators, extensions or other predicates go to the
    ``residual`` ``Matcher`` (none in en_core_web_sm)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.vocab = ruler.vocab
        self.indices: list[int] = list(ruler.indices)
        self.write: list[int | str] = sorted({a for attrs in ruler.attrs for a in attrs})
        column = {attr: i for i, attr in enumerate(self.write)}
        self.changes = [tuple((column[a], int(v)) for a, v in attrs.items())
                        for attrs in ruler.attrs]
        self.residual = Matcher(self.vocab, validate=False)
        self.specs: list[list[tuple[int, Test]]] = []
        self.spec_pattern: dict[int, int] = {}  # spec of a one-token pattern -> its number
        self.sequences: list[tuple[int, tuple[int, ...]]] = []  # number, specs (2+ tokens)
        for number in range(len(ruler.attrs)):
            alternatives = ruler.matcher.get(str(number))[1]
            if not self._add_specs(number, alternatives):
                self.residual.add(str(number), alternatives)
        self.read: list[int | str] = sorted({attr for spec in self.specs for attr, _ in spec})
        self.index = _SpecIndex(self.specs, self.read)
        self.cache: dict[tuple[int, ...], int] = {}
        self.outcomes: list[frozenset[int]] = []  # the specs each outcome satisfies
        self.outcome_ids: dict[frozenset[int], int] = {}
        self.patterns: list[tuple[int, ...]] = []  # per outcome, its one-token patterns
        self.heads: list[list[int]] = []  # per outcome, the sequences its specs begin
        self.tables: tuple[Any, Any, Any] | None = None

    def _add_specs(self, number: int, alternatives: list[list[dict[Any, Any]]]) -> bool:
        tests = [[_token_tests(token, self.vocab) for token in p] for p in alternatives]
        if not all(p and all(t is not None for t in p) for p in tests):
            return False
        for alternative in tests:
            first = len(self.specs)
            self.specs.extend(t for t in alternative if t is not None)
            if len(alternative) == 1:
                self.spec_pattern[first] = number
            else:
                self.sequences.append((number, tuple(range(first, len(self.specs)))))
        return True

    def apply(self, doc: Doc) -> Doc:
        if not len(doc) or not self.write:
            return doc
        current = doc.to_array(self.write)
        if current.ndim == 1:
            current = current.reshape((len(doc), 1))
        outcome = self._outcomes(doc)
        values, mask, has_head = self._tables()
        result: Any = numpy.where(mask[outcome], values[outcome], current)
        extra = self._sequence_matches(outcome, has_head)
        if len(self.residual):
            self._residual_matches(doc, extra)
        for i, numbers in extra.items():
            for col, value in self._final(numbers.union(self.patterns[outcome[i]])).items():
                result[i, col] = value
        doc.from_array(self.write, result)
        return doc

    def _outcomes(self, doc: Doc) -> Any:
        """Per token, the number of its outcome (the specs its attribute values satisfy)."""
        if not self.read:
            return numpy.zeros(len(doc), dtype=numpy.intp) + self._outcome_id(frozenset())
        columns = doc.to_array(self.read)
        keys = (zip(*columns.T.tolist(), strict=True) if columns.ndim == 2
                else ((v,) for v in columns.tolist()))
        cache, found = self.cache, []
        for key in keys:
            number = cache.get(key)
            if number is None:
                if len(cache) >= CACHE_SIZE:
                    cache.clear()
                number = cache[key] = self._outcome_id(self.index.satisfied(key))
            found.append(number)
        return numpy.array(found, dtype=numpy.intp)

    def _outcome_id(self, specs: frozenset[int]) -> int:
        number = self.outcome_ids.get(specs)
        if number is None:
            number = self.outcome_ids[specs] = len(self.outcomes)
            self.outcomes.append(specs)
            self.patterns.append(tuple(sorted(self.spec_pattern[s] for s in specs
                                              if s in self.spec_pattern)))
            self.heads.append([n for n, (_, seq) in enumerate(self.sequences) if seq[0] in specs])
            self.tables = None
        return number

    def _tables(self) -> tuple[Any, Any, Any]:
        """Per outcome: the value each written attribute ends with after its one-token patterns,
        whether one sets it, and whether the outcome begins a longer pattern."""
        if self.tables is None:
            shape = (len(self.outcomes), len(self.write))
            values = numpy.zeros(shape, dtype=numpy.uint64)
            mask = numpy.zeros(shape, dtype=bool)
            for row, patterns in enumerate(self.patterns):
                for col, value in self._final(patterns).items():
                    values[row, col], mask[row, col] = value, True
            has_head = numpy.array([bool(h) for h in self.heads], dtype=bool)
            self.tables = (values, mask, has_head)
        return self.tables

    def _final(self, patterns: Iterable[int]) -> dict[int, int]:
        """Column -> value after applying the patterns in the ruler's order (later wins)."""
        final: dict[int, int] = {}
        for number in sorted(patterns):
            final.update(self.changes[number])
        return final

    def _sequence_matches(self, outcome: Any, has_head: Any) -> dict[int, set[int]]:
        """Target token -> numbers of the longer patterns that match there (every start, as
        the ``Matcher`` finds them: no operator, so no choice of length)."""
        extra: dict[int, set[int]] = {}
        length = len(outcome)
        for start in numpy.flatnonzero(has_head[outcome]).tolist():
            for sequence in self.heads[outcome[start]]:
                number, specs = self.sequences[sequence]
                end = start + len(specs)
                if end <= length and all(spec in self.outcomes[outcome[start + k]]
                                         for k, spec in enumerate(specs)):
                    extra.setdefault(self._target(number, start, end), set()).add(number)
        return extra

    def _target(self, number: int, start: int, end: int) -> int:
        """The token a match sets, as ``Span.__getitem__`` finds it (a negative index counts
        from the end), with the ruler's error when there is none."""
        index = self.indices[number]
        target = end + index if index < 0 else start + index
        if not start <= target < end:
            raise ValueError(Errors.E1001.format(patterns=self.specs_of(number),
                                                 span=(start, end), index=index))
        return target

    def specs_of(self, number: int) -> list[tuple[int, ...]]:
        return [specs for n, specs in self.sequences if n == number]

    def _residual_matches(self, doc: Doc, extra: dict[int, set[int]]) -> None:
        for match_id, start, end in self.residual(doc, allow_missing=True, as_spans=False):
            number = int(self.vocab.strings[match_id])
            extra.setdefault(self._target(number, start, end), set()).add(number)


class _SpecIndex:
    """Specs by the values an equality or membership test of theirs accepts, so that a
    combination of token values tries only the specs that can accept it."""

    def __init__(self, specs: Sequence[list[tuple[int, Test]]], read: list[int | str]) -> None:
        position = {attr: i for i, attr in enumerate(read)}
        self.by_value: list[dict[int, list[tuple[int, list[Test], list[int]]]]] = [
            {} for _ in read]
        self.always: list[tuple[int, list[Test], list[int]]] = []
        for number, spec in enumerate(specs):
            entry = (number, [t for _, t in spec], [position[a] for a, _ in spec])
            anchor = _anchor(spec)
            if anchor is None:
                self.always.append(entry)
                continue
            attr, values = anchor
            for value in values:
                self.by_value[position[attr]].setdefault(value, []).append(entry)

    def satisfied(self, key: tuple[int, ...]) -> frozenset[int]:
        candidates = list(self.always)
        for table, value in zip(self.by_value, key, strict=True):
            candidates.extend(table.get(value, ()))
        return frozenset(number for number, tests, positions in candidates
                         if all(test(key[p]) for test, p in zip(tests, positions, strict=True)))


def _anchor(alternative: list[tuple[int, Test]]) -> tuple[int, frozenset[int]] | None:
    """The attribute and accepted values of the alternative's most selective equality or
    membership test (None when it has none)."""
    accepted = [(attr, getattr(test, "accepts", None)) for attr, test in alternative]
    usable = [(attr, values) for attr, values in accepted if values is not None]
    return min(usable, key=lambda item: len(item[1]), default=None)


class _Equals:
    def __init__(self, value: int) -> None:
        self.accepts = frozenset({value})
        self.value = value

    def __call__(self, value: int) -> bool:
        return value == self.value


class _In:
    def __init__(self, values: frozenset[int]) -> None:
        self.accepts = values

    def __call__(self, value: int) -> bool:
        return value in self.accepts


class _NotIn:
    def __init__(self, values: frozenset[int]) -> None:
        self.refused = values

    def __call__(self, value: int) -> bool:
        return value not in self.refused


class _Regex:
    def __init__(self, pattern: str, vocab: Vocab) -> None:
        self.pattern = re.compile(pattern)
        self.strings = vocab.strings

    def __call__(self, value: int) -> bool:
        return bool(self.pattern.search(self.strings[value]))


def _token_tests(token: dict[Any, Any], vocab: Vocab) -> list[tuple[int, Test]] | None:
    """The tests of a pattern's token that the tables can run, as the ``Matcher`` runs them
    (``_get_attr_values``, ``_SetPredicate``, ``_RegexPredicate``); None for any other token
    spec (operators, extensions, other predicates or attributes)."""
    tests: list[tuple[int, Test]] = []
    for name, value in token.items():
        attr = IDS.get("ORTH" if str(name).upper() == "TEXT" else str(name).upper())
        if attr not in READABLE:
            return None
        made = _value_tests(attr, value, vocab)
        if made is None:
            return None
        tests.extend((attr, test) for test in made)
    return tests


def _value_tests(attr: int, value: Any, vocab: Vocab) -> list[Test] | None:
    if isinstance(value, str):
        return [_Equals(vocab.strings.add(value))]
    if isinstance(value, bool | int):
        return [_Equals(int(value))]
    if not isinstance(value, dict):
        return None
    tests: list[Test] = []
    for predicate, argument in value.items():
        if predicate in ("IN", "NOT_IN") and isinstance(argument, list):
            values = frozenset(get_string_id(v) for v in argument)
            tests.append(_In(values) if predicate == "IN" else _NotIn(values))
        elif predicate == "REGEX" and isinstance(argument, str) and attr in STRING_ATTRS:
            tests.append(_Regex(argument, vocab))
        else:
            return None
    return tests
