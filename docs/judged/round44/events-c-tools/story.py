"""Print the stories of the given doc ids (heldout_news2), with their date."""
import json, sys
want = sys.argv[1:]
S = {}
for l in open('/work/wt/j73c/data/heldout_news2/stories.jsonl'):
    r = json.loads(l)
    S[r['id']] = r
for d in want:
    r = S[d]
    print('=' * 8, d, r['date'], r['title'])
    print(r['text'])
    print()
