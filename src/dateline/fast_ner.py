"""spaCy's greedy entity recogniser with the same entities, faster: the transition loop in numpy.

The English pipeline's ``ner`` is a transition-based tagger: for each token it sums three
precomputed feature vectors (the next word, the first word of the open entity, the word
before), takes a maxout, scores the 74 BILUO moves with one matrix product, and takes the best
valid move. spaCy does that loop in Cython, but its wheel is built with profiling on (Cython's
``profile`` directive, Python < 3.12), so every small ``nogil`` helper it calls (``StateC.B_``,
``Begin.is_valid`` ... 74 validity tests per token) takes and releases the GIL: about 1.3 CPU s
per 150 synthetic stories, two thirds of the ``ner`` component and more than the parser as a
whole. ``FastEntityRecognizer`` runs the same loop over a batch with numpy:

- the same feature vectors, summed in the same order (0, then each feature, then the bias),
  and the same maxout (the later piece wins a tie, as ``Vec.arg_max`` has it);
- the same scores: the hidden-to-output product goes through the same BLIS ``sgemm`` call
  (``blis.py.gemm``, same shapes, strides, alpha and beta) on the same states in the same
  order, so every float is the same bit for bit; unseen classes get the step's minimum;
- the same moves: the validity tests of ``spacy/pipeline/_parser_internals/ner.pyx`` for a doc
  without preset entities (every ``ent_iob`` 0), as a table by (open entity's label, at least
  two words left, next word starts a sentence, word is a space), and the first best valid
  score (``arg_max_if_valid``).

The moves chosen are then made on spaCy's own ``StateClass`` (``open_ent``, ``close_ent``,
``push``, ``pop``, as each move's ``transition`` does) and spaCy's ``set_annotations`` writes
the entities. Anything else goes to spaCy's own ``predict``: preset entities (``ent_iob`` set),
beam search, another feature set, a score that is not finite, a GPU.
``tests/test_fast_ner.py`` compares the two loops on the same docs, and
``bench/attribute_identity.py`` the whole spaCy part against the stock components.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.pipeline.ner import DEFAULT_NER_MODEL
from thinc.api import NumpyOps, set_dropout_rate

try:  # BLIS comes with thinc; without it the stand-in is not installed
    from blis.py import gemm as blis_gemm  # type: ignore[import-untyped]
except ImportError:  # pragma: no cover
    blis_gemm = None

#: The BILUO move types, by the first letter of spaCy's move names ("B-ORG", "O", "U-").
BEGIN, IN, LAST, UNIT, OUT = "B", "I", "L", "U", "O"
ZERO = numpy.float32(0.0)


@Language.factory(
    "dateline_fast_ner",
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
    default_config={"model": DEFAULT_NER_MODEL, "moves": None,
                    "update_with_oracle_cut_size": 100, "incorrect_spans_key": None,
                    "scorer": {"@scorers": "spacy.ner_scorer.v1"}},
)
def make_fast_ner(nlp: Language, name: str, model: Any, moves: Any,
                  update_with_oracle_cut_size: int, incorrect_spans_key: str | None,
                  scorer: Any) -> FastEntityRecognizer:
    return FastEntityRecognizer(nlp.vocab, model, name=name, moves=moves,
                                update_with_oracle_cut_size=update_with_oracle_cut_size,
                                incorrect_spans_key=incorrect_spans_key, scorer=scorer)


def stand_in_ner(nlp: Language, name: str = "ner") -> bool:
    """Replace the pipeline's entity recogniser ``name`` with a ``FastEntityRecognizer`` with
    its weights and moves (same name, same place, same config); False, and the pipeline
    unchanged, when it is not spaCy's greedy ``EntityRecognizer`` or BLIS is missing."""
    if name not in nlp.pipe_names or blis_gemm is None:
        return False
    ner: Any = nlp.get_pipe(name)
    if type(ner) is not EntityRecognizer or ner.cfg.get("beam_width", 1) != 1:
        return False
    config = {key: value for key, value in nlp.config["components"][name].items()
              if key != "factory"}
    data = ner.to_bytes(exclude=["vocab"])
    fast: Any = nlp.replace_pipe(name, "dateline_fast_ner", config=config)
    fast.from_bytes(data, exclude=["vocab"])
    return True


