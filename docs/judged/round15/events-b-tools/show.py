"""Print sampled events with surrounding text for judging.
usage: show.py RECORDS.jsonl EVENTS.jsonl [from] [to]"""
import json, sys
recs = {}
ids = set()
evs = [json.loads(l) for l in open(sys.argv[2])]
for e in evs: ids.add(e["doc"])
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r["id"] in ids:
        recs[r["id"]] = r["record"]
lo = int(sys.argv[3]) if len(sys.argv) > 3 else 1
hi = int(sys.argv[4]) if len(sys.argv) > 4 else 999
for e in evs:
    if not lo <= e["n"] <= hi: continue
    rec = recs[e["doc"]]
    t = rec["text"]
    ev = next(x for x in rec["events"] if x["id"] == e["event_id"])
    s, en = ev["sentence"]["start"], ev["sentence"]["end"]
    before = t[max(0, s-400):s]
    after = t[en:en+200]
    print(f'=== #{e["n"]} {e["doc"]} {e["event_id"]}')
    print('  CTX-BEFORE: ...' + before.replace("\n", " / "))
    print('  SENT: ' + e["sentence"])
    print('  CTX-AFTER: ' + after.replace("\n", " / ") + '...')
    print(f'  trigger="{e["trigger"]}" type={e["type"]}/{e["mode"]} cameo={e["cameo"]}')
    print(f'  src={e["source"]} tgt={e["target"]}')
    print(f'  date={e["date"]} modality={e["modality"]} reported_by={e["reported_by"]} rule={e["rule"]}')
