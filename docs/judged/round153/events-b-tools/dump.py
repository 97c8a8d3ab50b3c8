"""Print, per sampled doc, the full story and dateline's events (compact), marking the sampled items."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
paras = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
stories = {}
for l in open("/work/wt/j153b/data/heldout_news54/stories.jsonl"):
    s = json.loads(l); stories[s["id"]] = s
recs = {}
for l in open("/tmp/r153/heldout_news54.judge.jsonl"):
    r = json.loads(l); recs[r["id"]] = r["record"]
order = []
for d in [i["doc"] for i in items] + [p["doc"] for p in paras]:
    if d not in order: order.append(d)
for d in order:
    s = stories[d]; rec = recs[d]
    actors = {a["id"]: f'{a["name"]}[{a.get("country")}/{a.get("sector")}]' for a in rec["actors"]}
    print("=" * 100); print(d, s["date"], s["title"])
    for k, p in enumerate(s["text"].split("\n")):
        if p.strip(): print(f" [{k}] {p}")
    mine = {i["event_id"]: i["n"] for i in items if i["doc"] == d}
    print(" -- dateline events:")
    for e in rec["events"]:
        mark = f"#{mine[e['id']]}" if e["id"] in mine else "  "
        src = [actors.get(x, x) for x in e["source"]]; tgt = [actors.get(x, x) for x in e["target"]]
        print(f'  {mark:>3} {e["id"]} "{e["trigger"]["text"]}" {e["type"]}/{e["mode"]} {src} -> {tgt} '
              f'{e["date"]["value"]}({e["date"]["basis"]}) {e["modality"]} rep={e["reported_by"]} || {e["sentence"]["text"][:90].strip()}')
