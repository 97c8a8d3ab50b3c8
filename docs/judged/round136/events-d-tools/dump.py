"""Dump, for each sampled doc, the full story text and every dateline event (grouped by sentence)."""
import json, sys
items=[json.loads(l) for l in open('events-d-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-d.jsonl')]
docs=[]
for d in [i['doc'] for i in items]+[p['doc'] for p in paras]:
    if d not in docs: docs.append(d)
recs={}
for l in open('/tmp/r135/heldout_news45.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
stories={}
for l in open('/work/wt/j136d/data/heldout_news45/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
for d in docs:
    s=stories[d]; r=recs[d]
    acts={a['id']:a for a in r['actors']}
    def nm(ids): return [f"{acts[i]['name']}[{acts[i]['country']}/{acts[i]['sector']}]" for i in ids]
    sampled=[i['n'] for i in items if i['doc']==d]
    print('='*100); print(d, s['date'], s['title'], 'ITEMS', sampled)
    print(s['text'])
    print('--- events')
    for e in r['events']:
        print(f"  {e['id']} [{e['sentence']['start']}] {e['trigger']['text']!r} {e['type']}/{e['mode']} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']}({e['date']['basis']}) {e['modality']} :: {e['sentence']['text'][:90]}")
