"""Print the full stories of the docs sampled for judge a (items and paragraphs)."""
import json, sys
here = '/work/wt/j123a/docs/judged/round123/'
docs = []
for f in ('events-a-items.jsonl', 'paragraphs-a.jsonl'):
    for l in open(here + f):
        d = json.loads(l)
        if d['doc'] not in docs:
            docs.append(d['doc'])
stories = {}
for l in open('/work/wt/j123a/data/heldout_news39/stories.jsonl'):
    s = json.loads(l)
    stories[s['id']] = s
for d in sorted(docs):
    s = stories[d]
    print('=' * 30, d, s['date'], '|', s['title'])
    for i, p in enumerate(s['text'].split('\n\n')):
        print(f'[{i}] {p}')
    print()
