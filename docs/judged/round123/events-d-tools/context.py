"""Print each sampled doc's full story, then for each sampled item the other dateline events
found in the same sentence (duplicate check), and for paragraph docs all events in the paragraph.

usage: context.py [DOC ...]
"""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent.parent
STORIES = HERE.parents[2] / "data/heldout_news39/stories.jsonl"
REC = Path("/tmp/r123/heldout_news39.judge.jsonl")
items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
paras = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
stories = {}
for l in open(STORIES):
    s = json.loads(l); stories[s["id"]] = s
recs = {}
for l in open(REC):
    r = json.loads(l); recs[r["id"]] = r["record"]
docs = sys.argv[1:] or sorted(set(i["doc"] for i in items) | set(p["doc"] for p in paras))

def fmt(rec, e):
    actors = {a["id"]: a for a in rec["actors"]}
    def nm(ids):
        return [f'{actors[x]["name"]}[{actors[x]["country"]}/{actors[x]["sector"]}]' for x in ids]
    return (f'  {e["id"]} trig="{e["trigger"]["text"]}" {e["type"]}/{e["mode"]} src={nm(e["source"])} '
            f'tgt={nm(e["target"])} date={e["date"]["value"]}({e["date"]["basis"]}) mod={e["modality"]}')

for d in docs:
    s = stories[d]; rec = recs[d]
    print("=" * 100); print(d, s["date"], s["title"]); print(s["text"]); print("-- sampled items:")
    for it in items:
        if it["doc"] != d: continue
        ev = next(e for e in rec["events"] if e["id"] == it["event_id"])
        print(f'#{it["n"]} {it["event_id"]}')
        for e in rec["events"]:
            if e["sentence"]["start"] == ev["sentence"]["start"]:
                print(fmt(rec, e))
    for p in paras:
        if p["doc"] != d: continue
        print("-- paragraph events:")
        for e in p["events"]:
            ev = next(x for x in rec["events"] if x["id"] == e["event_id"])
            print(fmt(rec, ev))
