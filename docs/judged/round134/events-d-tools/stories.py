"""Print each sampled story (items + paragraphs of judge d) with dateline's events per sentence.
usage: python stories.py > /tmp/j134d_stories.txt"""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
docs = []
for f in ("events-d-items.jsonl", "paragraphs-d.jsonl"):
    for l in open(HERE / f):
        d = json.loads(l)["doc"]
        if d not in docs:
            docs.append(d)
stories = {}
for l in open(HERE.parents[2] / "data/heldout_news44/stories.jsonl"):
    s = json.loads(l)
    if s["id"] in docs:
        stories[s["id"]] = s
recs = {}
for l in open("/tmp/r133/heldout_news44.judge.jsonl"):
    d = json.loads(l)
    if d["id"] in docs:
        recs[d["id"]] = d["record"]
for doc in sorted(docs):
    s, r = stories[doc], recs[doc]
    names = {a["id"]: f'{a["name"]}[{a.get("country")}/{a.get("sector")}/{a.get("kind")}]' for a in r["actors"]}
    print("=" * 100)
    print(doc, s["date"], s["title"])
    print(s["text"])
    print("--- dateline events")
    for e in r["events"]:
        print(f'  {e["id"]} [{e["sentence"]["start"]}] {e["type"]}/{e["mode"]} trig={e["trigger"]["text"]!r} '
              f'src={[names.get(x,x) for x in e["source"]]} tgt={[names.get(x,x) for x in e["target"]]} '
              f'date={e["date"]["value"]}({e["date"]["basis"]}) {e["modality"]} | {e["sentence"]["text"][:90]!r}')
