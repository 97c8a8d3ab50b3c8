"""Print the full stories of the given docs and dateline's events in them (context and the duplicate check).
usage: ctx.py DOC [DOC...]"""
import json, sys
STORIES = "/work/wt/j66b/data/heldout_news10/stories.jsonl"
RECORDS = "/tmp/r66/heldout_news10.judge.jsonl"
docs = sys.argv[1:]
stories = {}
for l in open(STORIES):
    d = json.loads(l)
    if d["id"] in docs:
        stories[d["id"]] = d
recs = {}
for l in open(RECORDS):
    r = json.loads(l)
    if r["id"] in docs:
        recs[r["id"]] = r["record"]
def act(a, actors):
    out = []
    for x in a:
        if isinstance(x, dict) and "actor" in x:
            x = x["actor"]
        if isinstance(x, str) and x in actors:
            y = actors[x]; out.append(f'{y["name"]}[{y.get("country")}/{y.get("sector")}/{y.get("kind")}]')
        else:
            out.append(str(x))
    return out
for did in docs:
    d = stories[did]
    print("=" * 30, did, d["date"], d.get("title"))
    print(d["text"])
    r = recs.get(did)
    if not r: continue
    actors = {a["id"]: a for a in r["actors"]}
    print("-" * 30, did, "events")
    for e in r["events"]:
        print(e["id"], repr(e["trigger"]["text"]), e["type"], e["mode"], act(e["source"], actors), act(e["target"], actors),
              e["date"].get("value"), e["date"].get("basis"), e["modality"], "| S@", e["sentence"]["start"], e["sentence"]["text"][:70].replace("\n", " "))
    print()
