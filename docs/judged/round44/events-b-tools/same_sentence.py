"""List all dateline events from the sentence of each sampled item (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/integ73/h2_final.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
items = [json.loads(l) for l in open(sys.argv[1])]
want = set(int(x) for x in sys.argv[2:]) if len(sys.argv) > 2 else None
for it in items:
    if want and it['n'] not in want: continue
    r = recs[it['doc']]
    names = {a['id']: a['name'] for a in r['actors']}
    print('#%d %s %s [%s]' % (it['n'], it['doc'], it['event_id'], it['trigger']))
    for e in r['events']:
        if e['sentence']['text'].strip() == it['sentence'].strip():
            print('    %s %-14s %-9s %-12s src=%s tgt=%s %s %s' % (e['id'], e['trigger']['text'], e['type'], e['mode'],
                  [names.get(a) for a in e['source']], [names.get(a) for a in e['target']], e['date']['value'], e['modality']))
