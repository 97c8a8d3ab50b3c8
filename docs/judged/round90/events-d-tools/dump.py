"""Print each sampled story in full, with dateline's events in it (compact), marking sampled items with *#n."""
import json, sys
items=[json.loads(l) for l in open('events-d-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-d.jsonl')]
docs=[]
for i in items+paras:
    if i['doc'] not in docs: docs.append(i['doc'])
stories={}
for l in open('/work/wt/j90d/data/heldout_news22/stories.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: stories[r['id']]=r
recs={}
for l in open('/tmp/r89/heldout_news22.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
sel=sys.argv[1:] or docs
def act(rec,ids):
    A={a['id']:a for a in rec['actors']}
    return [f"{A[i]['name']}[{A[i]['country']}/{A[i]['sector']}]" for i in ids]
for d in sel:
    s=stories[d]
    print('='*100); print(d, s['date'], s['title']); print(s['text'])
    rec=recs[d]
    mine={i['event_id']:i['n'] for i in items if i['doc']==d}
    print('--- dateline events:')
    for e in rec['events']:
        eid=e['id']
        tag='*#'+str(mine[eid]) if eid in mine else '   '
        print(f"  {tag:5} {eid} s@{e['sentence']['start']} '{e['trigger']['text']}' {e['type']}/{e['mode']} {act(rec,e['source'])} -> {act(rec,e['target'])} {e['date']['value']}({e['date']['basis']}) {e['modality']}")
