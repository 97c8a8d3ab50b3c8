"""Print, per sampled doc, the full story and all dateline events (compact), marking sampled items.
usage: stories.py ITEMS.jsonl STORIES.jsonl RECORDS.jsonl [doc ...]"""
import json, sys
items=[json.loads(l) for l in open(sys.argv[1])]
docs=[]
for it in items:
    if it['doc'] not in docs: docs.append(it['doc'])
if len(sys.argv)>4: docs=[d for d in docs if d in sys.argv[4:]]
stories={}
for l in open(sys.argv[2]):
    d=json.loads(l)
    if d['id'] in docs: stories[d['id']]=d
recs={}
for l in open(sys.argv[3]):
    d=json.loads(l)
    if d['id'] in docs: recs[d['id']]=d['record']
def act(r,a):
    for x in r['actors']:
        if x['id']==a: return '%s[%s/%s]'%(x.get('name'),x.get('country'),x.get('sector'))
    return a
for doc in docs:
    s=stories[doc]; r=recs[doc]
    print('='*100); print(doc, s['date'], s['title']); print(s['text'])
    print('-- dateline events:')
    sampled={it['event_id']:it['n'] for it in items if it['doc']==doc}
    for e in r['events']:
        mark=('#%d'%sampled[e['id']]) if e['id'] in sampled else ''
        print(' %s %s %s/%s trig=%r src=%s tgt=%s date=%s/%s mod=%s | %s'%(mark,e['id'],e['type'],e['mode'],e['trigger']['text'],
          [act(r,a) for a in e['source']],[act(r,a) for a in e['target']],e['date'].get('value'),e['date'].get('basis'),e['modality'],e['sentence']['text'][:90].strip()))
