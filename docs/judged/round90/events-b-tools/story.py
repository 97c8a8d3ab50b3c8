"""Print the stories of the given docs (title, date, text) followed by dateline's events in them.
usage: story.py DOC..."""
import json, sys, subprocess
docs = sys.argv[1:]
S = {}
for l in open('/work/wt/j90b/data/heldout_news22/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in docs: S[d['id']] = d
for doc in docs:
    d = S[doc]
    print('=' * 100); print(doc, d['date'], d['title']); print(d['text'])
    subprocess.run(['/work/main/.venv/bin/python', __file__.replace('story.py', 'dump.py'), doc])
