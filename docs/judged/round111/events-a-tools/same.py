"""For each item, list all dateline events in the same sentence (duplicate check)."""
import json,sys
recs={}
for l in open('/tmp/r111/heldout_news33.judge.jsonl'):
    r=json.loads(l); recs[r['id']]=r['record']
items=[json.loads(l) for l in open('events-a-items.jsonl')]
a,b=int(sys.argv[1]),int(sys.argv[2])
for it in items:
    if not a<=it['n']<=b: continue
    rec=recs[it['doc']]; acts={x['id']:x for x in rec['actors']}
    nm=lambda ids:[acts[i]['name']+'['+str(acts[i]['country'])+']' for i in ids]
    s=it['sentence'].strip()
    print('#',it['n'],it['doc'],it['event_id'],it['trigger'])
    for e in rec['events']:
        if e['sentence']['text'].strip()==s:
            print('   ',e['id'],e['trigger']['text'],e['type'],e['mode'],nm(e['source']),'->',nm(e['target']),e['date']['value'],e['modality'])
