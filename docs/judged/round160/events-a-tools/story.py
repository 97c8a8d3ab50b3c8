"""Print a story's text (paragraph-numbered) and all dateline events for it, compactly.
usage: python story.py DOC [DOC ...]"""
import json, sys
STORIES = "/work/wt/j160a/data/heldout_news57/stories.jsonl"
JUDGE = "/tmp/r158/heldout_news57.judge.jsonl"
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
        recs[d["id"]] = d
for doc in sys.argv[1:]:
    s = stories[doc]
    print("=" * 100)
    print(doc, s["date"], s["title"])
    for i, p in enumerate(s["text"].split("\n")):
        if p.strip():
            print(f"  [{i}] {p}")
    r = recs.get(doc, {}).get("record", {})
    evs = r.get("events", [])
    print("  -- dateline events:")
    acts = {a["id"]: f'{a["name"]}[{a.get("country")}/{a.get("sector")}/{a.get("kind")}]' for a in r.get("actors", [])}
    for e in evs:
        print(f'    {e["id"]} "{e["trigger"]["text"]}" {e["type"]}/{e.get("mode")} {[acts.get(x,x) for x in e["source"]]} -> {[acts.get(x,x) for x in e["target"]]} date={e["date"]["value"]}({e["date"]["basis"]}) {e["modality"]} | {e["sentence"]["text"][:90]}')
