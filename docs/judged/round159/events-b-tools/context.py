"""Print, for judge b's items, each story once (numbered paragraphs) and dateline's events in each
item's sentence (for the duplicate check). usage: python context.py FIRST LAST"""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
STORIES = HERE.parents[2] / "data/heldout_news56/stories.jsonl"
OUT = Path("/tmp/r157/heldout_news56.judge.jsonl")
stories = {json.loads(l)["id"]: json.loads(l) for l in open(STORIES)}
recs = {}
for l in open(OUT):
    r = json.loads(l); recs[r["id"]] = r["record"]
items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
lo, hi = int(sys.argv[1]), int(sys.argv[2])

def actor(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f'{a.get("name") or a.get("text")}[{a.get("country")}/{a.get("sector")}/{a.get("kind")}]'
    return aid

seen = set()
for it in items:
    if not lo <= it["n"] <= hi: continue
    st = stories[it["doc"]]; rec = recs[it["doc"]]
    if it["doc"] not in seen:
        seen.add(it["doc"])
        print(f'===== {it["doc"]} date={st["date"]} title={st["title"]}')
        for i, p in enumerate([p for p in st["text"].split("\n") if p.strip()]):
            print(f'  P{i}: {p}')
    print(f'--- #{it["n"]} {it["doc"]} {it["event_id"]} trig="{it["trigger"]}" {it["type"]}/{it["mode"]} cameo={it["cameo"]} rule={it["rule"]}')
    print(f'    src={it["source"]} tgt={it["target"]} date={it["date"]} mod={it["modality"]} rep={it["reported_by"]}')
    print(f'    SENT: {it["sentence"].strip()}')
    for e in rec["events"]:
        if e["sentence"]["text"].strip() == it["sentence"].strip() and e["id"] != it["event_id"]:
            print(f'    same-sent {e["id"]}: "{e["trigger"]["text"]}" {e["type"]}/{e["mode"]} src={[actor(rec,a) for a in e["source"]]} tgt={[actor(rec,a) for a in e["target"]]} date={e["date"]["value"] if e["date"] else None} mod={e["modality"]}')
