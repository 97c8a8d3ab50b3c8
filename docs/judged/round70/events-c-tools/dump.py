import json,sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-c.jsonl')]
docs=[]
for d in [i['doc'] for i in items]+[p['doc'] for p in paras]:
    if d not in docs: docs.append(d)
stories={}
for l in open('/work/wt/j70c/data/heldout_news12/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
out={}
for l in open('/tmp/r69/heldout_news12.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: out[r['id']]=r['record']
def an(rec,ids):
    res=[]
    for a in ids:
        x=[y for y in rec['actors'] if y['id']==a]
        if x:
            x=x[0]; res.append('%s[%s/%s]'%(x.get('name') or x.get('text'),x.get('country'),x.get('sector')))
        else: res.append(a)
    return res
for d in docs:
    s=stories[d]
    print('='*100); print(d, s['date'], s['title']); print(s['text'])
    ns=[(i['n'],i['event_id']) for i in items if i['doc']==d]
    print('--- items:',ns)
    rec=out[d]
    for e in rec['events']:
        rb=an(rec,[e['reported_by']]) if e.get('reported_by') else None
        print('  ',e['id'],e['trigger']['text'],e['type'],e['mode'],an(rec,e['source']),'->',an(rec,e['target']),e['date'].get('value'),e['date'].get('basis'),e['modality'],rb,'|',e['sentence']['text'][:80].replace('\n',' '))
