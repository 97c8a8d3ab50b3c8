"""For each item, list all dateline events in the same sentence (duplicate check)."""
import json,sys
recs={}
for l in open('/tmp/r75/heldout_news15.judge.jsonl'):
    d=json.loads(l); recs[d['id']]=d['record']
def name(r,aid):
    a=next((x for x in r['actors'] if x['id']==aid),None)
    return a.get('name',aid) if a else aid
lo,hi=int(sys.argv[1]),int(sys.argv[2])
for l in open('events-d-items.jsonl'):
    it=json.loads(l)
    if not lo<=it['n']<=hi: continue
    r=recs[it['doc']]
    me=next(e for e in r['events'] if e['id']==it['event_id'])
    same=[e for e in r['events'] if e['sentence']['start']==me['sentence']['start']]
    print('#%d %s %s'%(it['n'],it['doc'],it['event_id']))
    for e in same:
        print('   %s%s %s/%s trig=%r %s -> %s %s %s'%('*' if e['id']==me['id'] else ' ',e['id'],e['type'],e['mode'],e['trigger']['text'],
              [name(r,a) for a in e['source']],[name(r,a) for a in e['target']],e['date']['value'],e['modality']))
