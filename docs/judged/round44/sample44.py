"""Round 44 sampler: the first blind round on the second held-out news set (data/heldout_news2/, ids
h2-...), which no rule writer has read and no earlier round showed. One seed draws 4 x 60 events at random
from all events dateline predicts on those stories and 4 x 6 stories for their first paragraph; judge a
takes the first quarter of each draw, b the second, and so on. Item view as rounds 18-43
(round18/sample18.view). A later round on this set must draw only from what this round did not show
(as round41/sample41.unshown does for the first set).

usage (from docs/judged/round44): python sample44.py SEED RECORDS.jsonl
writes events-{a,b,c,d}-items.jsonl and paragraphs-{a,b,c,d}.jsonl here
"""
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round41"))
import sample41  # noqa: E402

JUDGES, N_EVENTS, N_PARAGRAPHS = "abcd", 60, 6
HERE = Path(__file__).resolve().parent


def pools(records: str) -> tuple[list, list]:
    """All events of the stories that extracted cleanly, and those stories."""
    stories = [r for r in map(json.loads, open(records)) if "error" not in r["record"]]
    events = [(r["id"], r["record"], ev) for r in stories for ev in r["record"]["events"]]
    print(f"# {len(stories)} stories, {len(events)} events", file=sys.stderr)
    return events, stories


def main() -> None:
    seed, records = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(seed)
    pool, stories = pools(records)
    events = [sample41.sample18.view(*x) for x in rng.sample(pool, len(JUDGES) * N_EVENTS)]
    picked = rng.sample(stories, len(JUDGES) * N_PARAGRAPHS)
    for i, judge in enumerate(JUDGES):
        write_events(judge, events[i * N_EVENTS:(i + 1) * N_EVENTS])
        write_paragraphs(judge, picked[i * N_PARAGRAPHS:(i + 1) * N_PARAGRAPHS])


def write_events(judge: str, events: list) -> None:
    with open(HERE / f"events-{judge}-items.jsonl", "w") as f:
        for n, item in enumerate(events, 1):
            f.write(json.dumps({"n": n, "corpus": "heldout_news2", **item}) + "\n")


def write_paragraphs(judge: str, stories: list) -> None:
    with open(HERE / f"paragraphs-{judge}.jsonl", "w") as f:
        for r in stories:
            rec = r["record"]
            start, para = sample41.paragraph_of(rec["text"])
            end = start + len(para)
            evs = [sample41.sample18.view(r["id"], rec, e) for e in rec["events"] if start <= e["sentence"]["start"] < end]
            f.write(json.dumps({"doc": r["id"], "paragraph": para, "events": evs}) + "\n")


if __name__ == "__main__":
    main()
