"""Print the full stories of judge d's sampled docs (items + paragraphs), numbered by paragraph."""
import json, sys
items = [json.loads(l) for l in open('events-d-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
want = []
for r in items + paras:
    if r['doc'] not in want:
        want.append(r['doc'])
stories = {}
for l in open('/work/wt/j170d/data/heldout_news63/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in want:
        stories[s['id']] = s
for d in sorted(want):
    s = stories[d]
    print('=' * 100)
    print(d, s['date'], s.get('title'))
    for i, p in enumerate(s['text'].split('\n\n')):
        print(f'  [{i}] {p}')
