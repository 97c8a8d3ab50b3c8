"""Round 43 sampler: four judges on the final code of the session, 4 x 60 events and 4 x 6 lead
paragraphs of the held-out news, one seed, drawn (like rounds 41-42) only from sentences and lead
paragraphs no earlier round showed. Judge a takes the first quarter, b the second, and so on.

usage (from docs/judged/round43): python sample43.py SEED RECORDS.jsonl
writes events-{a,b,c,d}-items.jsonl and paragraphs-{a,b,c,d}.jsonl here
"""
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round41"))
import sample41  # noqa: E402

JUDGES, N_EVENTS, N_PARAGRAPHS = "abcd", 60, 6


def main() -> None:
    seed, records = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(seed)
    pool, fresh = sample41.unshown(records)
    events = [sample41.sample18.view(*x) for x in rng.sample(pool, len(JUDGES) * N_EVENTS)]
    picked = rng.sample(fresh, len(JUDGES) * N_PARAGRAPHS)
    for i, judge in enumerate(JUDGES):
        write_events(judge, events[i * N_EVENTS:(i + 1) * N_EVENTS])
        write_paragraphs(judge, picked[i * N_PARAGRAPHS:(i + 1) * N_PARAGRAPHS])


def write_events(judge: str, events: list) -> None:
    with open(sample41.HERE / f"events-{judge}-items.jsonl", "w") as f:
        for n, item in enumerate(events, 1):
            f.write(json.dumps({"n": n, "corpus": "heldout_news", **item}) + "\n")


def write_paragraphs(judge: str, stories: list) -> None:
    with open(sample41.HERE / f"paragraphs-{judge}.jsonl", "w") as f:
        for r in stories:
            rec = r["record"]
            start, para = sample41.paragraph_of(rec["text"])
            end = start + len(para)
            evs = [sample41.sample18.view(r["id"], rec, e) for e in rec["events"] if start <= e["sentence"]["start"] < end]
            f.write(json.dumps({"doc": r["id"], "paragraph": para, "events": evs}) + "\n")


if __name__ == "__main__":
    sample41.HERE = Path(__file__).resolve().parent
    main()
