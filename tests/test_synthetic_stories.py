"""The imported synthetic stories: one seeded, stratified dev/test split (issue 11)."""

from __future__ import annotations

import collections
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT / "data" / "synthetic_stories"


def _script() -> ModuleType:
    path = ROOT / "scripts" / "import_synthetic.py"
    spec = importlib.util.spec_from_file_location("import_synthetic", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read(name: str) -> list[dict[str, object]]:
    lines = (STORIES / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_split_is_stratified_seeded_and_complete() -> None:
    split = _script().split
    stories = [{"id": f"s{i:02d}", "label": "A" if i < 10 else "B"} for i in range(15)]
    dev, test = split(stories, 0.4, 7)
    assert (dev, test) == split(stories, 0.4, 7)
    assert collections.Counter(s["label"] for s in test) == {"A": 4, "B": 2}
    assert sorted(s["id"] for s in dev + test) == [s["id"] for s in stories]
    assert split(stories, 0.4, 8)[1] != test


def test_committed_split() -> None:
    dev, test = _read("dev.jsonl"), _read("test.jsonl")
    assert (len(dev), len(test)) == (2701, 1799)
    ids = [str(s["id"]) for s in dev + test]
    assert sorted(ids) == [f"ngec-{n:04d}" for n in range(1, 4501)]
    assert set(dev[0]) == {"id", "title", "title_template", "text", "label", "mode", "source"}
    for label, total in collections.Counter(str(s["label"]) for s in dev + test).items():
        in_test = sum(1 for s in test if s["label"] == label)
        assert abs(in_test - total * 0.4) <= 0.5, label
    assert all(s["text"] and "{" not in str(s["title"]) for s in dev + test)


def test_readme_says_test_part_is_never_read() -> None:
    readme = (STORIES / "README.md").read_text(encoding="utf-8")
    assert "`test.jsonl` is never read while writing rules" in readme
    assert "MIT License" in (STORIES / "LICENSE").read_text(encoding="utf-8")


@pytest.mark.shared
def test_import_reproduces_the_committed_split(shared: Path, tmp_path: Path) -> None:
    source = shared / "data" / "ngec" / "gpt_synthetic_events_2023-10-19_19.csv.zip"
    assert _script().main([str(source), "--out", str(tmp_path)]) == 0
    for name in ("dev.jsonl", "test.jsonl"):
        assert (tmp_path / name).read_bytes() == (STORIES / name).read_bytes(), name
