"""Print the full stories of the docs sampled for judge b (items and paragraphs)."""
import json, sys
items = [json.loads(l) for l in open('events-b-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
want = []
for d in [i['doc'] for i in items] + [p['doc'] for p in paras]:
    if d not in want:
        want.append(d)
stories = {}
for l in open('/work/wt/j140b/data/heldout_news47/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in want:
        stories[s['id']] = s
for d in want:
    s = stories[d]
    print('=' * 20, d, s['date'], s.get('title'))
    print(s['text'])
    print()
