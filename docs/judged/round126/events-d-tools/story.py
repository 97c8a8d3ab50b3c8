"""Print a story (title, date, text) and all dateline events in it, grouped by sentence.
usage: python story.py DOC [DOC ...]"""
import json, sys
STORIES = "/work/wt/j126d/data/heldout_news40/stories.jsonl"
RECS = "/tmp/r125/heldout_news40.judge.jsonl"
want = set(sys.argv[1:])
stories = {}
for l in open(STORIES):
    d = json.loads(l)
    if d["id"] in want:
        stories[d["id"]] = d
recs = {}
for l in open(RECS):
    d = json.loads(l)
    if d["id"] in want:
        recs[d["id"]] = d["record"]
def actor(r, a):
    for x in r["actors"]:
        if x["id"] == a:
            return f'{x["name"]}[{x["country"]}/{x["sector"]}]'
    return a
for doc in sys.argv[1:]:
    s = stories[doc]; r = recs[doc]
    print("=" * 100); print(doc, s["date"], s.get("title")); print(s["text"]); print("-- events --")
    for e in r["events"]:
        print(f'{e["id"]} [{e["sentence"]["start"]}] {e["trigger"]["text"]!r} {e["type"]}/{e["mode"]} '
              f'{[actor(r,a) for a in e["source"]]} -> {[actor(r,a) for a in e["target"]]} '
              f'{e["date"]["value"]}/{e["date"]["basis"]} {e["modality"]} rep={e["reported_by"]}')
