# For each item, list all dateline events in the same sentence (duplicate check).
import json
recs={}
for l in open('/tmp/r127/heldout_news41.judge.jsonl'):
    d=json.loads(l); recs[d['id']]=d['record']
for l in open('events-b-items.jsonl'):
    it=json.loads(l); r=recs[it['doc']]
    acts={a['id']:a for a in r.get('actors',[])}
    me=[e for e in r['events'] if e['id']==it['event_id']][0]
    same=[e for e in r['events'] if e['sentence']['start']==me['sentence']['start']]
    print('#%d %s %s'%(it['n'],it['doc'],it['event_id']))
    for e in same:
        nm=lambda ids:[acts.get(i,{}).get('text',i) if isinstance(acts.get(i),dict) else i for i in ids]
        print('   %s%s %s/%s trig=%s src=%s tgt=%s mod=%s'%('*' if e['id']==me['id'] else ' ',e['id'],e['type'],e['mode'],e['trigger']['text'],e['source'],e['target'],e['modality']))
