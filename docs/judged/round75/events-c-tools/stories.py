"""Print the full stories of the docs sampled for judge c (items and paragraphs), in item order."""
import json, sys
S = {json.loads(l)['id']: json.loads(l) for l in open('/work/wt/j75c/data/heldout_news15/stories.jsonl')}
docs = []
for f in ('events-c-items.jsonl', 'paragraphs-c.jsonl'):
    for l in open(f):
        d = json.loads(l)['doc']
        if d not in docs: docs.append(d)
want = sys.argv[1:] or docs
for d in want:
    s = S[d]
    print('=' * 20, d, s['date'], s['title'])
    print(s['text'])
