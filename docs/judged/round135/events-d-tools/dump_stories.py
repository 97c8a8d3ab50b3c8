"""Print the stories of the sampled docs (items first, then paragraph docs), in item order."""
import json, sys
items = [json.loads(l) for l in open('events-d-items.jsonl')]
paras = [json.loads(l)['doc'] for l in open('paragraphs-d.jsonl')]
order = []
for d in [i['doc'] for i in items] + paras:
    if d not in order:
        order.append(d)
want = set(order)
stories = {}
for l in open('/work/wt/j135d/data/heldout_news45/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in want:
        stories[s['id']] = s
for d in order:
    s = stories[d]
    ns = [i['n'] for i in items if i['doc'] == d]
    print(f"=== {d} date={s['date']} items={ns}\nTITLE: {s['title']}\n{s['text']}\n")
