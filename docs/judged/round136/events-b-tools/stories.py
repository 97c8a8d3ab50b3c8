"""Print the full stories of the given doc ids (read-only)."""
import json, sys
want = sys.argv[1:]
S = {}
for l in open('/work/wt/j136b/data/heldout_news45/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in want:
        S[d['id']] = d
for w in want:
    d = S[w]
    print('=' * 20, d['id'], d['date'], '|', d['title'])
    print(d['text'])
    print()
