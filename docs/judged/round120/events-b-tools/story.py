"""Print the full story text for the docs of items n1..n2 (each doc once)."""
import json, sys
S = {}
for l in open('/work/wt/j120b/data/heldout_news37/stories.jsonl'):
    r = json.loads(l); S[r['id']] = r
items = [json.loads(l) for l in open('events-b-items.jsonl')]
a, b = int(sys.argv[1]), int(sys.argv[2])
seen = set()
for it in items:
    if a <= it['n'] <= b and it['doc'] not in seen:
        seen.add(it['doc']); s = S[it['doc']]
        print('=' * 20, s['id'], s['date'], s['title'])
        for i, p in enumerate(s['text'].split('\n\n')):
            print(f'[{i}]', p)
