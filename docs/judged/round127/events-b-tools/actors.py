# For each item, show the mention texts of its source/target actors (those in or near the sentence).
import json
recs={}
for l in open('/tmp/r127/heldout_news41.judge.jsonl'):
    d=json.loads(l); recs[d['id']]=d['record']
for l in open('events-b-items.jsonl'):
    it=json.loads(l); r=recs[it['doc']]
    acts={a['id']:a for a in r.get('actors',[])}
    me=[e for e in r['events'] if e['id']==it['event_id']][0]
    s,e=me['sentence']['start'],me['sentence']['end']
    out=[]
    for role in ('source','target'):
        for aid in me[role]:
            a=acts[aid]
            ins=[m['text'] for m in a['mentions'] if s<=m['start']<e]
            out.append('%s %s=%s in-sent:%s'%(role,aid,a['name'],ins))
    print('#%d'%it['n'],' | '.join(out))
