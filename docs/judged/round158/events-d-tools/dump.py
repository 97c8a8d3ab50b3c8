"""Print full story text and a compact list of all dateline events for the sampled docs (duplicate check)."""
import json, sys
items=[json.loads(l) for l in open('events-d-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-d.jsonl')]
docs=[]
for d in [i['doc'] for i in items]+[p['doc'] for p in paras]:
    if d not in docs: docs.append(d)
stories={}
for l in open('/work/wt/j158d/data/heldout_news57/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
recs={}
for l in open('/tmp/r158/heldout_news57.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
sel=sys.argv[1:] or docs
for d in sel:
    s=stories[d]
    print('='*100); print(d, s['date'], s['title']); print(s['text'])
    print('--- sampled items:', [(i['n'],i['event_id']) for i in items if i['doc']==d])
    r=recs[d]
    A={a['id']:f"{a['name']}[{a['country']}/{a['sector']}]" for a in r['actors']}
    for e in r['events'] or []:
        print(f"  {e['id']} s@{e['sentence']['start']} '{e['trigger']['text']}' {e['type']}/{e['mode']} {[A.get(x,x) for x in e['source']]} -> {[A.get(x,x) for x in e['target']]} {e['date']['value']}({e['date']['basis']}) {e['modality']}")
