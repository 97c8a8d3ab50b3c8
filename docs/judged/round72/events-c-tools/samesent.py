"""For each item print dateline's other events in the same sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r71/heldout_news13.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
items = [json.loads(l) for l in open(sys.argv[1])]
for it in items:
    r = recs[it['doc']]
    names = {a['id']: f"{a['name']}[{a.get('country')}]" for a in r['actors']}
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']} {it['type']}")
    for e in r['events']:
        if e['sentence']['text'].strip() == it['sentence'].strip() and e['id'] != it['event_id']:
            print('   other:', e['id'], e['trigger']['text'], e['type'], e['mode'],
                  [names.get(x, x) for x in e['source']], '->', [names.get(x, x) for x in e['target']], e['modality'])
