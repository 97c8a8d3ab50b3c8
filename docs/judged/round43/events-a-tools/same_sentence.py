"""List the other dateline events from the same sentence as each sampled item (duplicate check). Usage: python events-a-tools/same_sentence.py 1 60"""
import json,sys
recs={}
for l in open('/tmp/integ72/heldout_final.jsonl'):
    r=json.loads(l); recs[r['id']]=r['record']
items=[json.loads(l) for l in open('events-a-items.jsonl')]
lo,hi=int(sys.argv[1]),int(sys.argv[2])
for it in items[lo-1:hi]:
    rec=recs[it['doc']]
    acts={a['id']:a.get('name',a.get('text')) for a in rec['actors']}
    me=[e for e in rec['events'] if e['id']==it['event_id']][0]
    same=[(e['id'],e['type'],e['trigger']['text'],[acts.get(x) for x in e['source']],[acts.get(x) for x in e['target']]) for e in rec['events'] if e['id']!=me['id'] and e['sentence']['start']==me['sentence']['start']]
    print(it['n'],it['event_id'],it['type'],it['trigger'],'| others:',same)
