"""Round 17 sampler: 60 events of the held-out NGEC test stories and 12 story first paragraphs.

Stories judged in rounds 11-16 and in the paired judging of waves 18-19 are left out: engineers read those verdicts.

usage: sample16.py RECORDS.jsonl EVENTS_OUT.jsonl PARAGRAPHS_OUT.jsonl  (set SEED first)
Same item view as the round-10 sampler; MEANTIME is left out (it is dev material since round 13).
"""
import json
import random
import sys
from pathlib import Path

SEED = 0
recs = [json.loads(line) for line in open(sys.argv[1])]
rng = random.Random(SEED)


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


JUDGED = Path("/work/main/docs/judged")
PAIRED = [Path("/tmp/r17/pairs1819.jsonl")]
seen = set()
for rnd in ("round11", "round12", "round13", "round14", "round15", "round16"):
    for f in sorted((JUDGED / rnd).glob("events-*.jsonl")):
        for line in open(f):
            item = json.loads(line)
            if item.get("doc"):
                seen.add(item["doc"])
for f in PAIRED:
    for line in open(f):
        seen.add(json.loads(line)["doc"])
stories = [r for r in recs if not r["id"].startswith("mt-") and "error" not in r["record"]
           and r["id"] not in seen]
print(f"# left out {len(seen)} documents judged in rounds 11-16 or paired", file=sys.stderr)
pool = [(r["id"], r["record"], ev) for r in stories for ev in r["record"]["events"]]
print(f"# pool: {len(stories)} stories, {len(pool)} events", file=sys.stderr)
sample = [view(*x) for x in rng.sample(pool, 60)]
picked = rng.sample(stories, 12)
with open(sys.argv[2], "w") as f:
    for i, s in enumerate(sample, 1):
        f.write(json.dumps({"n": i, "corpus": "stories", **s}) + "\n")
with open(sys.argv[3], "w") as f:
    for r in picked:
        rec = r["record"]
        # first paragraph: the first line of 40+ characters (the stories break paragraphs by newlines)
        start = 0
        for line in rec["text"].split("\n"):
            if len(line.strip()) >= 40:
                break
            start += len(line) + 1
        end = start + len(line)
        evs = [view(r["id"], rec, e) for e in rec["events"] if start <= e["sentence"]["start"] < end]
        f.write(json.dumps({"doc": r["id"], "paragraph": line, "events": evs}) + "\n")
