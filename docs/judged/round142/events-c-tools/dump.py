"""Dump the stories of my sampled docs, with my items listed per doc, to a text file for reading."""
import json, sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-c.jsonl')]
docs={}
for it in items: docs.setdefault(it['doc'],[]).append(it['n'])
for p in paras: docs.setdefault(p['doc'],[]).append('P')
stories={}
for l in open('/work/wt/j142c/data/heldout_news48/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
for d in sorted(docs):
    s=stories[d]
    print('='*100); print(d, s['date'], s['title'], 'items:', docs[d]); print(s['text']); print()
