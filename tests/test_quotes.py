from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from dateline.evaluate import quote_matches
from dateline.stages.quotemarks import find_quoted

CASES = [case for part in ("dev", "test") for case in yaml.safe_load(
    (Path(__file__).parent / "data" / "quote_cases" / f"{part}.yaml").read_text("utf-8"))]
FULLY_CORRECT_FLOOR = 0.97  # floors only go up
SPURIOUS_CEILING = 0.02


def _fields(quote: Any) -> dict[str, Any]:
    return {"speaker": quote.speaker.text if quote.speaker else None,
            "cue": quote.cue.text if quote.cue else None,
            "content": quote.content.text, "kind": quote.kind}


def _score() -> tuple[int, int, int, int, list[str]]:
    from dateline import extract

    correct = total = spurious = predicted = 0
    wrong: list[str] = []
    for case in CASES:
        got = [_fields(q) for q in extract(case["text"], date="2024-01-10").quotes]
        predicted += len(got)
        expected = [{k: q[k] for k in ("speaker", "cue", "content", "kind")}
                    for q in case["quotes"]]
        total += len(expected)
        hits = sum(e in got for e in expected)
        correct += hits
        spurious += sum(g not in expected for g in got)
        if hits < len(expected):
            wrong.append(case["id"])
    return correct, total, spurious, predicted, wrong


def test_quote_set_covers_every_pattern() -> None:
    patterns = {c["pattern"] for c in CASES}
    assert len(CASES) >= 80
    assert {"direct-trailing", "indirect-that", "mixed", "according-to", "multi-paragraph",
            "pronoun-speaker", "negative", "guillemets", "colon-dash"} <= patterns


def test_quote_set_floor(nlp) -> None:  # type: ignore[no-untyped-def]
    correct, total, spurious, predicted, wrong = _score()
    assert correct / total >= FULLY_CORRECT_FLOOR, wrong
    assert spurious / predicted <= SPURIOUS_CEILING + (1 - FULLY_CORRECT_FLOOR), wrong


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will not back down," the minister said.', ("the minister", "said", "direct")),
        ('She said: "The border stays closed."', ("She", "said", "direct")),
        ("Lavrov said that the talks had failed.", ("Lavrov", "said", "indirect")),
        ("The talks had failed, the ministry said.", ("the ministry", "said", "indirect")),
        ('Blinken said the reply has "very positive things" in it.',
         ("Blinken", "said", "mixed")),
        ("According to the ministry, the talks failed.",
         ("the ministry", "According to", "indirect")),
    ],
)
def test_patterns(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    from dateline import extract

    [quote] = extract(text, date="2024-01-10").quotes
    assert (quote.speaker.text, quote.cue.text, quote.kind) == expected


def test_scare_quotes_are_not_statements(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline import extract

    record = extract('The so-called "red line" was crossed near the "buffer zone" on Monday.',
                     date="2024-01-10")
    assert record.quotes == []


def test_unbalanced_marks_never_swallow_the_article() -> None:
    text = 'He said "we will win.\nThe next paragraph is plain.\nSo is this one.'
    assert find_quoted(text) == []


def test_marks_of_every_kind_pair() -> None:
    for text in ['“Yes,” she said.', "«Oui», a-t-il dit.", "‘No,’ he said.", "'Never,' he said."]:
        [stretch] = find_quoted(text)
        assert text[stretch.content[0]:stretch.content[1]] in {"Yes", "Oui", "No", "Never"}


def test_apostrophes_are_not_quote_marks() -> None:
    assert find_quoted("The ministry’s view won’t change, officials’ aides said.") == []


def test_seed_gold_quotes(seed_record, shared) -> None:  # type: ignore[no-untyped-def]
    gold = json.loads((shared / "eval" / "seed.gold.json").read_text(encoding="utf-8"))
    missing = [g["contains"] for g in gold["quotes"]
               if not any(quote_matches(seed_record, q, g) for q in seed_record.quotes)]
    assert missing == []
    assert len(seed_record.quotes) == len(gold["quotes"])


def test_a_quote_ending_its_sentence_does_not_attach_to_the_next(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline import extract

    record = extract('Asked whether talks would resume, she said: "Not this week." The report, '
                     "released on Monday, says the ceasefire held.", date="2024-03-06")
    got = [(q.speaker.text, q.cue.text, q.content.text) for q in record.quotes if q.speaker]
    assert got == [("she", "said", "Not this week"),
                   ("The report, released on Monday", "says", "the ceasefire held")]
