"""Print sampled events with their sentence, the preceding sentence context, and dateline's fields."""
import json, sys
recs = {}
for line in open('/tmp/r14/new.jsonl'):
    d = json.loads(line)
    recs[d['id']] = d['record']
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for line in open('sample-events.jsonl'):
    it = json.loads(line)
    if not lo <= it['n'] <= hi: continue
    rec = recs[it['doc']]
    ev = next(e for e in rec['events'] if e['id'] == it['event_id'])
    t = rec['text']; s = ev['sentence']
    print(f"=== #{it['n']} {it['doc']} {it['event_id']}")
    print("CONTEXT-BEFORE:", t[max(0, s['start']-400):s['start']].replace('\n', ' / '))
    print("SENT:", it['sentence'])
    print("TRIGGER:", it['trigger'], "| TYPE:", it['type'], it['mode'], it['cameo'])
    print("SRC:", it['source'], "| TGT:", it['target'])
    print("DATE:", it['date'], "| MOD:", it['modality'], "| REP:", it['reported_by'], "| rule:", it['rule'])
    print()
