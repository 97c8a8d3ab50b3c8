"""Round 45 sampler: the second blind round on the second held-out news set (data/heldout_news2/, ids
h2-...), on the code of the session's end. Like rounds 41-43 on the first set, it draws only from
sentences and lead paragraphs no earlier round showed (here: round 44); one seed draws 4 x 60 events
and 4 x 6 leads, judge a takes the first quarter of each draw, b the second, and so on.

usage (from docs/judged/round45): python sample45.py SEED RECORDS.jsonl
writes events-{a,b,c,d}-items.jsonl and paragraphs-{a,b,c,d}.jsonl here
"""
import json
import random
import sys
from pathlib import Path

JUDGED = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(JUDGED / "round41"))
import sample41  # noqa: E402

sample18 = sample41.sample18
JUDGES, N_EVENTS, N_PARAGRAPHS = "abcd", 60, 6
HERE = Path(__file__).resolve().parent
PREFIX = "h2-"
CORPUS = "heldout_news2"  # rounds 46-47 reuse this sampler with their own HERE, PREFIX, CORPUS


def _round(folder: Path) -> int:
    """47 for docs/judged/round47; folders that are no round sort first."""
    digits = folder.name.removeprefix("round")
    return int(digits) if digits.isdigit() else -1


def shown_h2() -> dict:
    """doc -> normalised texts of the second set's stories shown by earlier rounds."""
    shown: dict = {}
    for f in sorted(JUDGED.glob("round*/*.jsonl")):
        if _round(f.parent) >= _round(HERE):  # a re-run draws the same items: later rounds
            continue                            # and this one do not count as shown
        for line in open(f):
            item = json.loads(line)
            doc = item.get("doc") or ""
            if doc.startswith(PREFIX):
                for key in ("sentence", "context_before", "paragraph"):
                    if item.get(key):
                        shown.setdefault(doc, []).append(sample18.norm(item[key]))
    return shown


def unshown(records: str) -> tuple[list, list]:
    """The events in sentences and the stories with lead paragraphs no earlier round showed."""
    stories = [r for r in map(json.loads, open(records)) if "error" not in r["record"]]
    shown = shown_h2()
    pool = []
    for r in stories:
        rec = r["record"]
        for ev in rec["events"]:
            s = ev["sentence"]
            if sample18.unseen(shown, r["id"], rec["text"][s["start"]:s["end"]]):
                pool.append((r["id"], rec, ev))
    fresh = [r for r in stories if sample18.paragraph_unseen(
        shown, r["id"], sample41.paragraph_of(r["record"]["text"])[1])]
    print(f"# {len(stories)} stories, {len(pool)} events in unshown sentences, {len(fresh)} unshown "
          "first paragraphs", file=sys.stderr)
    return pool, fresh


def main() -> None:
    seed, records = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(seed)
    pool, fresh = unshown(records)
    events = [sample18.view(*x) for x in rng.sample(pool, len(JUDGES) * N_EVENTS)]
    picked = rng.sample(fresh, min(len(fresh), len(JUDGES) * N_PARAGRAPHS))
    for i, judge in enumerate(JUDGES):
        with open(HERE / f"events-{judge}-items.jsonl", "w") as f:
            for n, item in enumerate(events[i * N_EVENTS:(i + 1) * N_EVENTS], 1):
                f.write(json.dumps({"n": n, "corpus": CORPUS, **item}) + "\n")
        with open(HERE / f"paragraphs-{judge}.jsonl", "w") as f:
            for r in picked[i * N_PARAGRAPHS:(i + 1) * N_PARAGRAPHS]:
                rec = r["record"]
                start, para = sample41.paragraph_of(rec["text"])
                end = start + len(para)
                evs = [sample18.view(r["id"], rec, e) for e in rec["events"]
                       if start <= e["sentence"]["start"] < end]
                f.write(json.dumps({"doc": r["id"], "paragraph": para, "events": evs}) + "\n")


if __name__ == "__main__":
    main()
