"""Print the full stories of the sampled docs (items' order, then paragraphs').
usage: stories.py STORIES.jsonl ITEMS.jsonl PARAS.jsonl [doc ...]"""
import json, sys
docs = []
for f in sys.argv[2:4]:
    for l in open(f):
        d = json.loads(l)
        if d['doc'] not in docs: docs.append(d['doc'])
want = sys.argv[4:] or docs
st = {json.loads(l)['id']: json.loads(l) for l in open(sys.argv[1])}
for d in want:
    s = st[d]
    print(f"===== {d} date={s['date']} title={s['title']}")
    for i, p in enumerate(s['text'].split('\n')):
        print(f"[{i}] {p}")
    print()
