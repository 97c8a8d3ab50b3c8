import json, sys, datetime
want = sys.argv[1:]
S = {}
for l in open('/work/wt/j154d/data/heldout_news55/stories.jsonl'):
    r = json.loads(l)
    S[r['id']] = r
for d in want:
    r = S[d]
    dd = datetime.date.fromisoformat(r['date'])
    print('=====', d, r['date'], dd.strftime('%A'), '|', r['title'])
    print(r['text'])
    print()
