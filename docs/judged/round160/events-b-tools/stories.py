"""Print the stories of the docs sampled for judge b (items and paragraphs), with paragraph numbers."""
import json
docs = []
for f in ('events-b-items.jsonl', 'paragraphs-b.jsonl'):
    for l in open(f):
        d = json.loads(l)['doc']
        if d not in docs: docs.append(d)
st = {}
for l in open('/work/wt/j160b/data/heldout_news57/stories.jsonl'):
    s = json.loads(l); st[s['id']] = s
for d in sorted(docs):
    s = st[d]
    print(f"===== {d} date={s['date']} :: {s['title']}")
    for i, p in enumerate([p for p in s['text'].split('\n') if p.strip()]):
        print(f"[{i}] {p}")
    print()
