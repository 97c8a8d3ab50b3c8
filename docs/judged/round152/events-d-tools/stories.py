"""Print the full stories of the docs sampled for judge d (items and paragraphs), in order of first use."""
import json, sys
here = '/work/wt/j152d/docs/judged/round152/'
docs = []
for f in ('events-d-items.jsonl', 'paragraphs-d.jsonl'):
    for l in open(here + f):
        d = json.loads(l)
        if d['doc'] not in docs:
            docs.append(d['doc'])
want = sys.argv[1:] or docs
st = {}
for l in open('/work/wt/j152d/data/heldout_news53/stories.jsonl'):
    d = json.loads(l)
    st[d['id']] = d
for doc in want:
    d = st[doc]
    print('=' * 20, doc, d['date'], d.get('title'))
    print(d['text'])
    print()
