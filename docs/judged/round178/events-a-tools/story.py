"""Print a story's text, then dateline's events (one line each, with sentence start) for the duplicate check.
usage: python story.py DOC [DOC ...]"""
import json, sys
STORIES = "/work/wt/j178a/data/heldout_news67/stories.jsonl"
RECORDS = "/tmp/r178/heldout_news67.judge.jsonl"
want = sys.argv[1:]
stories = {}
for l in open(STORIES):
    d = json.loads(l)
    if d["id"] in want:
        stories[d["id"]] = d
recs = {}
for l in open(RECORDS):
    d = json.loads(l)
    if d["id"] in want:
        recs[d["id"]] = d["record"]
for doc in want:
    d = stories[doc]
    print("=" * 100); print(d["id"], d["date"], d["title"]); print(d["text"])
    r = recs[doc]
    A = {a["id"]: f'{a["name"]}[{a["country"]}/{a["sector"]}]' for a in r["actors"]}
    print("-" * 40, doc, "events")
    for e in r["events"]:
        print(f'{e["id"]} @{e["sentence"]["start"]} "{e["trigger"]["text"]}" {e["type"]}/{e["mode"]} '
              f'{[A.get(x,x) for x in e["source"]]} -> {[A.get(x,x) for x in e["target"]]} '
              f'{e["date"]["value"]}({e["date"]["basis"]}) {e["modality"]}')
