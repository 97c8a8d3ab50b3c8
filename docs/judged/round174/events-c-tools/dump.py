"""Dump, per doc of judge c's sample, the story text, dateline's events with sentences, and the items.
usage: python events-c-tools/dump.py > /tmp/j174c_dump.txt"""
import json
items=[json.loads(l) for l in open('events-c-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-c.jsonl')]
docs=[]
for x in items+paras:
    if x['doc'] not in docs: docs.append(x['doc'])
stories={}
for l in open('/work/wt/j174c/data/heldout_news65/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
recs={}
for l in open('/tmp/r174/heldout_news65.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
def actname(rec,a):
    for x in rec['actors']:
        if x['id']==a:
            return f"{x.get('name')}[{x.get('country')}/{x.get('sector')}/{x.get('kind')}]"
    return a
for d in sorted(docs):
    s=stories[d]; rec=recs[d]
    print('='*100); print(d, s['date'], s['title'])
    for i,p in enumerate(s['text'].split('\n\n')): print(f'  P{i}: {p}')
    print('-- dateline events:')
    for e in rec['events']:
        mark=''.join(f" <<ITEM {it['n']}>>" for it in items if it['doc']==d and it['event_id']==e['id'])
        print(f"  {e['id']} [{e['sentence']['start']}] {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={[actname(rec,a) for a in e['source']]} tgt={[actname(rec,a) for a in e['target']]} date={e['date']['value']}/{e['date']['basis']} mod={e['modality']} rep={e['reported_by'] and actname(rec,e['reported_by'])}{mark}")
    print('-- items:', [it['n'] for it in items if it['doc']==d], ' paragraph:', [1 for p in paras if p['doc']==d])
