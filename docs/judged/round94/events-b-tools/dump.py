"""Print each sampled doc's story text and all dateline events (by sentence), for judge b."""
import json, sys
items=[json.loads(l) for l in open('events-b-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-b.jsonl')]
docs=[]
for x in items+paras:
    if x['doc'] not in docs: docs.append(x['doc'])
want=set(sys.argv[1:]) or set(docs)
stories={}
for l in open('/work/wt/j94b/data/heldout_news24/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in want: stories[s['id']]=s
recs={}
for l in open('/tmp/r93/heldout_news24.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in want: recs[r['id']]=r['record']
for d in docs:
    if d not in want: continue
    s=stories[d]; r=recs[d]
    acts={a['id']:a for a in r['actors']}
    def nm(a):
        x=acts[a]; return f"{x.get('name')}[{x.get('country')}]"
    print('='*100); print(d, s['date'], s['title']); print(s['text']); print('--- events')
    mine=[i for i in items if i['doc']==d]
    for e in r['events']:
        star=' <<n=%d'%[i['n'] for i in mine if i['event_id']==e['id']][0] if any(i['event_id']==e['id'] for i in mine) else ''
        print(f"{e['id']} [{e['sentence']['start']}] {e['trigger']['text']!r} {e['type']}/{e['mode']} {[nm(a) for a in e['source']]} -> {[nm(a) for a in e['target']]} {e['date']['value']}/{e['date']['basis']} {e['modality']}{star}")
