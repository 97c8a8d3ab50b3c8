import json, sys
items=[json.loads(l) for l in open('events-a-items.jsonl')]
pars=[json.loads(l) for l in open('paragraphs-a.jsonl')]
stories={}
for l in open('/work/wt/j120a/data/heldout_news37/stories.jsonl'):
    d=json.loads(l); stories[d['id']]=d
out={}
for l in open('/tmp/r120/heldout_news37.judge.jsonl'):
    d=json.loads(l); r=d['record']; A={a['id']:'%s[%s/%s/%s]'%(a['name'],a['country'],a['sector'],a['kind']) for a in r['actors']}
    evs=[]
    for e in r['events']:
        evs.append(dict(event_id=e['id'],trigger=e['trigger']['text'],type=e['type'],mode=e['mode'],source=[A.get(x,x) for x in e['source']],target=[A.get(x,x) for x in e['target']],date=(e['date']['value'],e['date']['basis']),modality=e['modality'],sentence=e['sentence']['text']))
    out[d['id']]=dict(events=evs)
docs=[]
for i in items:
    if i['doc'] not in docs: docs.append(i['doc'])
for p in pars:
    if p['doc'] not in docs: docs.append(p['doc'])
sel=docs[int(sys.argv[1]):int(sys.argv[2])]
for doc in sel:
    s=stories[doc]
    print('='*30, doc, s['date'], s['title'])
    print(s['text'])
    its=[i for i in items if i['doc']==doc]
    for i in its:
        print('--- ITEM n=%d %s trig=%r %s/%s cameo=%s src=%s tgt=%s date=%s mod=%s rep=%s'%(i['n'],i['event_id'],i['trigger'],i['type'],i['mode'],i['cameo'],i['source'],i['target'],i['date'],i['modality'],i['reported_by']))
        print('    SENT:', i['sentence'].strip())
        evs=out[doc].get('events',[])
        for e in evs:
            if e['sentence'].strip()==i['sentence'].strip() and e['event_id']!=i['event_id']:
                print('    SAME-SENT other: %s trig=%r %s/%s src=%s tgt=%s date=%s mod=%s'%(e['event_id'],e['trigger'],e['type'],e['mode'],e['source'],e['target'],e['date'],e['modality']))
    for p in pars:
        if p['doc']==doc:
            print('--- PARAGRAPH events:', [(e['event_id'],e['trigger'],e['type'],e['mode'],e['source'],e['target'],e['date'],e['modality']) for e in p['events']])
