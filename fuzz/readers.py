"""Coverage-guided fuzzing of the readers (HTML, JSONL, CSV, plain text) with atheris.

    python fuzz/readers.py -runs=20000          # or -max_total_time=60

Any exception that escapes a reader is a crash: a reader must turn every input into articles
or error records. The test suite runs this for a fixed budget (tests/test_fuzz_atheris.py).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from dateline.ingest.readers import Article, ReadFailure, read_inputs

SUFFIXES = (".txt", ".html", ".jsonl", ".csv")
FOLDER = Path(tempfile.mkdtemp(prefix="dateline-fuzz-"))


def one_input(data: bytes) -> None:
    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    path = FOLDER / f"input{suffix}"
    path.write_bytes(data[1:])
    for item in read_inputs([str(path)]):
        if not isinstance(item, Article | ReadFailure):
            raise TypeError(f"reader yielded {type(item).__name__}")


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
