"""Print each sampled doc's story and all of dateline's events in it (compact), marking sampled items."""
import json, sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-c.jsonl')]
docs=[]
for d in [i['doc'] for i in items]+[p['doc'] for p in paras]:
    if d not in docs: docs.append(d)
stories={}
for l in open('/work/wt/j129c/data/heldout_news42/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
recs={}
for l in open('/tmp/r129/heldout_news42.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
sampled={(i['doc'],i['event_id']):i['n'] for i in items}
only=sys.argv[1:]
for d in sorted(docs):
    if only and d not in only: continue
    s=stories[d]; r=recs[d]
    acts={a['id']:f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in r['actors']}
    print('='*100); print(d, s['date'], s['title']); print(s['text']); print('--- dateline events')
    for e in r['events']:
        mark=f"  <<#{sampled[(d,e['id'])]}" if (d,e['id']) in sampled else ''
        print(f"{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={[acts.get(x,x) for x in e['source']]} tgt={[acts.get(x,x) for x in e['target']]} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} rep={acts.get(e['reported_by'],e['reported_by'])}{mark}")
        print('    S:', e['sentence']['text'].strip()[:300])
