"""Issue 19: hostile and careless inputs become error records of their own; nothing after them
is lost, nothing is read whole before the size check, nothing blocks."""

from __future__ import annotations

import io
import json
import os
import random
from pathlib import Path

import pytest

from dateline.errors import NotProse
from dateline.ingest.clean import MAX_SYMBOL_RUN, check_prose, clean
from dateline.ingest.readers import MAX_ARTICLE_CHARS, Article, ReadFailure, read_inputs

PROSE = ("The foreign ministers of both countries met in Geneva on Tuesday and agreed to "
         "resume talks on the border next month, officials said after the meeting.")


def _items(*paths: Path | str, stdin: bytes = b"") -> list[Article | ReadFailure]:
    return list(read_inputs([str(p) for p in paths], stdin=io.BytesIO(stdin)))


def _codes(items: list[Article | ReadFailure]) -> list[str]:
    return [i.error.code if isinstance(i, ReadFailure) else "ok" for i in items]


def test_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    [item] = _items(fifo)
    assert isinstance(item, ReadFailure) and "not a regular file" in str(item.error)


def test_device_is_refused() -> None:
    [item] = _items("/dev/zero")
    assert isinstance(item, ReadFailure) and item.error.code == "unreadable"


def test_sparse_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(8 * 1024**3)  # 8 GB, sparse: reading it whole would exhaust memory
    [item] = _items(path)
    assert isinstance(item, ReadFailure) and item.error.code == "too-large"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-16-be"])
def test_utf16_and_utf32_with_bom_are_decoded(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    data = PROSE.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    [item] = _items(path)
    assert isinstance(item, Article) and item.text == PROSE


def test_jsonl_bad_lines_do_not_end_the_file(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "First."}).encode(),
        b"[" * 100_000 + b"]" * 100_000,  # nested 100,000 deep
        b'{"text": "x", "n": ' + b"9" * 5000 + b"}",  # a 5,000-digit integer
        b'{"text": "bad \xff utf-8"}',
        json.dumps({"text": "Split\u2028not."}, ensure_ascii=False).encode(),
        json.dumps({"text": "Last."}).encode(),
    ]
    path = tmp_path / "c.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = _items(path)
    assert _codes(items) == ["ok", "bad-row", "bad-row", "bad-row", "ok", "ok"]
    assert isinstance(items[4], Article) and items[4].text == "Split\u2028not."
    assert items[5].source.path == f"{path}:6"


def test_jsonl_line_over_the_limit_is_skipped_alone(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    huge = json.dumps({"text": "a" * (MAX_ARTICLE_CHARS * 4 + 5000)})
    path.write_text(huge + "\n" + json.dumps({"text": "After."}) + "\n", encoding="utf-8")
    items = _items(path)
    assert _codes(items) == ["too-large", "ok"]


def test_csv_oversized_field_is_one_row_error(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    big = "b" * (MAX_ARTICLE_CHARS + 10)
    path.write_text(f"id,text\n1,First.\n2,{big}\n3,Third.\n", encoding="utf-8")
    items = _items(path)
    assert _codes(items) == ["ok", "bad-row", "ok"]
    assert isinstance(items[2], Article) and items[2].text == "Third."


def test_jsonl_on_stdin_is_read_as_jsonl() -> None:
    data = b"\n".join(json.dumps({"id": f"s{i}", "text": f"Text {i}."}).encode()
                      for i in range(3))
    items = _items("-", stdin=data)
    assert [i.source.id for i in items] == ["s0", "s1", "s2"]


def test_plain_text_on_stdin_stays_one_article() -> None:
    items = _items("-", stdin=b"{not json} but an article.")
    assert len(items) == 1 and isinstance(items[0], Article)


def test_unlistable_subfolder_is_an_error_record(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ok.txt").write_text("Readable.", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text("Hidden.", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path) == locked:  # as root, chmod 000 does not stop us: simulate it
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = _items(tmp_path)
    assert _codes(items) == ["unreadable", "ok"]
    assert "locked" in str(items[0].error)


def test_bidi_and_control_characters_are_removed_and_recorded() -> None:
    text = "Russia\u200f and\u202b Ukraine\u202c exchanged\u0000 prisoners\u2066 on\u2069 Monday."
    cleaned = clean(text)
    assert cleaned.text == "Russia and Ukraine exchanged prisoners on Monday."
    [removed] = [r for r in cleaned.removed if r.kind == "control-chars"]
    assert "U+200F" in removed.text and "U+0000" in removed.text


def test_nul_after_the_first_8kb_is_removed(tmp_path: Path) -> None:
    path = tmp_path / "late-nul.txt"
    path.write_bytes((PROSE + "\n") .encode() * 60 + b"tail\x00end.")
    [item] = _items(path)
    assert isinstance(item, Article)
    assert "\x00" not in clean(item.text).text


def test_symbol_runs_are_cut_and_long_words_broken() -> None:
    cleaned = clean(PROSE + " " + "," * 16_000 + " " + "1:1" * 3_000 + " " + PROSE * 100)
    assert ",," * 5 not in cleaned.text and "," * MAX_SYMBOL_RUN in cleaned.text
    assert max(len(word) for word in cleaned.text.split()) <= 200
    assert any(r.kind == "symbol-run" for r in cleaned.removed)
    assert cleaned.text.startswith(PROSE)


def test_random_high_bytes_are_not_prose(tmp_path: Path) -> None:
    rng = random.Random(19)
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(rng.randrange(128, 256) for _ in range(100_000)))
    items = _items(path)
    if isinstance(items[0], Article):  # decoded as some 8-bit encoding: the prose check refuses it
        with pytest.raises(NotProse):
            clean(items[0].text)
    else:
        assert items[0].error.code in {"binary", "not-prose"}


@pytest.mark.parametrize("text", [",.;:!?-()" * 200, "12 345 678 " * 100, "1:1 " * 500])
def test_mostly_non_letters_is_not_prose(text: str) -> None:
    with pytest.raises(NotProse):
        check_prose(text)


def test_prose_in_other_scripts_and_accents_passes() -> None:
    check_prose("Le ministre a déclaré que les négociations reprendraient à Genève. " * 5)
    check_prose("Министр заявил, что переговоры возобновятся в Женеве на следующей неделе. " * 5)
    check_prose("Stocks fell 2.5% to 10,234.56 on 2024-01-05.")  # short: not judged
