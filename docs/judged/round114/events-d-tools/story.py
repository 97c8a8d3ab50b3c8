"""Print the full stories of the given doc ids (title, date, text)."""
import json, sys
S = {}
for l in open('/work/wt/j114d/data/heldout_news34/stories.jsonl'):
    d = json.loads(l); S[d['id']] = d
for doc in sys.argv[1:]:
    s = S[doc]
    print('=====', doc, s['date'], '|', s['title']); print(s['text']); print()
