# print the full stories of the sampled docs (items + paragraphs), in item order
import json, sys
docs = []
for f in ('events-d-items.jsonl', 'paragraphs-d.jsonl'):
    for l in open(f):
        d = json.loads(l)
        if d['doc'] not in docs:
            docs.append(d['doc'])
st = {}
for l in open('/work/wt/j113d/data/heldout_news34/stories.jsonl'):
    d = json.loads(l)
    st[d['id']] = d
sel = docs[int(sys.argv[1]):int(sys.argv[2])] if len(sys.argv) > 2 else docs
for doc in sel:
    s = st[doc]
    print('=' * 20, doc, s['date'], s.get('title'))
    print(s['text'])
