# For each item, list all dateline events in the same story whose sentence equals the item's sentence.
import json
recs={}
for l in open('/tmp/r83/heldout_news19.judge.jsonl'):
    d=json.loads(l); recs[d['id']]=d['record']
items=[json.loads(l) for l in open('events-a-items.jsonl')]
for it in items:
    r=recs[it['doc']]
    A={a['id']:a for a in r.get('actors',[])} if isinstance(r.get('actors'),list) else {}
    def nm(ids): return [ (A[i].get('name') or A[i].get('text') or i) if i in A else i for i in ids]
    same=[e for e in r['events'] if e['sentence']['text'].strip()==it['sentence'].strip()]
    print('#%d %s %s trig=%s' % (it['n'], it['doc'], it['event_id'], it['trigger']))
    for e in same:
        if e['id']==it['event_id']: continue
        print('    other:', e['id'], e['trigger']['text'], e['type'], e['mode'], nm(e['source']), '->', nm(e['target']), e['date'].get('value'), e['modality'])
