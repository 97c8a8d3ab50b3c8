"""Print the full story of each sampled doc (items + paragraphs), with dateline's events (all of them) for duplicate checks."""
import json, sys
items=[json.loads(l) for l in open('events-a-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-a.jsonl')]
docs=[]
for x in items+paras:
    if x['doc'] not in docs: docs.append(x['doc'])
stories={}
for l in open('/work/wt/j103a/data/heldout_news29/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
recs={}
for l in open('/tmp/r103/heldout_news29.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r
want=sys.argv[1:] or docs
for d in want:
    s=stories[d]
    print('='*100); print(d, s['date'], s['title']); print(s['text'])
    r=recs[d]['record']
    acts={a['id']:a for a in r.get('actors',[])}
    def nm(ids): return [acts[i].get('name') if i in acts else i for i in ids]
    print('--- dateline events:')
    for e in r.get('events',[]):
        print(f"  {e['id']} [{e['trigger']['text']}] {e['type']}/{e['mode']} {nm(e['source'])} -> {nm(e['target'])} {e['date'].get('value')} {e['modality']} || {e['sentence']['text'][:90].strip()}")
