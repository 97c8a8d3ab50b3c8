"""Print each sampled story (full text) with all dateline events in it, items marked. Usage: python dump.py OUT.txt"""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
paras = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
stories = {}
for l in open("/work/wt/j138b/data/heldout_news46/stories.jsonl"):
    d = json.loads(l); stories[d["id"]] = d
recs = {}
for l in open("/tmp/r137/heldout_news46.judge.jsonl"):
    d = json.loads(l); recs[d["id"]] = d["record"]
docs = []
for i in items:
    if i["doc"] not in docs: docs.append(i["doc"])
for p in paras:
    if p["doc"] not in docs: docs.append(p["doc"])
mine = {(i["doc"], i["event_id"]): i["n"] for i in items}
out = open(sys.argv[1], "w")
for d in docs:
    s = stories[d]; rec = recs[d]
    actors = {a["id"]: a for a in rec["actors"]}
    def nm(ids):
        r = []
        for x in ids:
            a = actors.get(x, {})
            r.append(f'{a.get("name")}[{a.get("country")}/{a.get("sector")}/{a.get("kind")}]' if a else x)
        return r
    print("=" * 100, file=out)
    print(d, s["date"], s["title"], file=out)
    for k, para in enumerate(s["text"].split("\n\n")):
        print(f"  [P{k}] {para}", file=out)
    print("  -- dateline events:", file=out)
    for e in rec["events"]:
        tag = f"  ### ITEM {mine[(d, e['id'])]}" if (d, e["id"]) in mine else ""
        print(f"   {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} rep={e['reported_by']} @sent[{e['sentence']['start']}]{tag}", file=out)
