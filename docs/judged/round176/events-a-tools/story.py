"""Print the stories with the given ids: story.py ID [ID ...]"""
import json, sys
want = sys.argv[1:]
for l in open('/work/wt/j176a/data/heldout_news65/stories.jsonl'):
    o = json.loads(l)
    if o['id'] in want:
        print(f"=== {o['id']} date={o['date']} title={o['title']!r}\n{o['text']}\n")
