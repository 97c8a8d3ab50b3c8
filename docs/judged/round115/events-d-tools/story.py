# print the full stories of the given doc ids (with weekday of the story date)
import json, sys, datetime
want = sys.argv[1:]
for l in open('/work/wt/j115d/data/heldout_news35/stories.jsonl'):
    r = json.loads(l)
    if r['id'] in want:
        d = datetime.date.fromisoformat(r['date'])
        print('=====', r['id'], r['date'], d.strftime('%A'), '|', r.get('title'))
        print(r['text'])
        print()