class FastEntityRecognizer(EntityRecognizer):  # type: ignore[misc]  # Cython class, untyped
    """An ``EntityRecognizer`` whose greedy loop runs in numpy (see the module)."""

    def greedy_parse(self, docs: list[Any], drop: float = 0.0) -> Any:
        if drop or not _plain(docs):
            return super().greedy_parse(docs, drop=drop)
        self._ensure_labels_are_added(docs)
        plan = _Plan.of(self)
        if plan is None:
            return super().greedy_parse(docs, drop=drop)
        set_dropout_rate(self.model, drop)
        batch = self.moves.init_batch(docs)
        tok2vec, lower = self.model.layers[0], self.model.layers[1]  # as ParserStepModel
        cached = lower.predict(tok2vec.predict(docs))
        moves = plan.moves_of(docs, cached, lower.get_param("b"))
        if moves is None:  # a score that is not finite: spaCy's own loop decides
            return super().greedy_parse(docs, drop=drop)
        for state, chosen in zip(batch, moves, strict=True):
            plan.make(state, chosen)
        return batch


def _maxout(unmaxed: Any, pieces: int) -> Any:
    """Maxout over the last axis's groups of ``pieces``, as ``Vec.arg_max`` picks: a later
    piece wins only when it is greater."""
    grouped = unmaxed.reshape((*unmaxed.shape[:-1], unmaxed.shape[-1] // pieces, pieces))
    best = grouped[..., 0]
    for p in range(1, pieces):
        best = numpy.where(grouped[..., p] > best, grouped[..., p], best)
    return numpy.ascontiguousarray(best)


def _token_flags(docs: list[Any], n_tokens: int) -> tuple[list[bool], list[bool]]:
    """Per token of the batch: the next token of its doc starts a sentence; it is a space."""
    starts = numpy.zeros(n_tokens + 1, dtype=bool)
    spaces = numpy.zeros(n_tokens + 1, dtype=bool)
    offset = 0
    for doc in docs:
        if len(doc):
            columns = doc.to_array([SENT_START, IS_SPACE])
            starts[offset:offset + len(doc) - 1] = columns[1:, 0] == 1
            spaces[offset:offset + len(doc)] = columns[:, 1] != 0
        offset += len(doc)
    return starts.tolist(), spaces.tolist()


def _plain(docs: list[Any]) -> bool:
    """No preset entity in any doc (every ``ent_iob`` 0): the case the validity table is for."""
    return not any(doc.to_array(ENT_IOB).any() for doc in docs if len(doc))


class _Plan:
    """The recogniser's weights and moves, read once per model (see the module)."""

    def __init__(self, ner: Any) -> None:
        upper = ner.model.layers[-1]
        self.W, self.b = upper.get_param("W"), upper.get_param("b")
        self.unseen = sorted(ner.model.attrs["unseen_classes"])
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        self.kinds = [name[0] for name in names]
        strings = ner.vocab.strings
        self.labels = [strings[name[2:]] if name[2:] else 0 for name in names]
        distinct = sorted({label for label in self.labels if label})
        #: state code of an open entity: 1 + the position of its label here (0: none open)
        self.open_code = {label: i + 1 for i, label in enumerate(distinct)}
        self.move_kind = self.kinds
        self.move_open = [self.open_code.get(label, 0) for label in self.labels]
        #: 0 for a valid move, -inf for an invalid one, by state code (``_validity``)
        valid = self._validity(len(distinct) + 1)
        self.mask = numpy.where(valid, ZERO, -numpy.inf).astype("f")
        #: every state has a valid move (spaCy would end a state that has none)
        self.complete = bool(valid.any(axis=1).all())
        self.key = (id(ner.model), ner.moves.n_moves)

    @classmethod
    def of(cls, ner: Any) -> _Plan | None:
        """The plan for ``ner``'s current model and moves; None where the loop is not the
        greedy one this module copies (another feature set, no upper layer, a GPU)."""
        model = ner.model
        if (not isinstance(model.ops, NumpyOps) or len(model.layers) != 3
                or not model.attrs.get("has_upper") or ner.cfg.get("beam_width", 1) != 1):
            return None
        lower = model.layers[1]
        if lower.get_dim("nF") != 3 or lower.get_dim("nP") < 2:
            return None
        plan = getattr(ner, "_dateline_plan", None)  # not kept across a resize
        if plan is None or plan.key != (id(model), ner.moves.n_moves):
            plan = cls(ner)
            ner._dateline_plan = plan
        return plan if plan.complete else None

    def _validity(self, codes: int) -> Any:
        """Valid moves by state code: open entity (0 none, else its label's code) * 8 + at
        least two words left * 4 + next word starts a sentence * 2 + word is a space; the
        tests of ``ner.pyx`` with no preset entity (``ent_iob`` 0 everywhere)."""
        table = numpy.zeros((codes * 8, len(self.kinds)), dtype=bool)
        for code in range(codes * 8):
            open_, two_left, next_starts, space = code // 8, code & 4, code & 2, code & 1
            for m, (kind, label) in enumerate(zip(self.kinds, self.labels, strict=True)):
                same = open_ and self.open_code.get(label) == open_
                if kind == BEGIN:
                    ok = not open_ and two_left and label and not next_starts and not space
                elif kind == IN:
                    ok = open_ and two_left and label and same and not next_starts
                elif kind == LAST:
                    ok = label and open_ and same
                elif kind == UNIT:
                    ok = label and not open_ and not space
                elif kind == OUT:
                    ok = not open_
                else:  # MISSING
                    ok = False
                table[code, m] = bool(ok)
        return table

    def moves_of(self, docs: list[Any], cached: Any, bias: Any) -> list[list[int]] | None:
        """The move chosen at each token of each doc, in spaCy's order of states and steps."""
        n_f, n_p = cached.shape[1], cached.shape[3]
        table = cached.reshape((cached.shape[0], n_f, -1))  # row 0: padding, row i + 1: token i
        first, start, before = (numpy.ascontiguousarray(table[:, f]) for f in range(3))
        bias = bias.reshape(-1)
        # A state with no open entity sums the next word's vector and two paddings: the
        # same float operations for every token at once, in the same order
        closed = _maxout(((ZERO + first[1:]) + start[0]) + before[0] + bias, n_p)
        lengths = [len(doc) for doc in docs]
        offsets = numpy.cumsum([0, *lengths]).tolist()
        starts, spaces = _token_flags(docs, offsets[-1])
        mask, W, b, unseen = self.mask, self.W, self.b, self.unseen
        move_kind, move_open = self.move_kind, self.move_open
        chosen: list[list[int]] = [[] for _ in docs]
        states = [[i, offsets[i], 0, 0] for i, length in enumerate(lengths) if length]
        while states:  # [doc, next token (batch index), open entity's code, its first token]
            tokens = [state[1] for state in states]
            hidden = closed[tokens]
            for row, (_, token, code, ent_start) in enumerate(states):
                if code:  # an open entity: its first word and the word before the next
                    unmaxed = ((ZERO + first[token + 1]) + start[ent_start + 1]) + before[token]
                    hidden[row] = _maxout(unmaxed + bias, n_p)
            scores = blis_gemm(hidden, W, trans2=True, beta=0.0)
            scores += b
            if not numpy.isfinite(scores).all():
                return None
            if unseen:
                scores[:, unseen] = scores.min()
            codes = [state[2] * 8 + (offsets[state[0] + 1] - state[1] >= 2) * 4
                     + starts[state[1]] * 2 + spaces[state[1]] for state in states]
            guesses = (scores + mask[codes]).argmax(axis=1).tolist()
            for state, guess in zip(states, guesses, strict=True):
                chosen[state[0]].append(guess)
                kind = move_kind[guess]
                if kind == BEGIN:
                    state[2], state[3] = move_open[guess], state[1]
                elif kind != IN:
                    state[2] = 0
                state[1] += 1
            states = [state for state in states if state[1] < offsets[state[0] + 1]]
        return chosen

    def make(self, state: Any, moves: list[int]) -> None:
        """Make the moves on spaCy's state, as each move's ``transition`` in ``ner.pyx``."""
        kinds, labels = self.kinds, self.labels
        for m in moves:
            kind = kinds[m]
            if kind in (BEGIN, UNIT):
                state.open_ent(labels[m])
            if kind in (LAST, UNIT):
                state.close_ent()
            state.push()
            state.pop()
