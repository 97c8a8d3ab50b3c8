# print full stories by doc id: story.py DOC [DOC...]
import json, sys
want = sys.argv[1:]
st = {}
for l in open('/work/wt/j69a/data/heldout_news12/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in want:
        st[d['id']] = d
for w in want:
    d = st[w]
    print('=' * 20, d['id'], d['date'], d['title'])
    print(d['text'])
