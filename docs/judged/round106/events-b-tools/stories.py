"""Dump the full stories of the sampled docs (items and paragraphs) to a text file for reading."""
import json
docs=[]
for f in ('events-b-items.jsonl','paragraphs-b.jsonl'):
    for l in open(f):
        d=json.loads(l)['doc']
        if d not in docs: docs.append(d)
st={}
for l in open('/work/wt/j106b/data/heldout_news30/stories.jsonl'):
    s=json.loads(l); st[s['id']]=s
with open('/tmp/j106b_stories.txt','w') as out:
    for d in docs:
        s=st[d]; out.write(f"===== {d} {s['date']} {s['title']}\n{s['text']}\n")
print(len(docs))
