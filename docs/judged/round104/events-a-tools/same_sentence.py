"""For each sampled item, list every dateline event in the same sentence (duplicate check);
for each lead paragraph, list dateline's events inside it."""
import json

recs = {}
for l in open("/tmp/r104/heldout_news29.judge.jsonl"):
    r = json.loads(l)
    recs[r["id"]] = r["record"]


def actor(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f'{a["name"]}[{a["country"]}/{a["sector"]}]'
    return aid


def show(rec, e):
    return (f'  {e["id"]} {e["trigger"]["text"]!r} {e["type"]}/{e["mode"]} '
            f'{[actor(rec, s) for s in e["source"]]} -> {[actor(rec, t) for t in e["target"]]} '
            f'{e["date"]["value"]} {e["modality"]}')


for l in open("events-a-items.jsonl"):
    it = json.loads(l)
    rec = recs[it["doc"]]
    me = [e for e in rec["events"] if e["id"] == it["event_id"]][0]
    same = [e for e in rec["events"] if e["sentence"]["start"] == me["sentence"]["start"]]
    print(f'#{it["n"]} {it["doc"]} {it["event_id"]}: {len(same)} events in sentence')
    for e in same:
        print(show(rec, e))

print("\nPARAGRAPHS")
for l in open("paragraphs-a.jsonl"):
    p = json.loads(l)
    rec = recs[p["doc"]]
    start = rec["text"].find(p["paragraph"][:60])
    end = start + len(p["paragraph"])
    print(p["doc"], start, end)
    for e in rec["events"]:
        if start <= e["trigger"]["start"] < end + 5:
            print(show(rec, e))
