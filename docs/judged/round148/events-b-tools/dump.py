"""Print each sampled doc's story with all of dateline's events, and mark the sampled items."""
import json, sys
items=[json.loads(l) for l in open('events-b-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-b.jsonl')]
docs=[]
for d in items+paras:
    if d['doc'] not in docs: docs.append(d['doc'])
stories={}
for l in open('/work/wt/j148b/data/heldout_news51/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
recs={}
for l in open('/tmp/r146/heldout_news51.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
def actor(rec,a):
    for x in rec['actors']:
        if x['id']==a:
            return f"{x.get('name')}[{x.get('country')}/{x.get('sector', x.get('role'))}]"
    return a
sel=sys.argv[1:] or docs
for d in sel:
    s=stories[d]; rec=recs[d]
    mine={i['event_id']:i['n'] for i in items if i['doc']==d}
    print('='*100); print(d, s['date'], s['title']); print(s['text']); print('-- events')
    for e in rec['events']:
        mark=f"  <== #{mine[e['id']]}" if e['id'] in mine else ''
        print(f"{e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']}{mark}")
        print('     SENT:', e['sentence']['text'].strip()[:300])
