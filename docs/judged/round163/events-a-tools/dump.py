"""Print each sampled story with all of dateline's events (marking sampled items) for reading."""
import json, sys
items=[json.loads(l) for l in open('events-a-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-a.jsonl')]
docs=[]
for d in items+paras:
    if d['doc'] not in docs: docs.append(d['doc'])
stories={}
for l in open('/work/wt/j163a/data/heldout_news58/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
recs={}
for l in open('/tmp/r161/heldout_news58.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
def act(a, actors):
    out=[]
    for x in a:
        if isinstance(x,dict):
            ac=actors.get(x.get('actor') or x.get('id'))
            out.append(x.get('text') if ac is None else '%s[%s/%s]'%(ac['name'],ac['country'],ac['sector']))
        else:
            ac=actors.get(x)
            out.append(x if ac is None else '%s[%s/%s]'%(ac['name'],ac['country'],ac['sector']))
    return out
for doc in docs:
    s=stories[doc]; r=recs[doc]
    actors={a['id']:a for a in r['actors']}
    mine={(i['event_id']):i['n'] for i in items if i['doc']==doc}
    print('='*100); print(doc, s['date'], s['title']); print(s['text']); print('--- events')
    for e in r['events']:
        tag=' <<#%d'%mine[e['id']] if e['id'] in mine else ''
        print(' %s %s/%s trig=%r src=%s tgt=%s date=%s/%s mod=%s rep=%s%s'%(e['id'],e['type'],e['mode'],e['trigger']['text'],act(e['source'],actors),act(e['target'],actors),e['date']['value'],e['date']['basis'],e['modality'],e.get('reported_by'),tag))
        print('     S: %s'%e['sentence']['text'][:250].replace('\n',' '))
