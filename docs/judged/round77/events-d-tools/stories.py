"""Print the full stories of the docs sampled for judge d, in item order (read-only)."""
import json, sys
items = [json.loads(l) for l in open('events-d-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
order = []
for x in items + paras:
    if x['doc'] not in order:
        order.append(x['doc'])
st = {}
for l in open('/work/wt/j77d/data/heldout_news16/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in order:
        st[d['id']] = d
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for i, doc in enumerate(order[lo:hi], lo):
    d = st[doc]
    print(f"===== [{i}] {doc} {d['date']} {d['title']}\n{d['text']}\n")
