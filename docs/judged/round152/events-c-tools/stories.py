"""Print the full stories of the sampled docs (items and paragraphs) with their dates.
usage: python events-c-tools/stories.py [DOC ...]"""
import json, sys
docs = sys.argv[1:] or sorted({json.loads(l)['doc'] for f in ('events-c-items.jsonl', 'paragraphs-c.jsonl') for l in open(f)})
for l in open('/work/wt/j152c/data/heldout_news53/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        print('=' * 20, s['id'], s['date'], '|', s['title']); print(s['text']); print()
