"""Print the full stories of the sampled docs, in item order. usage: stories.py FIRST LAST (item n range; 0 0 = paragraph docs)"""
import json, sys
st = {}
for line in open('/work/wt/j91b/data/heldout_news23/stories.jsonl'):
    s = json.loads(line); st[s['id']] = s
lo, hi = int(sys.argv[1]), int(sys.argv[2])
if lo == 0:
    docs = [json.loads(l)['doc'] for l in open('paragraphs-b.jsonl')]
else:
    docs = [json.loads(l)['doc'] for l in open('events-b-items.jsonl') if lo <= json.loads(l)['n'] <= hi]
seen = set(sys.argv[3].split(',')) if len(sys.argv) > 3 else set()
for d in docs:
    if d in seen: continue
    seen.add(d); s = st[d]
    print(f"=== {d} {s['date']} ({__import__('datetime').date.fromisoformat(s['date']).strftime('%A')}) {s['title']}\n{s['text']}\n")
