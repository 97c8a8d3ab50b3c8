"""Print the full story and dateline's events (compact) for given docs.
usage: story.py DOC [DOC...]"""
import json, sys
S = {}
for l in open("/work/wt/j66d/data/heldout_news10/stories.jsonl"):
    d = json.loads(l); S[d["id"]] = d
R = {}
for l in open("/tmp/r66/heldout_news10.judge.jsonl"):
    d = json.loads(l); R[d["id"]] = d["record"]
items = [json.loads(l) for l in open("events-d-items.jsonl")]
for doc in sys.argv[1:]:
    s = S[doc]
    print("=" * 100); print(doc, s["date"], s["title"]); print(s["text"])
    print("-- items:", [(i["n"], i["event_id"]) for i in items if i["doc"] == doc])
    rec = R[doc]
    A = {a["id"]: a for a in rec.get("actors", [])}
    def nm(ids):
        out = []
        for i in ids:
            a = A.get(i, {})
            out.append(f'{a.get("name") or a.get("text")}[{a.get("country")}]')
        return out
    for e in rec["events"]:
        print(f'  {e["id"]} s{e["sentence"]["start"]} {e["trigger"]["text"]!r} {e["type"]}/{e.get("mode")} {nm(e["source"])} -> {nm(e["target"])} {e["date"]["value"]} {e["modality"]}')
