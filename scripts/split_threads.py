"""Split the exchange-thread test set into a development part and a test part, once, at random.

    python scripts/split_threads.py tests/data/threads [--test-share 0.4] [--seed 20261130]

Moves ``exchange_*.yaml`` into ``dev/`` and ``test/``: the sorted file names are shuffled with
``random.Random(seed)`` and the first ``round(n * share)`` go to ``test/``. The articles of
``negatives.yaml`` are split the same way over their sorted ids (a fresh ``Random(seed)``) into
``dev/negatives.yaml`` and ``test/negatives.yaml``. Refuses to run when either part exists, so
the draw is made once; prints it for the README. Rules are written against ``dev/`` only.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path
from typing import Any

import yaml
from split_cases import header_of


class BlockDumper(yaml.SafeDumper):
    """Multi-line strings as literal blocks, so article texts stay readable."""


def represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


BlockDumper.add_representer(str, represent_text)


def draw(names: list[str], share: float, seed: int) -> list[str]:
    order = sorted(names)
    random.Random(seed).shuffle(order)
    return sorted(order[: round(len(order) * share)])


def split_negatives(folder: Path, share: float, seed: int) -> list[str]:
    path = folder / "negatives.yaml"
    text = path.read_text(encoding="utf-8")
    articles: list[dict[str, Any]] = yaml.safe_load(text)["articles"]
    test_ids = draw([a["id"] for a in articles], share, seed)
    for part in ("dev", "test"):
        chosen = [a for a in articles if (a["id"] in test_ids) == (part == "test")]
        body = yaml.dump(
            {"articles": chosen}, Dumper=BlockDumper, allow_unicode=True, sort_keys=False, width=100
        )
        (folder / part / "negatives.yaml").write_text(header_of(text) + body, encoding="utf-8")
    path.unlink()
    return test_ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--test-share", type=float, default=0.4)
    parser.add_argument("--seed", type=int, default=20261130)
    args = parser.parse_args()
    if (args.folder / "dev").exists() or (args.folder / "test").exists():
        raise SystemExit("already split: the draw is made once")
    names = [p.name for p in sorted(args.folder.glob("exchange_*.yaml"))]
    test_names = draw(names, args.test_share, args.seed)
    for part in ("dev", "test"):
        (args.folder / part).mkdir()
    for name in names:
        part = "test" if name in test_names else "dev"
        (args.folder / name).rename(args.folder / part / name)
    test_negatives = split_negatives(args.folder, args.test_share, args.seed)
    print(f"exchanges: {len(names)}; test: {', '.join(test_names)}")
    print(f"negatives test: {', '.join(test_negatives)}")


if __name__ == "__main__":
    main()
