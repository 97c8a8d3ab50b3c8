# print the full stories of the sampled docs (items + paragraphs), in order of first appearance
import json, sys
docs = []
for f in ('events-a-items.jsonl', 'paragraphs-a.jsonl'):
    for l in open(f):
        d = json.loads(l)['doc']
        if d not in docs:
            docs.append(d)
sel = docs[int(sys.argv[1]):int(sys.argv[2])] if len(sys.argv) > 2 else docs
st = {}
for l in open('/work/wt/j76a/data/heldout_news15/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in sel:
        st[s['id']] = s
for d in sel:
    s = st[d]
    print('=' * 20, d, s['date'], s['title'])
    print(s['text'])
