"""Print the full stories of the sampled docs (items + paragraphs), with their date."""
import json
docs = []
for f in ('events-d-items.jsonl', 'paragraphs-d.jsonl'):
    for l in open(f):
        d = json.loads(l)['doc']
        if d not in docs: docs.append(d)
for l in open('/work/wt/j179d/data/heldout_news66/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        print('=' * 100); print(s['id'], s['date'], datetime := '', s['title'])
        print(s['text'])
