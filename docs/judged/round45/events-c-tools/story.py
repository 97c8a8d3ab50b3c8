"""Print stories of heldout_news2 by id: story.py ID [ID ...]"""
import json, sys
st = {}
for l in open('/work/wt/j74c/data/heldout_news2/stories.jsonl'):
    d = json.loads(l); st[d['id']] = d
for i in sys.argv[1:]:
    d = st[i]
    print('=====', i, d['date'], d['title']); print(d['text']); print()
