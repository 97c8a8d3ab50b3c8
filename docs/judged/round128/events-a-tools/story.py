"""Print a story's text and dateline's events (trigger, type, sentence start) for given doc ids.
usage: story.py DOC [DOC ...]"""
import json, sys
S = "/work/wt/j128a/data/heldout_news41/stories.jsonl"
R = "/tmp/r127/heldout_news41.judge.jsonl"
docs = set(sys.argv[1:])
for l in open(S):
    d = json.loads(l)
    if d["id"] in docs:
        print("=" * 30, d["id"], d["date"], d.get("title"))
        print(d["text"])
for l in open(R):
    d = json.loads(l)
    if d["id"] in docs:
        print("-" * 30, "dateline events", d["id"])
        rec = d["record"]
        for e in rec.get("events", []):
            print(json.dumps({k: e.get(k) for k in ("event_id", "trigger", "type", "source", "target", "date", "modality")}, ensure_ascii=False)[:400])
