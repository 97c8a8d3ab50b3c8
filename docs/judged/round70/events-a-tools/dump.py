"""Dump each sampled story (full text, date) and all dateline events per story, for judge a of round 70.
usage: dump.py ITEMS.jsonl PARAGRAPHS.jsonl > out.txt
"""
import json, sys
items=[json.loads(l) for l in open(sys.argv[1])]
paras=[json.loads(l) for l in open(sys.argv[2])]
docs=[]
for it in items+paras:
    if it['doc'] not in docs: docs.append(it['doc'])
stories={}
for l in open('/work/wt/j70a/data/heldout_news12/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
recs={}
for l in open('/tmp/r69/heldout_news12.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
def name(rec,aid):
    for a in rec['actors']:
        if a['id']==aid: return f"{a['name']}[{a['country']}/{a['sector']}]"
    return aid
for d in docs:
    s=stories[d]; rec=recs[d]
    sampled=[it['event_id'] for it in items if it['doc']==d]
    print('='*100); print(d, s['date'], s['title']); print(s['text'])
    print('--- events')
    for e in rec['events']:
        mark='*' if e['id'] in sampled else ' '
        print(f"{mark}{e['id']} {e['type']}/{e.get('mode')} trig={e['trigger']['text']!r} src={[name(rec,a) for a in e['source']]} tgt={[name(rec,a) for a in e['target']]} date={e['date']['value']}/{e['date']['basis']} mod={e['modality']} | {e['sentence']['text'][:110]!r}")
