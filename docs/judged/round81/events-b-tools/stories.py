# print the full stories (with date/title) of the sampled docs
import json, sys
docs = []
for f in ['events-b-items.jsonl', 'paragraphs-b.jsonl']:
    for l in open(f):
        d = json.loads(l)['doc']
        if d not in docs: docs.append(d)
want = sys.argv[1:] or docs
for l in open('/work/wt/j81b/data/heldout_news18/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in want:
        print('=' * 20, s['id'], s['date'], s['title'])
        print(s['text'])
