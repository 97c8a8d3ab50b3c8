from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from dateline.ingest.readers import Article, ReadFailure, decode_bytes, read_inputs


def _items(*paths: Path | str, stdin: bytes = b"") -> list[Article | ReadFailure]:
    return list(read_inputs([str(p) for p in paths], stdin=io.BytesIO(stdin)))


def test_txt_and_md(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One article.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Title\nAnother.", encoding="utf-8")
    items = _items(tmp_path / "a.txt", tmp_path / "b.md")
    assert [type(i) for i in items] == [Article, Article]
    assert items[0].text == "One article." and items[0].source.path.endswith("a.txt")


def test_folder_is_recursive_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First.", encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    items = _items(tmp_path)
    assert [i.text for i in items if isinstance(i, Article)] == ["First.", "Second."]
    assert len(items) == 2


def test_stdin() -> None:
    items = _items("-", stdin=b"Moscow said no.")
    assert isinstance(items[0], Article) and items[0].source.path == "-"


def test_jsonl_fields_and_bad_lines(tmp_path: Path) -> None:
    rows = [json.dumps({"id": "x1", "text": "Hello.", "title": "T", "url": "http://e.org/1",
                        "publisher": "P", "date": "2024-01-02"}),
            "{not json", json.dumps({"title": "no text"}), json.dumps([1, 2]), ""]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(rows), encoding="utf-8")
    items = _items(path)
    assert isinstance(items[0], Article)
    assert items[0].source.id == "x1" and items[0].published == "2024-01-02"
    assert items[0].source.url == "http://e.org/1" and items[0].source.publisher == "P"
    failures = [i for i in items if isinstance(i, ReadFailure)]
    assert [f.error.code for f in failures] == ["bad-row", "bad-row", "bad-row"]
    assert "not JSON" in str(failures[0].error) and "text" in str(failures[1].error)


def test_csv_rows_and_missing_text_column(tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text('id,published,text\n1,2024-02-11T08:00:00Z,"A, quoted ""text""."\n',
                    encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("id,body\n1,hello\n", encoding="utf-8")
    items = _items(good, bad)
    assert isinstance(items[0], Article) and items[0].text == 'A, quoted "text".'
    assert items[0].published == "2024-02-11T08:00:00Z"
    assert isinstance(items[1], ReadFailure) and "no 'text' column" in str(items[1].error)


def test_html_main_text_without_boilerplate(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>Paragraph {n} says the envoys met in Vienna to talk about the "
                         f"ceasefire and the prisoners.</p>" for n in range(4))
    html = (f"<html><head><title>Envoys meet</title></head><body><nav>Home | World</nav>"
            f"<article><h1>Envoys meet</h1>{paragraphs}</article>"
            f"<footer>Subscribe to our newsletter</footer></body></html>")
    path = tmp_path / "p.html"
    path.write_text(html, encoding="utf-8")
    [item] = _items(path)
    assert isinstance(item, Article)
    assert "envoys met in Vienna" in item.text and "Home | World" not in item.text
    assert item.source.title == "Envoys meet"


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(bytes(range(256)) * 10)
    [item] = _items(path)
    assert isinstance(item, ReadFailure) and item.error.code == "binary"


def test_invalid_utf8_is_decoded() -> None:
    text = "Le ministre a déclaré que la réunion aura lieu à Genève."
    assert decode_bytes(text.encode("latin-1")) == text


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "e.txt"
    path.write_text("  \n", encoding="utf-8")
    [item] = _items(path)
    assert isinstance(item, ReadFailure) and item.error.code == "empty"


def test_unreadable_path(tmp_path: Path) -> None:
    [item] = _items(tmp_path / "missing.txt")
    assert isinstance(item, ReadFailure) and item.error.code == "unreadable"


def test_oversized_article_refused_with_limit_in_message(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1_100_000, encoding="utf-8")  # 5.5 MB
    [item] = _items(path)
    assert isinstance(item, ReadFailure) and item.error.code == "too-large"
    assert "limit is 1,000,000" in str(item.error)


@pytest.mark.parametrize("name", ["a.txt", "b.html", "c.jsonl", "d.csv"])
def test_every_reader_reports_source_path(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    items = _items(path)
    assert all(str(tmp_path) in (i.source.path or "") for i in items)
