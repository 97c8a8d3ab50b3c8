"""Print a story's text (from stories.jsonl) and every dateline event in it, compactly.
usage: story.py DOC [DOC ...]"""
import json, sys
STORIES = "/work/wt/j89d/data/heldout_news22/stories.jsonl"
RECS = "/tmp/r89/heldout_news22.judge.jsonl"
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
for doc in sys.argv[1:]:
    s = stories[doc]
    print("=" * 100)
    print(doc, s["date"], s.get("title"))
    print(s["text"])
    r = recs.get(doc)
    if not r:
        continue
    actors = {a["id"]: "%s[%s/%s/%s]" % (a["name"], a.get("country"), a.get("sector"), a.get("kind")) for a in r["actors"]}
    print("-- events:")
    for e in r["events"]:
        print("  %s %s/%s trig=%r src=%s tgt=%s date=%s/%s mod=%s | %s" % (
            e["id"], e["type"], e["mode"], e["trigger"]["text"],
            [actors.get(x, x) for x in e["source"]], [actors.get(x, x) for x in e["target"]],
            e["date"]["value"], e["date"]["basis"], e["modality"], e["sentence"]["text"][:90]))
