"""Adversarial inputs against a normal article of the same size, side by side (issue 19).

    python bench/adversarial.py [--only NAME ...]

Each input runs in a fresh process that loads the pipeline once and then times a normal article
of the same length (distinct synthetic news stories) and the adversarial one, one after the
other, so both share the machine's state. Printed per input: characters, seconds for each,
their ratio (goal: at most 5), the outcome (record or error code), and the process's peak RSS
(goal: under 1 GB).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable


def chronology() -> str:
    lines = [f"On March {1 + i % 28}, 2022, forces shelled the district of Sector {i} for "
             f"{1 + i % 9} hours, the governor said the next day." for i in range(700)]
    return "\n".join(lines)


def transcript() -> str:
    lines = [f'"We will not accept point {i} of the plan," the delegate said. "Never."'
             for i in range(700)]
    return "\n".join(lines)


def short_quotes() -> str:
    return " ".join(f'Officials said "no {i}" and "yes {i}" before noon.' for i in range(3000))


INPUTS: dict[str, Callable[[], str]] = {
    "chronology-700-dated-lines": chronology,
    "transcript-700-quoted-lines": transcript,
    "3000-short-quotes": short_quotes,
    "date-repeated-6000": lambda: "January 1, 2023 " * 6000,
    "the-past-10000": lambda: "the past " * 10000,
    "monday-10000": lambda: "Monday, " * 10000,
    "quote-marks-10000": lambda: 'He said " ' * 1000 + '"' * 9000,
    "commas-16000": lambda: "The minister spoke" + "," * 16000 + " and left.",
    "commas-90000": lambda: "The minister spoke" + "," * 90000 + " and left.",
    "ratio-1-1-30000": lambda: "1:1" * 30000,
}


def normal_text(size: int) -> str:
    """Distinct news stories (the repo's synthetic stories) joined up to ``size`` characters.
    Not the sample corpus repeated: cleaning drops repeated paragraphs, which left the "normal"
    article at about 17,000 characters whatever size was asked for."""
    import corpora

    out: list[str] = []
    length = 0
    for article in corpora.synthetic():
        if length >= size:
            break
        out.append(article.text)
        length += len(article.text) + 2
    return "\n\n".join(out)[:size].rsplit(" ", 1)[0] + "."


def run_one(name: str) -> dict[str, object]:
    """In a child process: time the normal article, then the adversarial one."""
    from dateline import extract_many
    from dateline.pipeline import PipelineConfig, load_pipeline
    from dateline.record import ErrorRecord

    load_pipeline(PipelineConfig())
    list(extract_many(["Officials met in Geneva on Monday, the ministry said."],
                      date="2024-03-06"))  # warm-up: lexicon tables and gazetteer load once
    text = INPUTS[name]()
    timings = []
    outcomes = []
    for candidate in (normal_text(len(text)), text):
        started = time.perf_counter()
        [result] = list(extract_many([candidate], date="2024-03-06"))
        timings.append(time.perf_counter() - started)
        outcomes.append(result.code if isinstance(result, ErrorRecord) else "record")
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"name": name, "chars": len(text), "normal_s": timings[0], "input_s": timings[1],
            "outcome": outcomes[1], "peak_mb": peak_kb / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", default=None, choices=sorted(INPUTS))
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child)))
        return
    print(f"{'input':32} {'chars':>8} {'normal s':>9} {'input s':>9} {'ratio':>7} "
          f"{'peak MB':>8}  outcome")
    worst = 0.0
    for name in args.only or INPUTS:
        done = subprocess.run([sys.executable, __file__, "--child", name], capture_output=True,
                              text=True, check=True)
        row = json.loads(done.stdout.strip().splitlines()[-1])
        ratio = row["input_s"] / max(row["normal_s"], 1e-3)
        worst = max(worst, ratio)
        print(f"{name:32} {row['chars']:>8,} {row['normal_s']:>9.2f} {row['input_s']:>9.2f} "
              f"{ratio:>7.2f} {row['peak_mb']:>8.0f}  {row['outcome']}")
    print(f"worst ratio {worst:.2f} (goal <= 5)")


if __name__ == "__main__":
    main()
