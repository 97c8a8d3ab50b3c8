"""Print the full stories of given doc ids (from data/heldout_news19/stories.jsonl)."""
import json, sys
want = sys.argv[1:]
for l in open('/work/wt/j83b/data/heldout_news19/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in want:
        print('=' * 20, d['id'], d['date'], '|', d['title'])
        for i, p in enumerate(d['text'].split('\n\n')):
            print(f'[{i}]', p)
