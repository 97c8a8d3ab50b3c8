import json,sys
recs={}
for l in open('/tmp/r104/heldout_news29.judge.jsonl'):
    r=json.loads(l); recs[r['id']]=r['record']
items=[json.loads(l) for l in open('events-c-items.jsonl')]
for it in items:
    r=recs[it['doc']]
    actors={a['id']:a['name'] for a in r['actors']}
    evs=r['events']
    same=[e for e in evs if e['sentence']['text'].strip()==it['sentence'].strip() and e['id']!=it['event_id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']} :: others:",
          [(e['id'],e['trigger']['text'],e['type'],[actors.get(a,a) for a in e['source']],[actors.get(a,a) for a in e['target']]) for e in same])
