"""Split an annotated case set into a development part and a test part, once, at random.

    python scripts/split_cases.py tests/data/NAME.yaml [--test-share 0.4] [--seed 20261130]

Reads a YAML list of cases (each with a unique ``id``) and writes ``tests/data/NAME/dev.yaml``
and ``tests/data/NAME/test.yaml`` (the header comment of the input is copied to both), then
removes the input. The draw is a seeded shuffle, so re-running on the same input gives the same
split. Rules are written against ``dev.yaml`` only; floors are pinned on ``test.yaml``.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import yaml


def header_of(text: str) -> str:
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return "\n".join(lines) + "\n" if lines else ""


def split(cases: list[dict[str, object]], share: float, seed: int) -> tuple[list, list]:
    ids = [str(case["id"]) for case in cases]
    if len(set(ids)) != len(ids):
        raise SystemExit("case ids are not unique")
    order = sorted(ids)
    random.Random(seed).shuffle(order)
    test_ids = set(order[: round(len(order) * share)])
    dev = [c for c in cases if str(c["id"]) not in test_ids]
    test = [c for c in cases if str(c["id"]) in test_ids]
    return dev, test


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--test-share", type=float, default=0.4)
    parser.add_argument("--seed", type=int, default=20261130)
    args = parser.parse_args()
    text = args.path.read_text(encoding="utf-8")
    cases = yaml.safe_load(text)
    dev, test = split(cases, args.test_share, args.seed)
    folder = args.path.with_suffix("")
    folder.mkdir(exist_ok=True)
    head = header_of(text)
    for name, part in (("dev", dev), ("test", test)):
        body = yaml.safe_dump(part, allow_unicode=True, sort_keys=False, width=100)
        (folder / f"{name}.yaml").write_text(head + body, encoding="utf-8")
    args.path.unlink()
    print(f"{folder}/dev.yaml: {len(dev)} cases; {folder}/test.yaml: {len(test)} cases")


if __name__ == "__main__":
    main()
