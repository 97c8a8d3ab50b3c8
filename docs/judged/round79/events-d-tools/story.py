"""Print the full stories of given doc ids (or of items n1..n2 in events-d-items.jsonl)."""
import json, sys
S = {}
for l in open('/work/wt/j79d/data/heldout_news17/stories.jsonl'):
    d = json.loads(l); S[d['id']] = d
args = sys.argv[1:]
if args and args[0].isdigit():
    a, b = int(args[0]), int(args[1])
    docs = []
    for l in open('events-d-items.jsonl'):
        it = json.loads(l)
        if a <= it['n'] <= b and it['doc'] not in docs: docs.append(it['doc'])
else:
    docs = args
for d in docs:
    s = S[d]
    print(f"=== {d} date={s['date']} title={s['title']}\n{s['text']}\n")
