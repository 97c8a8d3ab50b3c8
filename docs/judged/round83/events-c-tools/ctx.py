"""Print, for each sampled doc, the full story and every dateline event (to see same-sentence events)."""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
paras = [json.loads(l) for l in open(HERE / "paragraphs-c.jsonl")]
docs = sorted({i["doc"] for i in items} | {p["doc"] for p in paras})
if len(sys.argv) > 1:
    docs = [d for d in docs if d in sys.argv[1:]]
stories = {}
for l in open("/work/wt/j83c/data/heldout_news19/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in docs:
        stories[s["id"]] = s
recs = {}
for l in open("/tmp/r83/heldout_news19.judge.jsonl"):
    d = json.loads(l)
    if d["id"] in docs:
        recs[d["id"]] = d["record"]
for doc in docs:
    s = stories[doc]; r = recs[doc]
    names = {a["id"]: f'{a["name"]}[{a["country"]}/{a["sector"]}]' for a in r["actors"]}
    sampled = {i["event_id"]: i["n"] for i in items if i["doc"] == doc}
    print("=" * 100); print(doc, s["date"], s["title"]); print(s["text"]); print("-- events:")
    for e in r["events"]:
        mark = f'  <== #{sampled[e["id"]]}' if e["id"] in sampled else ""
        print(f'  {e["id"]} [{e["sentence"]["start"]}] "{e["trigger"]["text"]}" {e["type"]} '
              f'{[names.get(x,x) for x in e["source"]]} -> {[names.get(x,x) for x in e["target"]]} '
              f'{e["date"]["value"]}/{e["date"]["basis"]} {e["modality"]}{mark}')
