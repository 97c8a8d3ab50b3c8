"""Print the full stories of the given doc ids, paragraphs numbered."""
import json, sys
want = set(sys.argv[1:])
for l in open('/work/wt/j85c/data/heldout_news20/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in want:
        print('=====', s['id'], s['date'], s['title'])
        for i, p in enumerate(s['text'].split('\n\n')):
            print(f'[{i}]', p)
