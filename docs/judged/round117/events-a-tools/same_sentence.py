import json
items=[json.loads(l) for l in open('events-a-items.jsonl')]
recs={}
for l in open('/tmp/r117/heldout_news36.judge.jsonl'):
    d=json.loads(l); recs[d['id']]=d['record']
for it in items:
    r=recs[it['doc']]
    acts={a['id']:a['name'] for a in r['actors']}
    evs=r['events']
    same=[e for e in evs if e['sentence']['text'].strip()==it['sentence'].strip() and e['id']!=it['event_id']]
    print(it['n'],it['doc'],it['event_id'],it['trigger'],it['type'],'| others:',[(e['id'],e['trigger']['text'],e['type'],[acts.get(x,x) for x in e['source']],[acts.get(x,x) for x in e['target']],e['modality']) for e in same])
