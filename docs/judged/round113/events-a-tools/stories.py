"""Print the full stories of the sampled docs (items + paragraphs), in order of first appearance.
usage: stories.py FIRST LAST   (1-based doc index range)"""
import json, sys
HERE = '/work/wt/j113a/docs/judged/round113/'
docs = []
for f in ['events-a-items.jsonl', 'paragraphs-a.jsonl']:
    for l in open(HERE + f):
        d = json.loads(l)['doc']
        if d not in docs:
            docs.append(d)
st = {}
for l in open('/work/wt/j113a/data/heldout_news34/stories.jsonl'):
    s = json.loads(l)
    st[s['id']] = s
a, b = int(sys.argv[1]), int(sys.argv[2])
for i, d in enumerate(docs[a-1:b], a):
    s = st[d]
    print(f"===== [{i}] {d} date={s['date']} ({['%s'%k for k in s if k not in ('text',)]})\nTITLE: {s['title']}\n{s['text']}\n")
