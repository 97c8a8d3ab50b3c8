"""For each item, list all dateline events in the same doc whose sentence matches (duplicate check)."""
import json
recs={}
for l in open('/tmp/r137/heldout_news46.judge.jsonl'):
    d=json.loads(l); recs[d['id']]=d['record']
for l in open('events-c-items.jsonl'):
    it=json.loads(l); r=recs[it['doc']]
    acts={a['id']:a for a in r.get('actors',[])}
    same=[e for e in r['events'] if e['sentence']['text'].strip()==it['sentence'].strip()]
    print(f"#{it['n']} {it['doc']} {it['event_id']} ({len(r['events'])} events in doc)")
    for e in same:
        def nm(ids): return [acts[i].get('name', i) if i in acts else i for i in ids]
        print('   ', '*' if e['id']==it['event_id'] else ' ', e['id'], e['trigger']['text'], e['type'], e.get('mode'), nm(e['source']), '->', nm(e['target']), e['modality'])
