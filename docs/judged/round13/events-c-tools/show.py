"""Print sampled events compactly with the previous sentence for context."""
import json, sys
recs = {}
for l in open('/tmp/r13/new.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for l in open('sample.jsonl'):
    s = json.loads(l)
    if not lo <= s['n'] <= hi: continue
    rec = recs[s['doc']]; t = rec['text']
    ev = next(e for e in rec['events'] if e['id'] == s['event_id'])
    st = ev['sentence']['start']
    prev = t[max(0, st-300):st].replace('\n', ' / ')
    print(f"#{s['n']} {s['doc']} dct={s['document_date']}")
    print(f"  PREV: ...{prev[-300:]}")
    print(f"  SENT: {s['sentence']}")
    print(f"  trig={s['trigger']!r} type={s['type']} mode={s['mode']} src={s['source']} tgt={s['target']} date={s['date']} mod={s['modality']} rep={s['reported_by']}")
