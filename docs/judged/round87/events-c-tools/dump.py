"""Print, for each doc in my sample (and the paragraph docs), the story text and all dateline events."""
import json, sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-c.jsonl')]
docs=[]
for d in [i['doc'] for i in items]+[p['doc'] for p in paras]:
    if d not in docs: docs.append(d)
stories={}
for l in open('/work/wt/j87c/data/heldout_news21/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
recs={}
for l in open('/tmp/r87/heldout_news21.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
want=sys.argv[1:] or docs
for d in want:
    s=stories[d]; rec=recs[d]
    acts={a['id']:f"{a['name']}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]" for a in rec['actors']}
    print('='*100); print(d, s['date'], s['title']); print(s['text'])
    mine={i['event_id']:i['n'] for i in items if i['doc']==d}
    print('--- dateline events')
    for e in rec['events']:
        tag=f"  <== item #{mine[e['id']]}" if e['id'] in mine else ''
        print(f"{e['id']} trig={e['trigger']['text']!r}@{e['trigger']['start']} {e['type']}/{e['mode']} src={[acts[a] for a in e['source']]} tgt={[acts[a] for a in e['target']]} date={e['date'].get('value')}({e['date'].get('basis')}) mod={e['modality']} rep={acts.get(e['reported_by'])}{tag}")
        print('     S:', e['sentence']['text'][:200].replace('\n',' '))
