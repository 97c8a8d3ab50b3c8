"""What every dateline stage shares: its lexicon from config, serialisation, error recording.

A stage is built by its spaCy factory from a config such as::

    [components.dateline_events]
    factory = "dateline_events"
    on_error = "raise"
    user_lexicons = [{"file": "mine.yaml", "entries": {"events": [...]}}]

``user_lexicons`` holds the users' entries themselves (``read_user_lexicon(path).to_config()``),
so the settings travel with ``nlp.config``, ``nlp.to_disk`` and ``nlp.pipe(n_process=N)``. The
entries are validated when the stage is built. ``on_error = "record"`` turns an exception into
an error noted on the doc (``state.error_of``) so that one bad article does not sink a batch.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ClassVar

from spacy.tokens import Doc

from dateline.budget import ArticleTimeout, article_budget, article_timeout
from dateline.errors import LexiconError
from dateline.lexicon.schema import validate_user
from dateline.lexicons import LexiconData, UserLexicon, builtin_rules, read_user_lexicon, using
from dateline.stages.state import (
    DocState,
    error_of,
    record_error,
    seconds_left,
    stage_view,
    start_clock,
)

DEFAULT_CONFIG: dict[str, Any] = {"user_lexicons": [], "on_error": "raise"}
LEXICON_FILE = "user_lexicons.json"


def _remaining(doc: Doc) -> float:
    """Seconds this stage may take: what is left of the article's budget
    (``DATELINE_ARTICLE_TIMEOUT``), counted from the first dateline stage on this doc. spaCy
    runs per-doc components one doc after another, so no other article's time is counted; the
    batched parser before them runs in linear time once cleaning has bounded symbol runs.
    0 means no budget."""
    budget = article_timeout()
    if budget <= 0:
        return 0
    left = seconds_left(doc, budget)
    if left <= 0:
        raise ArticleTimeout(f"the article took longer than {budget:g} s (the time budget per "
                             f"article; raise DATELINE_ARTICLE_TIMEOUT)")
    return left


class Stage:
    """A dateline stage: ``process`` fills the typed state; the rest is plumbing."""

    #: Lexicon sections the stage reads (validated when it is built).
    sections: ClassVar[tuple[str, ...]] = ()
    #: Which tables of ``DocState`` it publishes (``state.TABLES``).
    table: ClassVar[str] = ""
    #: The stages whose tables it reads.
    reads: ClassVar[tuple[str, ...]] = ()

    def __init__(self, name: str, user_lexicons: Iterable[dict[str, Any]] = (),
                 on_error: str = "raise") -> None:
        if on_error not in {"raise", "record"}:
            raise ValueError(f"on_error must be 'raise' or 'record', got {on_error!r}")
        self.name = name
        self.on_error = on_error
        self._set_lexicons([UserLexicon.from_config(entry) for entry in user_lexicons])

    def _set_lexicons(self, user: list[UserLexicon]) -> None:
        for lexicon in user:
            validate_user(lexicon.entries, lexicon.file, builtin_rules())
        self.user = tuple(user)  # every section: the pipeline's cleaning reads boilerplate
        self.data = LexiconData(self.user)
        for section in self.sections:
            self.data.section(section)  # load (and validate) now, not on the first article

    def __call__(self, doc: Doc) -> Doc:
        if error_of(doc) is not None:
            return doc  # an earlier stage failed on this doc
        start_clock(doc)
        try:
            with article_budget(_remaining(doc)), using(self.data), \
                    stage_view(doc, self.reads) as state:
                self.process(doc, state)
                state.write(doc, self.table)
        except LexiconError:
            raise
        except Exception as exc:  # recorded as the doc's error; the batch goes on
            if self.on_error == "raise":
                raise
            record_error(doc, self.name, exc)
        return doc

    def process(self, doc: Doc, state: DocState) -> None:
        raise NotImplementedError

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *,
                   nlp: Any = None, lexicons: Iterable[str] = ()) -> None:
        """Add users' lexicon files (paths) to the ones the stage has."""
        added = [read_user_lexicon(path) for path in lexicons]
        self._set_lexicons([*self.user, *added])

    def lexicon_config(self) -> list[dict[str, Any]]:
        return [lexicon.to_config() for lexicon in self.user]

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return json.dumps(self.lexicon_config(), ensure_ascii=False).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> Stage:
        self._set_lexicons([UserLexicon.from_config(e) for e in json.loads(data)])
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        directory = Path(path)
        directory.mkdir(parents=True, exist_ok=True)
        (directory / LEXICON_FILE).write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Stage:
        file = Path(path) / LEXICON_FILE
        if file.is_file():
            self.from_bytes(file.read_bytes())
        return self
