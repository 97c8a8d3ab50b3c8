"""Print, for each sampled doc of judge d, the story text and all dateline events grouped by sentence,
marking the sampled items. usage: python ctx.py [DOC ...]"""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
paras = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
want = sys.argv[1:] or sorted({i["doc"] for i in items} | {p["doc"] for p in paras})
recs = {}
for l in open("/tmp/r145/heldout_news50.judge.jsonl"):
    d = json.loads(l)
    if d["id"] in want:
        recs[d["id"]] = d["record"]
for doc in want:
    r = recs[doc]
    actors = {a["id"]: a for a in r["actors"]}
    def nm(a):
        x = actors.get(a)
        return f'{x["name"]}[{x["country"]}/{x["sector"]}]' if x else a
    sampled = {i["event_id"]: i["n"] for i in items if i["doc"] == doc}
    print("=" * 100); print(doc, r["document_date"]); print(r["text"]); print("--- events")
    for e in r["events"]:
        mark = f'  <<< #{sampled[e["id"]]}' if e["id"] in sampled else ""
        print(f'{e["id"]} [{e["sentence"]["start"]}] "{e["trigger"]["text"]}" {e["type"]}/{e["mode"]} '
              f'{[nm(a) for a in e["source"]]} -> {[nm(a) for a in e["target"]]} {e["date"]["value"]}({e["date"]["basis"]}) {e["modality"]}{mark}')
        print("     S:", e["sentence"]["text"].strip()[:300])
