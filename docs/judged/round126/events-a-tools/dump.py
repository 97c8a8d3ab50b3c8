import json,sys
items=[json.loads(l) for l in open('events-a-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-a.jsonl')]
stories={}
for l in open('/work/wt/j126a/data/heldout_news40/stories.jsonl'):
    d=json.loads(l); stories[d['id']]=d
out={}
for l in open('/tmp/r125/heldout_news40.judge.jsonl'):
    d=json.loads(l); out[d.get('doc') or d.get('id')]=d
docs=[]
for it in items:
    if it['doc'] not in docs: docs.append(it['doc'])
for p in paras:
    if p['doc'] not in docs: docs.append(p['doc'])
for doc in docs:
    s=stories[doc]
    print('='*30,doc,s['date'],s['title'])
    print(s['text'])
    print('-- items:',[ (it['n'],it['event_id'],it['trigger']) for it in items if it['doc']==doc])
