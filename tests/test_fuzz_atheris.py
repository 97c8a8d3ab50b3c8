"""Issue 19: a short coverage-guided fuzzing run of the readers, for a fixed budget."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HARNESS = Path(__file__).resolve().parents[1] / "fuzz" / "readers.py"


def test_readers_survive_a_short_atheris_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number, seed in enumerate([b'\x02{"text": "Hello.", "date": "2022/08/10"}\n',
                                   b"\x03id,text\n1,Hello.\n", b"\x01<p>Hello</p>",
                                   b"\x00Plain text."]):
        (corpus / f"seed{number}").write_bytes(seed)
    done = subprocess.run(
        [sys.executable, str(HARNESS), "-runs=2000", "-max_total_time=15", "-seed=19",
         f"-artifact_prefix={tmp_path}/", str(corpus)],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Done" in done.stderr or "DONE" in done.stderr
