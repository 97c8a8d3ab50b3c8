"""Print a story and all of dateline's events for it (judge c, round 127)."""
import json, sys
STORIES = "/work/wt/j127c/data/heldout_news41/stories.jsonl"
OUT = "/tmp/r127/heldout_news41.judge.jsonl"
ids = sys.argv[1:]
st = {json.loads(l)["id"]: json.loads(l) for l in open(STORIES)}
recs = {}
for l in open(OUT):
    r = json.loads(l)
    recs[r["id"]] = r["record"]
items = [json.loads(l) for l in open("events-c-items.jsonl")]
for i in ids:
    s = st[i]
    print("=" * 100)
    print(i, s["date"], s["title"])
    print(s["text"])
    print("--- items:", [(it["n"], it["event_id"]) for it in items if it["doc"] == i])
    r = recs[i]
    A = {a["id"]: f'{a["name"]}[{a["country"]}/{a["sector"]}]' for a in r["actors"]}
    for e in r.get("events", []):
        src = [A.get(x, x) for x in e["source"]]; tgt = [A.get(x, x) for x in e["target"]]
        print(f'  {e["id"]} [{e["trigger"]["text"]}] {e["type"]}/{e.get("mode")} src={src} tgt={tgt} date={e["date"]["value"]}/{e["date"]["basis"]} mod={e["modality"]} rep={A.get(e.get("reported_by"))}')
        print(f'      S: {e["sentence"]["text"].strip()[:160]}')
