"""Print the full story of each doc given (title, date, text) and dateline's events in it (compact)."""
import json, sys
STORIES = "/work/wt/j128c/data/heldout_news41/stories.jsonl"
OUT = "/tmp/r127/heldout_news41.judge.jsonl"
docs = sys.argv[1:]
st = {}
for l in open(STORIES):
    d = json.loads(l)
    if d["id"] in docs:
        st[d["id"]] = d
recs = {}
for l in open(OUT):
    d = json.loads(l)
    if d["id"] in docs:
        recs[d["id"]] = d["record"]
def act(r, ids):
    A = {a["id"]: a for a in r["actors"]}
    return [f'{A[i]["name"]}[{A[i]["country"]}/{A[i]["sector"]}]' for i in ids] if ids else []
for k in docs:
    s = st[k]
    print("=" * 100)
    print(k, s["date"], "|", s["title"])
    print(s["text"])
    r = recs.get(k)
    if r:
        print("--- dateline events:")
        for e in r["events"]:
            print(" ", e["id"], repr(e["trigger"]["text"]), e["type"], e["mode"], "src=", act(r, e["source"]), "tgt=", act(r, e["target"]),
                  e["date"]["value"], e["date"]["basis"], e["modality"], "| S:", e["sentence"]["text"][:80].strip())
