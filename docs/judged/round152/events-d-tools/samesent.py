"""For each item of judge d, list every dateline event in the same sentence (duplicate check)."""
import json
here = '/work/wt/j152d/docs/judged/round152/'
recs = {}
for l in open('/tmp/r150/heldout_news53.judge.jsonl'):
    d = json.loads(l)
    recs[d['id']] = d['record']

def name(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return a.get('name') or a.get('text') or aid
    return aid

for l in open(here + 'events-d-items.jsonl'):
    it = json.loads(l)
    rec = recs[it['doc']]
    me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    same = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start']]
    print('#%d %s %s' % (it['n'], it['doc'], it['event_id']))
    for e in same:
        print('   %s%s %s "%s" %s -> %s  %s %s' % ('*' if e['id'] == me['id'] else ' ', e['id'], e['type'], e['trigger']['text'],
              [name(rec, a) for a in e['source']], [name(rec, a) for a in e['target']], e['date'].get('value'), e['modality']))
