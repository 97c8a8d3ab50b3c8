"""Print each sampled doc's full story and, per item, every dateline event in the item's sentence.

usage: context.py stories|same
"""
import json, sys
ST = "/work/wt/j142a/data/heldout_news48/stories.jsonl"
RE = "/tmp/r141/heldout_news48.judge.jsonl"
items = [json.loads(l) for l in open("events-a-items.jsonl")]
docs = sorted({i["doc"] for i in items} | {json.loads(l)["doc"] for l in open("paragraphs-a.jsonl")})
if sys.argv[1] == "stories":
    for l in open(ST):
        s = json.loads(l)
        if s["id"] in docs:
            print("=" * 20, s["id"], s["date"], s["title"]); print(s["text"]); print()
else:
    recs = {}
    for l in open(RE):
        r = json.loads(l)
        if r["id"] in docs:
            recs[r["id"]] = r["record"]
    for it in items:
        rec = recs[it["doc"]]
        actors = {a["id"]: a for a in rec["actors"]}
        def nm(ids):
            return [actors[i].get("text") or actors[i].get("name") for i in ids]
        same = [e for e in rec["events"] if e["sentence"]["text"].strip() == it["sentence"].strip()]
        print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']}")
        for e in same:
            print("   ", e["id"], e["trigger"]["text"], e["type"], nm(e["source"]), "->", nm(e["target"]), e["modality"], e["date"]["value"])
