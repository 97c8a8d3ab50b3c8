# list all dateline events of the item's doc: same sentence as item flagged
import json
items=[json.loads(l) for l in open('events-a-items.jsonl')]
docs={i['doc'] for i in items}
recs={}
for l in open('/tmp/r102/heldout_news28.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
for it in items:
    rec=recs[it['doc']]
    actors={a['id']:a for a in rec.get('actors',[])}
    def nm(ids): return [actors[i].get('text', actors[i].get('name')) if i in actors else i for i in ids]
    same=[e for e in rec['events'] if e['sentence']['text'].strip()==it['sentence'].strip() and e['id']!=it['event_id']]
    print(it['n'], it['doc'], it['event_id'], it['trigger'], '| others in sentence:', [(e['id'],e['trigger']['text'],e['type'],nm(e['source']),nm(e['target'])) for e in same])
