"""Print, for each sampled doc (items + paragraphs), the story and all dateline events in it (compact)."""
import json
items=[json.loads(l) for l in open('events-a-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-a.jsonl')]
docs=[]
for x in items+paras:
    if x['doc'] not in docs: docs.append(x['doc'])
stories={}
for l in open('/work/wt/j159a/data/heldout_news56/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
recs={}
for l in open('/tmp/r157/heldout_news56.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
for d in docs:
    s=stories[d]; r=recs[d]
    A={a['id']:f"{a['name']}[{a['country']}/{a['sector']}]" for a in r['actors']}
    print('='*100); print(d, s['date'], s['title']); print(s['text'])
    print('-- dateline events:')
    for e in r['events']:
        print(f"  {e['id']} @{e['sentence']['start']} '{e['trigger']['text']}' {e['type']}/{e['mode']} src={[A.get(i,i) for i in e['source']]} tgt={[A.get(i,i) for i in e['target']]} date={e['date']['value']}({e['date']['basis']}) {e['modality']}")
    print('-- items:', [(x['n'],x['event_id']) for x in items if x['doc']==d])
