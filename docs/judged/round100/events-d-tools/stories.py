# print the full stories of the docs given on the command line
import json, sys
want = sys.argv[1:]
for l in open('/work/wt/j100d/data/heldout_news27/stories.jsonl'):
    r = json.loads(l)
    if r['id'] in want:
        print('=====', r['id'], r['date'], r['title'])
        print(r['text'])
        print()
