"""Dump each sampled doc: story text, then every dateline event in it (sampled ones marked with item n)."""
import json, sys
items=[json.loads(l) for l in open('events-d-items.jsonl')]
docs=[]
for it in items:
    if it['doc'] not in docs: docs.append(it['doc'])
stories={}
for l in open('/work/wt/j97d/data/heldout_news26/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
recs={}
for l in open('/tmp/r97/heldout_news26.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
sel=sys.argv[1:] or docs
for d in sel:
    s=stories[d]; r=recs[d]
    acts={a['id']:f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in r['actors']}
    print('='*100); print(d, s['date'], s['title']); print(s['text'])
    print('--- events')
    for e in r['events']:
        ns=[it['n'] for it in items if it['doc']==d and it['event_id']==e['id']]
        mark=f"**#{ns[0]}**" if ns else ''
        print(f"{mark} {e['id']} [{e['sentence']['start']}] trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={[acts.get(x,x) for x in e['source']]} tgt={[acts.get(x,x) for x in e['target']]} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} rep={acts.get(e['reported_by'],e['reported_by'])}")
