"""Print sampled events with the story text around them (for reading, no judging logic)."""
import json, sys
recs = {}
for line in open('/tmp/r16/new.jsonl'):
    r = json.loads(line)
    recs[r['id']] = r['record']
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for line in open('sample-events.jsonl'):
    it = json.loads(line)
    if not lo <= it['n'] <= hi: continue
    rec = recs[it['doc']]
    ev = next(e for e in rec['events'] if e['id'] == it['event_id'])
    t = rec['text']; s = ev['sentence']
    print(f"=== #{it['n']} {it['doc']} {it['event_id']} docdate={it['document_date']}")
    print("CONTEXT:", t[max(0, s['start']-400):s['start']].replace('\n', ' / '))
    print("SENT:", it['sentence'])
    print("AFTER:", t[s['end']:s['end']+200].replace('\n', ' / '))
    print(f"TRIG={it['trigger']!r} TYPE={it['type']} mode={it['mode']} cameo={it['cameo']}")
    print(f"SRC={it['source']} TGT={it['target']}")
    print(f"DATE={it['date']} MOD={it['modality']} RB={it['reported_by']} rule={it['rule']}")
    print()
