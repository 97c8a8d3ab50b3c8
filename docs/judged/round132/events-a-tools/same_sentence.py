"""For items n1..n2 of events-a-items.jsonl, list every dateline event (whole output) in the same
sentence, and the withheld ones if marked, for the duplicate check.
usage: python same_sentence.py N1 N2"""
import json, sys
n1, n2 = int(sys.argv[1]), int(sys.argv[2])
recs = {}
for l in open("/tmp/r131/heldout_news43.judge.jsonl"):
    d = json.loads(l)
    recs[d["id"]] = d["record"]
def actor(rec, aid):
    for a in rec["actors"]:
        if a["id"] == aid:
            return f'{a.get("name") or a.get("text")}[{a.get("country")}]'
    return aid
for l in open("events-a-items.jsonl"):
    it = json.loads(l)
    if not (n1 <= it["n"] <= n2):
        continue
    rec = recs[it["doc"]]
    me = next(e for e in rec["events"] if e["id"] == it["event_id"])
    s = me["sentence"]["start"]
    print(f'#{it["n"]} {it["doc"]} {it["event_id"]}')
    for e in rec["events"]:
        if e["sentence"]["start"] == s:
            mark = "*" if e["id"] == it["event_id"] else " "
            print(f'  {mark}{e["id"]} {e["trigger"]["text"]!r} {e["type"]}/{e["mode"]} '
                  f'{[actor(rec,a) for a in e["source"]]} -> {[actor(rec,a) for a in e["target"]]} '
                  f'{e["date"]["value"]} {e["modality"]} conf={e.get("confidence")}')
