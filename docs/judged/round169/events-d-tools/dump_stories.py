"""Print the full text of the stories whose docs appear in my items/paragraphs (judge d, round 169)."""
import json, sys
docs = []
for f in ['events-d-items.jsonl', 'paragraphs-d.jsonl']:
    for l in open(f):
        d = json.loads(l)['doc']
        if d not in docs:
            docs.append(d)
st = {}
for l in open('/work/wt/j169d/data/heldout_news62/stories.jsonl'):
    s = json.loads(l)
    st[s['id']] = s
for d in docs:
    s = st[d]
    print('=' * 20, d, s['date'], '|', s['title'])
    print(s['text'])
    print()
