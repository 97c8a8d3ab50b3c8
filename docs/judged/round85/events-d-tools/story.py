"""Print the full story text of the given doc ids."""
import json, sys
want = set(sys.argv[1:])
for l in open('/work/wt/j85d/data/heldout_news20/stories.jsonl'):
    o = json.loads(l)
    if o['id'] in want:
        print('=====', o['id'], o['date'], o['title']); print(o['text']); print()
