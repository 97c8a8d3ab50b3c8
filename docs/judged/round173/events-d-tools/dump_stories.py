# Print the full stories of the docs sampled for judge d (items and paragraphs), for reading.
import json, sys
items = [json.loads(l) for l in open('events-d-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
docs = sorted(set(i['doc'] for i in items) | set(p['doc'] for p in paras))
for l in open('/work/wt/j173d/data/heldout_news64/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        print('=' * 30, s['id'], s['date'], s['title'])
        for k, p in enumerate(s['text'].split('\n\n')):
            print(f'[{k}] {p}')
