"""Print a story (from stories.jsonl) and dateline's events grouped by sentence.
usage: story.py DOC [DOC...]"""
import json, sys
STORIES = "/work/wt/j69c/data/heldout_news12/stories.jsonl"
JUDGE = "/tmp/r69/heldout_news12.judge.jsonl"
want = set(sys.argv[1:])
stories = {}
for l in open(STORIES):
    d = json.loads(l)
    if d["id"] in want:
        stories[d["id"]] = d
recs = {}
for l in open(JUDGE):
    d = json.loads(l)
    if d["id"] in want:
        recs[d["id"]] = d["record"]
for doc in sys.argv[1:]:
    s = stories[doc]
    print("=" * 100)
    print(doc, s["date"], s.get("title"))
    print(s["text"])
    r = recs.get(doc)
    if not r:
        continue
    actors = {a["id"]: a for a in r.get("actors", [])}
    def an(x):
        a = actors.get(x)
        if not a: return str(x)
        return f'{a.get("name")}[{a.get("country")}/{a.get("sector")}]'
    print("--- dateline events")
    for e in r["events"]:
        print(f'  {e["id"]} {e["type"]}/{e.get("mode")} trig={e["trigger"]["text"]!r} src={[an(x) for x in e["source"]]} tgt={[an(x) for x in e["target"]]} date={e["date"].get("value")}({e["date"].get("basis")}) mod={e["modality"]} :: {e["sentence"]["text"][:90]!r}')
