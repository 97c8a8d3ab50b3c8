"""How many judged round items (run from this folder) are identical in an older output (type,
trigger and offset, source and target names with countries, date, modality). usage: NEW.jsonl OLD.jsonl"""
import json,sys
items=[json.loads(l) for f in ['events-a-items.jsonl','events-b-items.jsonl'] for l in open(f)]
docs={i['doc'] for i in items}
def load(p):
    out={}
    for l in open(p):
        r=json.loads(l)
        if r['id'] in docs: out[r['id']]=r['record']
    return out
NEW=load(sys.argv[1]); OLD=load(sys.argv[2])
def sig(rec,e):
    names={a['id']:(a['name'],a.get('country')) for a in rec['actors']}
    return (e['type'],e['trigger']['text'],e['trigger']['start'],tuple(names.get(x) for x in e.get('source',[])),tuple(names.get(x) for x in e.get('target',[])),(e.get('date') or {}).get('value'),e.get('modality'))
same=0; changed=[]
for it in items:
    new=NEW[it['doc']]; ev=next(e for e in new['events'] if e['id']==it['event_id'])
    s=sig(new,ev); old=OLD[it['doc']]
    if any(sig(old,e)==s for e in old['events']): same+=1
    else: changed.append((it['doc'],it['trigger']))
print('identical',same,'of',len(items)); print(changed)
