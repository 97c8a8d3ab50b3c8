"""Print the stories (id, date, title, text) of the docs of items a..b, each doc once per call."""
import json, sys
items = [json.loads(l) for l in open('events-a-items.jsonl')]
a, b = int(sys.argv[1]), int(sys.argv[2])
docs = []
for it in items:
    if a <= it['n'] <= b and it['doc'] not in docs:
        docs.append(it['doc'])
if len(sys.argv) > 3:
    docs = sys.argv[3:]
st = {}
for l in open('/work/wt/j66a/data/heldout_news/stories.jsonl'):
    d = json.loads(l); st[d['id']] = d
for d in docs:
    s = st[d]
    print('=' * 20, d, s['date'], '|', s['title'])
    print(s['text'])
    print()
