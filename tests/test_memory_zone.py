"""``extract_many`` runs windows of articles in ``nlp.memory_zone()`` (issue 14: flat worker
memory): spaCy's vocabulary does not grow with the corpus, and the records are those of a run
without zones, also for words first seen in a zone that has ended (the lemma stand-in keeps
lemma strings, not hashes of strings a zone frees)."""

from __future__ import annotations

from collections.abc import Iterator
from weakref import WeakKeyDictionary

import pytest

from dateline import pipeline
from dateline.pipeline import PipelineConfig, extract_many, load_pipeline
from dateline.record import Record


def word(number: int) -> str:
    """A made-up word per number: letters only, so spaCy sees a new noun or name."""
    letters = "".join("bdfgklmnprstvz"[(number // 14 ** k) % 14] + "aeiou"[k % 5]
                      for k in range(4))
    return letters.capitalize()


def texts(start: int, count: int) -> Iterator[str]:
    for i in range(start, start + count):
        new = word(i)
        yield (f"LONDON, May 2, 2022 - The {new}ian minister {new}ski said on Monday that "
               f"{new}ia would meet France about the {new.lower()}ers and their "
               f"{new.lower()}ings.")


def strings_after(items: list[str]) -> tuple[int, list[Record]]:
    nlp = load_pipeline(PipelineConfig())
    records = [r for r in extract_many(items) if isinstance(r, Record)]
    assert len(records) == len(items)
    return len(nlp.vocab.strings), records


def test_the_vocabulary_stays_bounded_across_many_new_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the strings it may keep (a small bound here), every window runs in a zone."""
    monkeypatch.setattr(pipeline, "KEPT_STRINGS", 100)
    monkeypatch.setattr(pipeline, "_FIRST_STRINGS", WeakKeyDictionary())  # a new process
    strings_after(list(texts(0, 3)))  # tables and lexicons loaded
    kept, _ = strings_after(list(texts(1000, 70)))  # its first window runs outside zones
    later, _ = strings_after(list(texts(2000, 140)))
    assert later - kept < 20, (kept, later)
    assert kept - pipeline._FIRST_STRINGS[load_pipeline(PipelineConfig())] >= 100


def test_without_zones_the_vocabulary_grows(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can fail: the same kind of run without zones adds strings per text."""
    monkeypatch.setattr(pipeline, "MEMORY_ZONES", False)
    strings_after(list(texts(0, 3)))
    first, _ = strings_after(list(texts(5000, 20)))
    later, _ = strings_after(list(texts(6000, 40)))
    assert later - first > 40, (first, later)


def test_records_are_those_of_a_run_without_zones(monkeypatch: pytest.MonkeyPatch) -> None:
    """Twice over the same new words (the second time after their zone ended: the lemma
    stand-in's table then holds them), with zones, and once without: the same records."""
    monkeypatch.setattr(pipeline, "KEPT_STRINGS", 0)  # every window in a zone
    items = list(texts(9000, 70))
    _, zoned = strings_after(items)
    _, again = strings_after(items)
    monkeypatch.setattr(pipeline, "MEMORY_ZONES", False)
    _, plain = strings_after(items)
    assert zoned == plain and again == plain
    assert any(t.lower() != t for r in plain for a in r.actors for t in [a.name])


def test_below_the_bound_words_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    """spaCy would make a word met in every zone again in every zone: below the bound, windows
    run outside zones and their words stay; past it, a zone frees them."""
    nlp = load_pipeline(PipelineConfig())
    monkeypatch.setattr(pipeline, "_FIRST_STRINGS", WeakKeyDictionary())
    strings_after(list(texts(13000, 2)))
    assert word(13000) + "ski" in nlp.vocab  # made outside a zone: it stays
    monkeypatch.setattr(pipeline, "KEPT_STRINGS", 0)
    strings_after(list(texts(14000, 2)))
    assert word(14000) + "ski" not in nlp.vocab  # made in a zone: freed when it ended
