# For each item, list all dateline events in the same sentence (duplicate check)
import json
recs={}
for l in open('/tmp/r103/heldout_news29.judge.jsonl'):
    o=json.loads(l); recs[o['id']]=o['record']
def aname(r,aid):
    for a in r['actors']:
        if a['id']==aid: return a.get('name') or a.get('text') or aid
    return aid
items=[json.loads(l) for l in open('events-d-items.jsonl')]
for it in items:
    r=recs[it['doc']]
    evs=[e for e in r['events'] if e['sentence']['text'].strip()==it['sentence'].strip()]
    print('#%d %s %s'%(it['n'],it['doc'],it['event_id']))
    for e in evs:
        print('   ',e['id'],e['type'],e['trigger']['text'],[aname(r,a) for a in e['source']],'->',[aname(r,a) for a in e['target']],e['modality'])
