"""For each item, list dateline's other events in the same sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r83/heldout_news19.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
for l in open('events-d-items.jsonl'):
    it = json.loads(l)
    rec = recs[it['doc']]
    actors = {a['id']: a['name'] for a in rec['actors']}
    me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    others = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
    print('#%d %s %s %s %s' % (it['n'], it['doc'], it['event_id'], it['type'], it['trigger']))
    for e in others:
        print('    other %s %s trig=%s src=%s tgt=%s' % (e['id'], e['type'], e['trigger']['text'],
              [actors.get(a, a) for a in e['source']], [actors.get(a, a) for a in e['target']]))
