import json, sys, datetime
want = sys.argv[1:]
for l in open('/work/wt/j73c/data/heldout_news14/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in want:
        dt = datetime.date.fromisoformat(d['date'])
        print('=====', d['id'], d['date'], dt.strftime('%A'), '|', d['title'])
        print(d['text'])
        print()
