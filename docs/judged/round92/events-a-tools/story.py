"""Print a story (by doc id) with its date, and dateline's events in it (one line each).
usage: story.py DOC [DOC...]"""
import json, sys
STORIES = "/work/wt/j92a/data/heldout_news23/stories.jsonl"
RECS = "/tmp/r91/heldout_news23.judge.jsonl"
want = sys.argv[1:]
st = {}
for l in open(STORIES):
    d = json.loads(l)
    if d["id"] in want: st[d["id"]] = d
recs = {}
for l in open(RECS):
    d = json.loads(l)
    if d["id"] in want: recs[d["id"]] = d
def fmt(a):
    if not a: return "-"
    return a.get("name") if isinstance(a, dict) else str(a)
for w in want:
    s = st[w]
    print("=" * 100); print(w, s["date"], s["title"]); print(s["text"])
    r = recs.get(w, {}).get("record", {})
    evs = r.get("events", [])
    print("-- dateline events:", len(evs))
    act = {a["id"]: "%s[%s]" % (a["name"], a.get("country")) for a in r.get("actors", [])}
    for e in evs:
        print("  %s %r %s/%s %s -> %s | %s(%s) %s | sent@%d: %s" % (e["id"], e["trigger"]["text"], e["type"], e["mode"],
              [act.get(x, x) for x in e["source"]], [act.get(x, x) for x in e["target"]],
              e["date"]["value"] if e.get("date") else None, e["date"]["basis"] if e.get("date") else None,
              e["modality"], e["sentence"]["start"], e["sentence"]["text"][:90]))
