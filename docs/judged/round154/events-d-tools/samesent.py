# For each item, list the other dateline events whose sentence is the same (duplicate check).
import json
recs = {}
for l in open('/tmp/r154/heldout_news55.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
for l in open('events-d-items.jsonl'):
    it = json.loads(l)
    rec = recs[it['doc']]
    acts = {a['id']: a['name'] for a in rec['actors']}
    me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    others = [e for e in rec['events'] if e['id'] != me['id'] and e['sentence']['start'] == me['sentence']['start']]
    if others:
        print('#%d %s %s %s' % (it['n'], it['doc'], it['event_id'], it['trigger']))
        for e in others:
            print('    other', e['id'], e['type'], e['mode'], 'trig=', e['trigger']['text'], [acts.get(x) for x in e['source']], '->', [acts.get(x) for x in e['target']], e['date']['value'], e['modality'])
