"""Round 18 sampler: 60 events of the NGEC test stories in sentences never shown to rule writers, and
12 story first paragraphs none of whose text was ever shown.

Rule writers read judged items (their sentences and the pairs' 600-character contexts), never the test
stories themselves; so an event is held out when its sentence appears in no judged item
(`docs/judged/pairs22/tools/sample_pairs22.py` defines the same pool). Same item view as round 17.

usage: sample18.py RECORDS.jsonl EVENTS_OUT.jsonl PARAGRAPHS_OUT.jsonl  (set SEED first)
"""
import json
import random
import sys
from pathlib import Path

SEED = 20261304
JUDGED = Path("/work/main/docs/judged")


def norm(text):
    return " ".join(text.split())


def exposures():
    """doc -> normalised texts shown to rule writers (judged sentences, paragraphs, pairs contexts)."""
    shown = {}
    files = sorted(JUDGED.glob("round*/*.jsonl")) + sorted(JUDGED.glob("pairs*/items*.jsonl"))
    for f in files:
        for line in open(f):
            item = json.loads(line)
            doc = item.get("doc")
            if not doc:
                continue
            for key in ("sentence", "context_before", "paragraph"):
                if item.get(key):
                    shown.setdefault(doc, []).append(norm(item[key]))
    return shown


def unseen(shown, doc, text):
    probe = norm(text)[:120]
    return not any(probe in t for t in shown.get(doc, []))


def paragraph_unseen(shown, doc, para):
    p = norm(para)
    return not any(t[:80] in p or p[:80] in t for t in shown.get(doc, []))


def actor(rec, aid):
    a = next(x for x in rec["actors"] if x["id"] == aid)
    return f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]'


def view(item_id, rec, ev):
    t = rec["text"]
    s = ev["sentence"]
    return {
        "doc": item_id, "event_id": ev["id"], "document_date": rec["document_date"],
        "sentence": t[s["start"]:s["end"]],
        "trigger": t[ev["trigger"]["start"]:ev["trigger"]["end"]],
        "type": ev["type"], "mode": ev.get("mode"), "cameo": ev.get("cameo"),
        "source": [actor(rec, a) for a in ev["source"]],
        "target": [actor(rec, a) for a in ev["target"]],
        "date": {k: ev["date"].get(k) for k in ("value", "basis")},
        "modality": ev["modality"],
        "reported_by": actor(rec, ev["reported_by"]) if ev.get("reported_by") else None,
        "rule": ev["rule"],
    }


def first_paragraph(text):
    # the stories break paragraphs by newlines: the first line of 40+ characters
    start = 0
    for line in text.split("\n"):
        if len(line.strip()) >= 40:
            return start, line
        start += len(line) + 1
    return 0, text


def main():
    recs = [json.loads(line) for line in open(sys.argv[1])]
    rng = random.Random(SEED)
    shown = exposures()
    stories = [r for r in recs if not r["id"].startswith("mt-") and "error" not in r["record"]]
    pool = []
    for r in stories:
        rec = r["record"]
        for ev in rec["events"]:
            s = ev["sentence"]
            if unseen(shown, r["id"], rec["text"][s["start"]:s["end"]]):
                pool.append((r["id"], rec, ev))
    fresh = [r for r in stories if paragraph_unseen(shown, r["id"], first_paragraph(r["record"]["text"])[1])]
    print(f"# pool: {len(pool)} events in unshown sentences; {len(fresh)} stories with unshown first paragraphs",
          file=sys.stderr)
    sample = [view(*x) for x in rng.sample(pool, 60)]
    picked = rng.sample(fresh, 12)
    with open(sys.argv[2], "w") as f:
        for i, s in enumerate(sample, 1):
            f.write(json.dumps({"n": i, "corpus": "stories", **s}) + "\n")
    with open(sys.argv[3], "w") as f:
        for r in picked:
            rec = r["record"]
            start, line = first_paragraph(rec["text"])
            end = start + len(line)
            evs = [view(r["id"], rec, e) for e in rec["events"] if start <= e["sentence"]["start"] < end]
            f.write(json.dumps({"doc": r["id"], "paragraph": line, "events": evs}) + "\n")


if __name__ == "__main__":
    main()
