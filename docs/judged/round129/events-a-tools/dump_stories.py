"""Print the full text of the stories of this judge's sampled docs (items + paragraphs), in item order."""
import json, sys
here = '/work/wt/j129a/docs/judged/round129/'
docs = []
for f in ('events-a-items.jsonl', 'paragraphs-a.jsonl'):
    for l in open(here + f):
        d = json.loads(l)['doc']
        if d not in docs:
            docs.append(d)
stories = {}
for l in open('/work/wt/j129a/data/heldout_news42/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
for d in docs:
    s = stories[d]
    print('=' * 20, d, s['date'], '|', s['title'])
    for i, p in enumerate(s['text'].split('\n\n')):
        print(f'[{i}] {p}')
    print()
