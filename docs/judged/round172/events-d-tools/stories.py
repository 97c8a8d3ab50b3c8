"""Print the full stories of the sampled docs of judge d, in item order (each once)."""
import json, sys
here = '/work/wt/j172d/docs/judged/round172/'
docs = []
for f in ('events-d-items.jsonl', 'paragraphs-d.jsonl'):
    for l in open(here + f):
        d = json.loads(l)
        if d['doc'] not in docs:
            docs.append(d['doc'])
want = docs[int(sys.argv[1]):int(sys.argv[2])] if len(sys.argv) > 2 else docs
st = {}
for l in open('/work/wt/j172d/data/heldout_news63/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in want:
        st[d['id']] = d
for doc in want:
    d = st[doc]
    print('=' * 20, doc, d['date'], '|', d['title'])
    for i, p in enumerate(d['text'].split('\n\n')):
        print(f'[{i}]', p)
    print()
