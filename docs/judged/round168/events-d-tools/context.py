"""Print, for judge d's items, each story in full once, then each item with every dateline event
in the same sentence (for the duplicate check). usage: python context.py > out.txt"""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent.parent
STORIES = HERE.parents[2] / "data/heldout_news61/stories.jsonl"
RECS = Path("/tmp/r166/heldout_news61.judge.jsonl")
items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
paras = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
docs = {i["doc"] for i in items} | {p["doc"] for p in paras}
stories = {}
for l in open(STORIES):
    s = json.loads(l)
    if s["id"] in docs:
        stories[s["id"]] = s
recs = {}
for l in open(RECS):
    r = json.loads(l)
    if r["id"] in docs:
        recs[r["id"]] = r["record"]

def actor(rec, aid):
    a = next(x for x in rec["actors"] if x["id"] == aid)
    return f'{a["name"]}[{a["country"]}/{a["sector"]}/{a["kind"]}]'

def evline(rec, e):
    return (f'  {e["id"]} "{e["trigger"]["text"]}" {e["type"]}/{e["mode"]} '
            f'src={[actor(rec, a) for a in e["source"]]} tgt={[actor(rec, a) for a in e["target"]]} '
            f'date={e["date"]["value"]}/{e["date"]["basis"]} mod={e["modality"]}')

mode = sys.argv[1] if len(sys.argv) > 1 else "items"
if mode == "stories":
    for d in sorted(docs):
        s = stories[d]
        print(f'===== {d} date={s["date"]} title={s["title"]}\n{s["text"]}\n')
else:
    for it in items:
        rec = recs[it["doc"]]
        ev = next(e for e in rec["events"] if e["id"] == it["event_id"])
        same = [e for e in rec["events"] if e["sentence"]["start"] == ev["sentence"]["start"]]
        print(f'#{it["n"]} {it["doc"]} {it["event_id"]} docdate={it["document_date"]}')
        print(f'  SENT: {it["sentence"].strip()}')
        print(f'  ITEM: "{it["trigger"]}" {it["type"]}/{it["mode"]} cameo={it["cameo"]} src={it["source"]} tgt={it["target"]} '
              f'date={it["date"]} mod={it["modality"]} rep={it["reported_by"]} rule={it["rule"]}')
        print('  SAME SENTENCE:')
        for e in same:
            print(evline(rec, e))
        print()
