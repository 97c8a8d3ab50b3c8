"""Print the stories of the sampled docs (text + date), in item order. usage: stories.py FROM TO (doc index)"""
import json, sys
docs = open('/tmp/j106c_docs.txt').read().split('\n')
a, b = int(sys.argv[1]), int(sys.argv[2])
want = docs[a:b]
S = {}
for l in open('/work/wt/j106c/data/heldout_news30/stories.jsonl'):
    r = json.loads(l)
    S[r['id']] = r
for d in want:
    r = S[d]
    print('=' * 10, d, r['date'], r['title'])
    print(r['text'])
    print()
