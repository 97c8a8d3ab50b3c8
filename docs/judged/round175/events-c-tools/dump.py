"""Dump each sampled story with all dateline events (sampled items marked by n)."""
import json, sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-c.jsonl')]
docs=[]
for it in items+paras:
    if it['doc'] not in docs: docs.append(it['doc'])
stories={}
for l in open('/work/wt/j175c/data/heldout_news64/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
recs={}
for l in open('/tmp/r173/heldout_news64.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
def actname(acts,a):
    x=acts.get(a)
    if not x: return a
    return f"{x.get('name')}[{x.get('country')}/{x.get('sector')}/{x.get('kind')}]"
for d in docs:
    s=stories[d]; r=recs[d]
    print('='*100); print(d, s['date'], s['title']); print(s['text'])
    acts={a['id']:a for a in r['actors']}
    nmap={(it['doc'],it['event_id']):it['n'] for it in items}
    print('--- dateline events')
    for e in r['events']:
        n=nmap.get((d,e['id']))
        src=[actname(acts,a) for a in e['source']]; tgt=[actname(acts,a) for a in e['target']]
        print(f"{'#'+str(n) if n else '  '} {e['id']} [{e['sentence']['start']}] {e['trigger']['text']!r} {e['type']}/{e['mode']} {src} -> {tgt} {e['date']['value']}({e['date']['basis']}) {e['modality']} rep={e['reported_by'] and actname(acts,e['reported_by'])}")
