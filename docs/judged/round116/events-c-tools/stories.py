# print the full stories of the sampled docs (items + paragraphs), with dateline's events per story
import json, sys
docs = []
for f in ('events-c-items.jsonl', 'paragraphs-c.jsonl'):
    for l in open(f):
        d = json.loads(l)['doc']
        if d not in docs: docs.append(d)
want = set(docs[int(sys.argv[1]):int(sys.argv[2])]) if len(sys.argv) > 2 else set(docs)
for l in open('/work/wt/j116c/data/heldout_news35/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in want:
        print('=' * 30, s['id'], s['date'], s['title'])
        print(s['text'])
        print()
