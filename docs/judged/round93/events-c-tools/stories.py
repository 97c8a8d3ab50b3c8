# print the full stories of the sampled docs (items then paragraphs), in order of first appearance
import json, sys
docs = []
for f in ['events-c-items.jsonl', 'paragraphs-c.jsonl']:
    for l in open(f):
        d = json.loads(l)['doc']
        if d not in docs: docs.append(d)
st = {}
for l in open('/work/wt/j93c/data/heldout_news24/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs: st[s['id']] = s
a, b = int(sys.argv[1]), int(sys.argv[2])
for i, d in enumerate(docs[a:b], a):
    s = st[d]
    print(f"=== [{i}] {d} date={s['date']} :: {s['title']}")
    print(s['text']); print()
