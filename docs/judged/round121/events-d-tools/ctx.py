import json,sys
lo,hi=int(sys.argv[1]),int(sys.argv[2])
stories={}
for l in open('/work/wt/j121d/data/heldout_news38/stories.jsonl'):
    d=json.loads(l); stories[d['id']]=d
out={}
for l in open('/tmp/r121/heldout_news38.judge.jsonl'):
    d=json.loads(l); out[d['id']]=d['record']
items=[json.loads(l) for l in open('events-d-items.jsonl')]
seen=set()
for it in items:
    if it['n']<lo: seen.add(it['doc'])
for it in items:
    if not (lo<=it['n']<=hi): continue
    doc=it['doc']
    print('='*100)
    if doc not in seen:
        s=stories[doc]; print('STORY',doc,s['date'],s['title']); print(s['text']); seen.add(doc)
    print('-'*50)
    print('#%d %s %s trig=%r type=%s/%s cameo=%s'%(it['n'],doc,it['event_id'],it['trigger'],it['type'],it['mode'],it['cameo']))
    print('SENT:',it['sentence'].strip())
    print('src',it['source'],'tgt',it['target'],'date',it['date'],'mod',it['modality'],'rep',it['reported_by'])
    r=out[doc]; A={a['id']:'%s[%s/%s]'%(a['name'],a['country'],a['sector']) for a in r['actors']}
    for e in r['events']:
        if e['sentence']['text']==it['sentence'] and e['id']!=it['event_id']:
            print('   SAME-SENT:',e['id'],e['trigger']['text'],e['type'],e['mode'],[A.get(x,x) for x in e['source']],[A.get(x,x) for x in e['target']],e['date']['value'],e['date']['basis'],e['modality'])
