"""For each sampled item, list every dateline event in the same sentence (duplicate check).
usage: python same_sentence.py RECORDS.jsonl events-a-items.jsonl"""
import json, sys

recs = {}
for line in open(sys.argv[1]):
    r = json.loads(line)
    recs[r["id"]] = r["record"]

def actor(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f'{a["name"]}[{a["country"]}]'
    return aid

for line in open(sys.argv[2]):
    it = json.loads(line)
    rec = recs[it["doc"]]
    ev = next(e for e in rec["events"] if e["id"] == it["event_id"])
    same = [e for e in rec["events"] if e["sentence"]["start"] == ev["sentence"]["start"]]
    print(f'#{it["n"]} {it["doc"]} {it["event_id"]} ({len(same)} in sentence)')
    for e in same:
        mark = "*" if e["id"] == ev["id"] else " "
        print(f'  {mark}{e["id"]} {e["trigger"]["text"]!r} {e["type"]}/{e["mode"]} '
              f'{[actor(rec, a) for a in e["source"]]} -> {[actor(rec, a) for a in e["target"]]} '
              f'{e["date"]["value"]} {e["modality"]}')
