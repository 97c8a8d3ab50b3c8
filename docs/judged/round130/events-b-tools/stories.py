"""Print the full stories of the sampled docs (in item order), to a file for reading."""
import json
items = [json.loads(l) for l in open('events-b-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
docs = []
for x in items + paras:
    if x['doc'] not in docs:
        docs.append(x['doc'])
st = {}
for l in open('/work/wt/j130b/data/heldout_news42/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in docs:
        st[d['id']] = d
for doc in docs:
    d = st[doc]
    ns = [str(it['n']) for it in items if it['doc'] == doc]
    print(f"===== {doc} date={d['date']} items={','.join(ns)} title={d['title']}")
    print(d['text'])
    print()
