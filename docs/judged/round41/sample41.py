"""Round 41 sampler: the first blind round on the held-out news stories (data/heldout_news/), which no rule
writer has read. One seed draws 2 x 60 events at random from the events dateline predicts on all stories,
in sentences no earlier judging of these stories showed (none before round 41), and 2 x 12 stories whose
first paragraph was never shown; judge a takes the first half of each draw, judge b the second, so the two
judges score different items. Item view as rounds 18-40 (round18/sample18.view).

usage (from docs/judged/round41): python sample41.py SEED RECORDS.jsonl
writes events-{a,b}-items.jsonl and paragraphs-{a,b}.jsonl here
"""
import json
import random
import sys
from pathlib import Path

JUDGED = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(JUDGED / "round18"))
import sample18  # noqa: E402

HERE = Path(__file__).resolve().parent
N_EVENTS, N_PARAGRAPHS = 60, 12


def shown_heldout() -> dict:
    """doc -> normalised texts of held-out stories shown by judgings up to this round (own files excluded)."""
    shown: dict = {}
    files = sorted(JUDGED.glob("round*/*.jsonl")) + sorted(JUDGED.glob("pairs*/items*.jsonl"))
    for f in files:
        if f.parent == HERE:  # a re-run of this round draws the same items
            continue
        for line in open(f):
            item = json.loads(line)
            doc = item.get("doc") or ""
            if doc.startswith("hn-"):
                for key in ("sentence", "context_before", "paragraph"):
                    if item.get(key):
                        shown.setdefault(doc, []).append(sample18.norm(item[key]))
    return shown


def paragraph_of(text: str) -> tuple[int, str]:
    # A record's text keeps one newline between paragraphs (the stories file has a blank line), so the
    # first paragraph is the first line; as drawn for round 41 this split on a blank line and gave whole
    # stories, and both judges cut the first paragraph by hand (see summary.md).
    return sample18.first_paragraph(text)


def unshown(records: str) -> tuple[list, list]:
    """The events in sentences and the stories with lead paragraphs no earlier round showed."""
    recs = [json.loads(line) for line in open(records)]
    shown = shown_heldout()
    stories = [r for r in recs if "error" not in r["record"]]
    pool = []
    for r in stories:
        rec = r["record"]
        for ev in rec["events"]:
            s = ev["sentence"]
            if sample18.unseen(shown, r["id"], rec["text"][s["start"]:s["end"]]):
                pool.append((r["id"], rec, ev))
    fresh = [r for r in stories if sample18.paragraph_unseen(shown, r["id"], paragraph_of(r["record"]["text"])[1])]
    print(f"# {len(stories)} stories, {len(pool)} events in unshown sentences, {len(fresh)} unshown first paragraphs",
          file=sys.stderr)
    return pool, fresh


def main() -> None:
    seed, records = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(seed)
    pool, fresh = unshown(records)
    events = [sample18.view(*x) for x in rng.sample(pool, 2 * N_EVENTS)]
    picked = rng.sample(fresh, 2 * N_PARAGRAPHS)
    for half, judge in ((0, "a"), (1, "b")):
        with open(HERE / f"events-{judge}-items.jsonl", "w") as f:
            for i, item in enumerate(events[half * N_EVENTS:(half + 1) * N_EVENTS], 1):
                f.write(json.dumps({"n": i, "corpus": "heldout_news", **item}) + "\n")
        with open(HERE / f"paragraphs-{judge}.jsonl", "w") as f:
            for r in picked[half * N_PARAGRAPHS:(half + 1) * N_PARAGRAPHS]:
                rec = r["record"]
                start, para = paragraph_of(rec["text"])
                end = start + len(para)
                evs = [sample18.view(r["id"], rec, e) for e in rec["events"] if start <= e["sentence"]["start"] < end]
                f.write(json.dumps({"doc": r["id"], "paragraph": para, "events": evs}) + "\n")


if __name__ == "__main__":
    main()
