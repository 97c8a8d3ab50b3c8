"""Print sampled events with the preceding text for context."""
import json, sys
recs = {}
for l in open('/tmp/r13/new.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
for l in open(sys.argv[1]):
    s = json.loads(l)
    if not (int(sys.argv[2]) <= s['n'] <= int(sys.argv[3])): continue
    rec = recs[s['doc']]
    ev = next(e for e in rec['events'] if e['id'] == s['event_id'])
    st = ev['sentence']['start']
    print(f"=== #{s['n']} {s['doc']} dct={s['document_date']}")
    print("CTX:", rec['text'][max(0, st-400):st].replace('\n', ' / '))
    print("SENT:", s['sentence'])
    print(f"  trig={s['trigger']!r} type={s['type']} mode={s['mode']} src={s['source']} tgt={s['target']} date={s['date']} mod={s['modality']} rep={s['reported_by']}")
