# print, for each item, all dateline events of the same story whose sentence overlaps the item's sentence
import json,sys
recs={}
for l in open('/tmp/r109/heldout_news32.judge.jsonl'):
    r=json.loads(l); recs[r['id']]=r['record']
def name(rec,aid):
    for a in rec['actors']:
        if a['id']==aid:
            return a.get('name') or a.get('text') or aid
    return aid
lo,hi=int(sys.argv[1]),int(sys.argv[2])
for l in open('events-b-items.jsonl'):
    it=json.loads(l)
    if not lo<=it['n']<=hi: continue
    rec=recs[it['doc']]
    print('#%d %s %s'%(it['n'],it['doc'],it['event_id']))
    for e in rec['events']:
        if e['sentence']['text'].strip()==it['sentence'].strip():
            print('   ',e['id'],e['type'],e['mode'],e['trigger']['text'],[name(rec,x) for x in e['source']],'->',[name(rec,x) for x in e['target']],e['date']['value'],e['modality'])
