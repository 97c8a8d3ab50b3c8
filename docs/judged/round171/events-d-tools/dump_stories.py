"""Print the full stories of the docs sampled for judge d, in item order."""
import json
docs = []
for l in open('events-d-items.jsonl'):
    d = json.loads(l)
    if d['doc'] not in docs:
        docs.append(d['doc'])
for l in open('paragraphs-d.jsonl'):
    d = json.loads(l)
    if d['doc'] not in docs:
        docs.append(d['doc'])
st = {}
for l in open('/work/wt/j171d/data/heldout_news62/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in docs:
        st[d['id']] = d
for doc in docs:
    d = st[doc]
    print('=' * 20, doc, d['date'], '|', d['title'])
    print(d['text'])
    print()
