"""Print the full stories of the sampled docs (judge d, round 92)."""
import json, sys
docs = sys.argv[1:]
for l in open('/work/wt/j92d/data/heldout_news23/stories.jsonl'):
    r = json.loads(l)
    if r.get('id') in docs or r.get('doc') in docs:
        print('=' * 20, r.get('id') or r.get('doc'), {k: v for k, v in r.items() if k not in ('text', 'body')})
        print(r.get('text') or r.get('body'))
