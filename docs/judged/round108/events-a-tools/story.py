import json, sys
want = sys.argv[1:]
for l in open('/work/wt/j108a/data/heldout_news31/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in want:
        print('=====', d['id'], d['date'], '|', d['title'])
        print(d['text'])
        print()
