"""Print a story's text and dateline's events for it, marking the sampled items.

usage: doc.py DOC [DOC ...]   (run from docs/judged/round153)
"""
import json
import sys

RECORDS = "/tmp/r153/heldout_news54.judge.jsonl"
STORIES = "/work/wt/j153c/data/heldout_news54/stories.jsonl"

items = {}
for line in open("events-c-items.jsonl"):
    it = json.loads(line)
    items[(it["doc"], it["event_id"])] = it["n"]
stories = {}
for line in open(STORIES):
    s = json.loads(line)
    stories[s["id"]] = s
recs = {}
for line in open(RECORDS):
    r = json.loads(line)
    recs[r["id"]] = r["record"]

for doc in sys.argv[1:]:
    s, rec = stories[doc], recs[doc]
    print("=" * 100)
    print(doc, s["date"], s["title"])
    print(s["text"])
    actors = {a["id"]: f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]' for a in rec["actors"]}
    for e in rec["events"]:
        mark = f'#{items[(doc, e["id"])]}' if (doc, e["id"]) in items else "  "
        src = [actors.get(a, a) for a in e["source"]]
        tgt = [actors.get(a, a) for a in e["target"]]
        rep = e.get("reported_by")
        rep = actors.get(rep, rep) if isinstance(rep, str) else rep
        print(f'{mark:>4} {e["id"]} [{e["sentence"]["start"]}] "{e["trigger"]["text"]}" {e["type"]}/{e["mode"]} {src} -> {tgt} '
              f'date={e["date"]["value"]}({e["date"]["basis"]}) {e["modality"]} rep={rep}')
