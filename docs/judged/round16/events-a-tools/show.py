"""Print each sampled event with its sentence and the preceding text of its paragraph (for antecedents)."""
import json, sys
recs = {}
for line in open("/tmp/r16/new.jsonl"):
    r = json.loads(line)
    recs[r["id"]] = r["record"]
for line in open(sys.argv[1]):
    it = json.loads(line)
    rec = recs[it["doc"]]
    ev = next(e for e in rec["events"] if e["id"] == it["event_id"])
    s = ev["sentence"]["start"]
    pre = rec["text"][max(0, s - 400):s]
    print(f"=== #{it['n']} {it['doc']} {it['event_id']} docdate={it['document_date']}")
    print("  PRE: ..." + pre.replace("\n", " / "))
    print("  SENT:", it["sentence"])
    print(f"  trig={it['trigger']!r} type={it['type']} mode={it['mode']} cameo={it['cameo']}")
    print(f"  src={it['source']} tgt={it['target']}")
    print(f"  date={it['date']} mod={it['modality']} rep={it['reported_by']} rule={it['rule']}")
