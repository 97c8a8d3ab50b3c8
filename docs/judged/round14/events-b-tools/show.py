"""Print sampled events with the preceding context from the full text."""
import json, sys
recs = {}
for l in open('/tmp/r14/new.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
for l in open(sys.argv[1]):
    it = json.loads(l)
    rec = recs[it['doc']]
    t = rec['text']
    ev = next(e for e in rec['events'] if e['id'] == it['event_id'])
    s = ev['sentence']['start']
    print(f"=== #{it['n']} {it['doc']} {it['event_id']} docdate={it['document_date']}")
    print("CTX:", t[max(0, s-350):s].replace('\n', ' / '))
    print("SENT:", it['sentence'])
    print(f"trig={it['trigger']!r} type={it['type']} mode={it['mode']} cameo={it['cameo']}")
    print(f"src={it['source']} tgt={it['target']}")
    print(f"date={it['date']} mod={it['modality']} rep={it['reported_by']} rule={it['rule']}")
    print()
