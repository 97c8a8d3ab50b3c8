"""Sample 30 MEANTIME + 30 story events and 15 stories (seed 20261231); print them for judging."""
import json
import random
import sys

SEED = 20261231
recs = [json.loads(l) for l in open(sys.argv[1])]
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
        "trigger": ev["trigger"]["text"] if "text" in ev["trigger"] else t[ev["trigger"]["start"]:ev["trigger"]["end"]],
        "type": ev["type"], "mode": ev.get("mode"), "cameo": ev.get("cameo"),
        "source": [actor(rec, a) for a in ev["source"]],
        "target": [actor(rec, a) for a in ev["target"]],
        "date": {k: ev["date"].get(k) for k in ("value", "basis")},
        "modality": ev["modality"],
        "reported_by": actor(rec, ev["reported_by"]) if ev.get("reported_by") else None,
        "rule": ev["rule"],
    }


pool_mt, pool_st = [], []
for r in recs:
    rec = r["record"]
    if "error" in rec:
        continue
    for ev in rec["events"]:
        (pool_mt if r["id"].startswith("mt-") else pool_st).append((r["id"], rec, ev))
print(f"# pool: MEANTIME {len(pool_mt)} events, stories {len(pool_st)} events", file=sys.stderr)
sample = [view(*x) for x in rng.sample(pool_mt, 30)] + [view(*x) for x in rng.sample(pool_st, 30)]
stories = [r for r in recs if not r["id"].startswith("mt-") and "error" not in r["record"]]
picked = rng.sample(stories, 15)
with open(sys.argv[2], "w") as f:
    for i, s in enumerate(sample, 1):
        f.write(json.dumps({"n": i, "corpus": "meantime" if s["doc"].startswith("mt-") else "stories", **s}) + "\n")
with open(sys.argv[3], "w") as f:
    for r in picked:
        rec = r["record"]
        # first paragraph: the first line of 40+ characters (the stories break paragraphs by one newline)
        start = 0
        for line in rec["text"].split("\n"):
            if len(line.strip()) >= 40:
                break
            start += len(line) + 1
        para = line
        end = start + len(para)
        evs = [view(r["id"], rec, e) for e in rec["events"] if start <= e["sentence"]["start"] < end]
        f.write(json.dumps({"doc": r["id"], "paragraph": para, "events": evs}) + "\n")
