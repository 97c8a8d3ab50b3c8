import json, sys
docs = sys.argv[1:]
S = {}
for l in open('/work/wt/j94a/data/heldout_news24/stories.jsonl'):
    d = json.loads(l)
    S[d['id']] = d
for doc in docs:
    d = S[doc]
    print('=' * 30, doc, d['date'], d['title'])
    print(d['text'])
    print()
