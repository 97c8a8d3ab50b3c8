"""For each item, list every dateline event in the same sentence (duplicate check)."""
import json
recs = {}
for l in open("/tmp/r165/heldout_news60.judge.jsonl"):
    d = json.loads(l)
    recs[d["id"]] = d["record"]
for l in open("events-c-items.jsonl"):
    it = json.loads(l)
    r = recs[it["doc"]]
    names = {a["id"]: a["name"] for a in r["actors"]}
    me = [e for e in r["events"] if e["id"] == it["event_id"]][0]
    same = [e for e in r["events"] if e["sentence"]["start"] == me["sentence"]["start"]]
    print(f"#{it['n']} {it['doc']} {it['event_id']}")
    for e in same:
        print("   ", "*" if e["id"] == me["id"] else " ", e["id"], e["type"], e["mode"], repr(e["trigger"]["text"]),
              [names.get(x, x) for x in e["source"]], "->", [names.get(x, x) for x in e["target"]], e["date"]["value"], e["modality"])
