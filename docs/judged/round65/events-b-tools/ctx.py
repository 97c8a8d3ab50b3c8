# print, per item: the story (once per doc), the item, and all dateline events in the same sentence
import json, sys
items=[json.loads(l) for l in open('events-b-items.jsonl')]
stories={}
for l in open('/work/wt/j65b/data/heldout_news10/stories.jsonl'):
    s=json.loads(l); stories[s['id']]=s
recs={}
for l in open('/tmp/r65/heldout_news10.judge.jsonl'):
    r=json.loads(l); recs[r['id']]=r['record']
lo,hi=int(sys.argv[1]),int(sys.argv[2])
seen=set()
def actor(rec,a):
    for x in rec['actors']:
        if x['id']==a: return x.get('name') or x.get('text') or str(x)
    return a
for it in items:
    if not lo<=it['n']<=hi: continue
    d=it['doc']; rec=recs[d]
    if d not in seen:
        seen.add(d); s=stories[d]
        print('='*30, d, s['date'], s['title']); print(s['text']); print()
    print('-- #%d %s %s trig=%r %s/%s cameo=%s'%(it['n'],d,it['event_id'],it['trigger'],it['type'],it['mode'],it['cameo']))
    print('   SENT:', it['sentence'].strip())
    print('   src=',it['source'],' tgt=',it['target'])
    print('   date=',it['date'],' mod=',it['modality'],' rep=',it['reported_by'],' rule=',it['rule'])
    for e in rec['events']:
        if e['sentence']['text']==it['sentence'] and e['id']!=it['event_id']:
            print('   other in sent: %s %s trig=%r src=%s tgt=%s mod=%s date=%s'%(e['id'],e['type'],e['trigger']['text'],[actor(rec,a) for a in e['source']],[actor(rec,a) for a in e['target']],e['modality'],e['date'].get('value')))
    print()
