# For each item, list every dateline event in the same sentence of the same story (duplicate check).
import json
recs = {}
for l in open('/tmp/r108/heldout_news31.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
def name(r, aid):
    for a in r['actors']:
        if a['id'] == aid:
            return a.get('name') or a.get('text') or aid
    return aid
for l in open('events-a-items.jsonl'):
    it = json.loads(l)
    r = recs[it['doc']]
    me = [e for e in r['events'] if e['id'] == it['event_id']][0]
    others = [e for e in r['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
    print('#%d %s %s %s %s' % (it['n'], it['doc'], it['event_id'], it['trigger'], it['type']))
    for e in others:
        print('     other: %s %s %s %s -> %s  [trig@%d]' % (e['id'], e['trigger']['text'], e['type'],
              [name(r, a) for a in e['source']], [name(r, a) for a in e['target']], e['trigger']['start']))
