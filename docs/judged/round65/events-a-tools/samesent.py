import json,sys
recs={}
for l in open('/tmp/r65/heldout_news10.judge.jsonl'):
    d=json.loads(l); recs[d['id']]=d['record']
items=[json.loads(l) for l in open('events-a-items.jsonl')]
lo,hi=int(sys.argv[1]),int(sys.argv[2])
for it in items[lo-1:hi]:
    r=recs[it['doc']]
    acts={a['id']:a for a in r['actors']}
    nm=lambda ids:[acts[i]['name']+'['+str(acts[i]['country'])+']' for i in ids]
    same=[e for e in r['events'] if e['sentence']['text'].strip()==it['sentence'].strip()]
    print('#%d %s %s trig=%s'%(it['n'],it['doc'],it['event_id'],it['trigger']))
    for e in same:
        print('   ',e['id'],e['trigger']['text'],e['type'],e['mode'],nm(e['source']),'->',nm(e['target']),e['date']['value'],e['date']['basis'],e['modality'])
