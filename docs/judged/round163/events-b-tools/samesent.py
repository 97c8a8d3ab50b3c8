"""Print, for each item, every dateline event in the same sentence (duplicate check)."""
import json
recs = {}
for line in open('/tmp/r161/heldout_news58.judge.jsonl'):
    r = json.loads(line); recs[r['id']] = r['record']
items = [json.loads(l) for l in open('events-b-items.jsonl')]
for it in items:
    rec = recs[it['doc']]
    names = {a['id']: f"{a['name']}[{a['country']}]" for a in rec['actors']}
    me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    ss = me['sentence']['start']
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']} date={rec['document_date']}")
    for e in rec['events']:
        if e['sentence']['start'] == ss:
            print('   ', e['id'], e['trigger']['text'], e['type'], e.get('mode'), [names.get(x, x) for x in e['source']], '->', [names.get(x, x) for x in e['target']], e['modality'], e['date'].get('value'))
