"""For each sampled item, list the other dateline events of the same story in the same sentence (duplicate check)."""
import json
recs = {}
for l in open('/tmp/r133/heldout_news44.judge.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r['record']
for l in open('events-c-items.jsonl'):
    it = json.loads(l)
    rec = recs[it['doc']]
    actors = {a['id']: '%s[%s]' % (a['name'], a['country']) for a in rec['actors']}
    me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    others = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
    print('#%d %s %s %s' % (it['n'], it['doc'], it['event_id'], it['trigger']))
    for e in others:
        print('    other: %s %s/%s %s -> %s date=%s mod=%s' % (e['id'], e['trigger']['text'], e['type'],
              [actors.get(a, a) for a in e['source']], [actors.get(a, a) for a in e['target']],
              e['date']['value'], e['modality']))
