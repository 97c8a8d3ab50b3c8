"""Print sampled events with context (the preceding and following text around the sentence)."""
import json, sys
recs = {}
for line in open("/tmp/r17/new.jsonl"):
    r = json.loads(line); recs[r["id"]] = r["record"]
for line in open(sys.argv[1]):
    it = json.loads(line)
    rec = recs[it["doc"]]
    ev = next(e for e in rec["events"] if e["id"] == it["event_id"])
    t = rec["text"]; s = ev["sentence"]
    print(f"=== #{it['n']} {it['doc']} {it['event_id']} rule={it['rule']}")
    print("CTX-BEFORE:", t[max(0, s['start']-350):s['start']].replace("\n", " / "))
    print("SENT:", it["sentence"])
    print("AFTER:", t[s['end']:s['end']+150].replace("\n", " / "))
    print(f"TRIG={it['trigger']!r} TYPE={it['type']}/{it['mode']} cameo={it['cameo']}")
    print(f"SRC={it['source']} TGT={it['target']}")
    print(f"DATE={it['date']} MOD={it['modality']} REP={it['reported_by']}")
    print()
