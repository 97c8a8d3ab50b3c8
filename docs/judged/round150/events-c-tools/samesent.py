"""For each item, list the other dateline events of the same doc in the same sentence (duplicate check).
Usage: python3 events-c-tools/samesent.py  (run in round150/)"""
import json
recs = {}
for l in open('/tmp/r150/heldout_news53.judge.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r['record']
for l in open('events-c-items.jsonl'):
    it = json.loads(l)
    rec = recs[it['doc']]
    acts = {a['id']: '%s[%s]' % (a['name'], a.get('country')) for a in rec['actors']}
    evs = rec['events']
    me = [e for e in evs if e['id'] == it['event_id']][0]
    others = [e for e in evs if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
    print('#%d %s %s trig=%s %s' % (it['n'], it['doc'], it['event_id'], it['trigger'], it['type']))
    for e in others:
        print('    other %s trig=%s %s %s -> %s date=%s mod=%s' % (e['id'], e['trigger']['text'], e['type'],
              [acts.get(x, x) for x in e['source']], [acts.get(x, x) for x in e['target']], e['date'].get('value'), e['modality']))
