"""Print, for each doc in my items (in first-appearance order), the story text and dateline's events.
usage: ctx.py [doc ...]"""
import json, sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-c.jsonl')]
docs=[]
for d in [i['doc'] for i in items]+[p['doc'] for p in paras]:
    if d not in docs: docs.append(d)
if sys.argv[1:]: docs=sys.argv[1:]
stories={}
for l in open('/work/wt/j77c/data/heldout_news16/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
recs={}
for l in open('/tmp/r77/heldout_news16.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
def arg(a): return a
for d in docs:
    s=stories[d]
    print('='*100); print(d, s['date'], s['title']); print(s['text'])
    mine=[i['n'] for i in items if i['doc']==d]
    print('-- my items:', mine)
    A={a['id']:a for a in recs[d]['actors']}
    nm=lambda ids:[f"{A[x]['name']}[{A[x]['country']}/{A[x]['sector']}]" for x in ids]
    for e in recs[d].get('events',[]):
        print(f"  {e['id']} @{e['sentence']['start']} '{e['trigger']['text']}' {e['type']}/{e['mode']} {nm(e['source'])} -> {nm(e['target'])} {e['date']['value']}({e['date']['basis']}) {e['modality']}  || {e['sentence']['text'][:90]!r}")
