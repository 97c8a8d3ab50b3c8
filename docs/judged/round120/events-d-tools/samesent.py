"""For each sampled item, list dateline's other events in the same sentence (for the duplicate check)."""
import json
recs = {}
for l in open('/tmp/r120/heldout_news37.judge.jsonl'):
    d = json.loads(l)
    recs[d['id']] = d['record']
for i, l in enumerate(open('events-d-items.jsonl'), 1):
    it = json.loads(l)
    r = recs[it['doc']]
    actors = {a['id']: a.get('name', a.get('text', a['id'])) for a in r.get('actors', [])}
    me = [e for e in r['events'] if e['id'] == it['event_id']][0]
    others = [e for e in r['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
    print(f"#{i} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}")
    for e in others:
        print('    other:', e['id'], e['trigger']['text'], e['type'], [actors.get(x, x) for x in e['source']], '->', [actors.get(x, x) for x in e['target']], e['date']['value'], e['modality'])
