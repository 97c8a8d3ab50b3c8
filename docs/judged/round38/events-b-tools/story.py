import json, sys
want = sys.argv[1:]
for l in open('/work/wt/j60rb/data/synthetic_stories/test.jsonl'):
    d = json.loads(l)
    if d['id'] in want:
        print('=====', d['id'], '|', d['title'])
        print(d['text'])
        print()
