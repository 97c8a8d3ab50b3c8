import json
recs={}
for l in open('/tmp/r121/heldout_news38.judge.jsonl'):
    r=json.loads(l); recs[r['id']]=r['record']
items=[json.loads(l) for l in open('events-c-items.jsonl')]
def actors(rec):
    return {a['id']:a for a in rec.get('actors',[])}
for it in items:
    r=recs[it['doc']]; A=actors(r)
    nm=lambda ids:[A.get(i,{}).get('name',i) if isinstance(A.get(i),dict) else i for i in ids]
    same=[e for e in r['events'] if e['sentence']['text'].strip()==it['sentence'].strip() and e['id']!=it['event_id']]
    print(it['n'], it['doc'], it['event_id'], it['trigger'], it['type'])
    for e in same:
        print('    also:', e['id'], e['trigger']['text'], e['type'], e.get('mode'), nm(e['source']), nm(e['target']), e['date']['value'], e['modality'])
