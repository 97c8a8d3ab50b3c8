"""Print the full stories of the docs sampled for judge b (items and paragraphs)."""
import json, sys
here = '/work/wt/j113b/docs/judged/round113/'
docs = set(json.loads(l)['doc'] for l in open(here + 'events-b-items.jsonl'))
docs |= set(json.loads(l)['doc'] for l in open(here + 'paragraphs-b.jsonl'))
want = sys.argv[1:] or sorted(docs)
for l in open('/work/wt/j113b/data/heldout_news34/stories.jsonl'):
    r = json.loads(l)
    if r['id'] in want:
        print('=====', r['id'], r['date'], r['title'])
        print(r['text'])
        print()
