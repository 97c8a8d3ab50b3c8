"""Print, for each doc of my items/paragraphs, the story text and dateline's events (compact)."""
import json, sys
items=[json.loads(l) for l in open('events-a-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-a.jsonl')]
docs=[]
for x in items+paras:
    if x['doc'] not in docs: docs.append(x['doc'])
want=set(sys.argv[1:]) or set(docs)
recs={}
for l in open('/tmp/r79/heldout_news17.judge.jsonl'):
    d=json.loads(l)
    if d['id'] in want: recs[d['id']]=d['record']
stories={}
for l in open('/work/wt/j79a/data/heldout_news17/stories.jsonl'):
    d=json.loads(l)
    if d['id'] in want: stories[d['id']]=d
def actor(r,a):
    for x in r['actors']:
        if x['id']==a:
            return f"{x.get('name')}[{x.get('country')}/{x.get('sector')}]"
    return a
for doc in docs:
    if doc not in want: continue
    s=stories[doc]; r=recs[doc]
    mine=[i['n'] for i in items if i['doc']==doc]
    print('#'*10, doc, s['date'], s['title'], 'items', mine)
    print(s['text'])
    print('--- dateline events')
    for e in r['events']:
        print(f"  {e['id']} [{e['sentence']['start']}] {e['trigger']['text']!r} {e['type']}/{e['mode']} {[actor(r,a) for a in e['source']]} -> {[actor(r,a) for a in e['target']]} {e['date']['value']}({e['date']['basis']}) {e['modality']}")
    print()
