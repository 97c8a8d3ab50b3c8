"""Print a sampled doc's full story and dateline's events on it (compact), marking the sampled ones.

usage: story.py DOC [DOC ...]
"""
import json, sys
HERE = "/work/wt/j177a/docs/judged/round177/"
stories = {json.loads(l)["id"]: json.loads(l) for l in open("/work/wt/j177a/data/heldout_news66/stories.jsonl")}
items = [json.loads(l) for l in open(HERE + "events-a-items.jsonl")]
recs = {}
for l in open("/tmp/r177/heldout_news66.judge.jsonl"):
    r = json.loads(l)
    recs[r["id"]] = r["record"]
def act(rec, aid):
    a = next((x for x in rec["actors"] if x["id"] == aid), None)
    return "%s[%s/%s]" % (a["name"], a.get("country"), a.get("sector")) if a else aid
for doc in sys.argv[1:]:
    s = stories[doc]
    rec = recs[doc]
    print("=" * 100)
    print(doc, s["date"], s["title"])
    print(s["text"])
    sampled = {(i["event_id"]): i["n"] for i in items if i["doc"] == doc}
    print("--- dateline events")
    for e in rec.get("events", []):
        mark = ("#%d" % sampled[e["id"]]) if e["id"] in sampled else ""
        print(" %-4s %s %s/%s trig=%r src=%s tgt=%s date=%s/%s mod=%s | %s" % (
            mark, e["id"], e["type"], e["mode"], e["trigger"]["text"],
            [act(rec, a) for a in e["source"]], [act(rec, a) for a in e["target"]],
            e["date"]["value"], e["date"]["basis"], e["modality"], e["sentence"]["text"][:90].strip()))
