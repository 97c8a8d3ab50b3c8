"""Print each sampled doc's story followed by the sampled events of that doc (judge b)."""
import json, sys
stories = {json.loads(l)['id']: json.loads(l) for l in open('/work/wt/j74b/data/heldout_news2/stories.jsonl')}
items = [json.loads(l) for l in open('events-b-items.jsonl')]
docs = []
for i in items:
    if i['doc'] not in docs:
        docs.append(i['doc'])
for d in sorted(docs):
    s = stories[d]
    print('=' * 100)
    print(d, s['date'], s['title'])
    print(s['text'])
    print('-' * 40)
    for i in items:
        if i['doc'] == d:
            print(f"#{i['n']} {i['event_id']} trig={i['trigger']!r} {i['type']}/{i['mode']} src={i['source']} tgt={i['target']} date={i['date']} mod={i['modality']} rep={i['reported_by']}")
            print('   SENT:', i['sentence'].strip())
