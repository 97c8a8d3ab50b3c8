"""For each item n in range, list all dateline events in the same sentence (to check duplicates)."""
import json,sys
recs={}
for l in open('/tmp/r85/heldout_news20.judge.jsonl'):
    d=json.loads(l); recs[d['id']]=d['record']
items=[json.loads(l) for l in open('events-d-items.jsonl')]
a,b=int(sys.argv[1]),int(sys.argv[2])
def act(r,ids):
    A={x['id']:x for x in r['actors']}
    out=[]
    for i in ids:
        x=A.get(i,{})
        out.append(f"{x.get('name') or x.get('text')}[{x.get('country')}]")
    return out
for it in items:
    if not a<=it['n']<=b: continue
    r=recs[it['doc']]
    ev={e['id']:e for e in r['events']}[it['event_id']]
    s=ev['sentence']['start']
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
    for e in r['events']:
        if e['sentence']['start']==s:
            print('   ',e['id'],e['trigger']['text'],e['type'],e.get('mode'),act(r,e['source']),'->',act(r,e['target']),e['date']['value'],e['modality'])
