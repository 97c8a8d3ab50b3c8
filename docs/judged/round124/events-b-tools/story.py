"""Print the full story (id, date, title, text) for the doc ids given on the command line."""
import json, sys
want = sys.argv[1:]
for l in open('/work/wt/j124b/data/heldout_news39/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in want:
        print('=====', d['id'], d['date'], '|', d['title'])
        print(d['text'])
        print()
