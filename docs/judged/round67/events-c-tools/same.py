# list all dateline events in the same sentence as each item (duplicate check)
import json,sys
recs={}
for l in open('/tmp/r67/heldout_news11.judge.jsonl'):
    d=json.loads(l); recs[d['id']]=d['record']
lo,hi=int(sys.argv[1]),int(sys.argv[2])
for l in open('events-c-items.jsonl'):
    it=json.loads(l)
    if not lo<=it['n']<=hi: continue
    r=recs[it['doc']]
    act={a['id']:a['name']+'['+str(a.get('country'))+']' for a in r['actors']}
    evs=[e for e in r['events'] if e['sentence']['text'].strip()==it['sentence'].strip()]
    print('#',it['n'],it['doc'],it['event_id'])
    for e in evs:
        print('   ',e['id'],e['trigger']['text'],e['type'],e.get('mode'),[act.get(x,x) for x in e['source']],'->',[act.get(x,x) for x in e['target']],e['date']['value'],e['modality'])
