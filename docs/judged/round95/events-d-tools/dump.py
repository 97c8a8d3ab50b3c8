"""Print the full story of each sampled doc (items and paragraphs), with the sampled items listed under it."""
import json, sys
items = [json.loads(l) for l in open('events-d-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-d.jsonl') if l.strip()]
docs = []
for x in items + paras:
    if x['doc'] not in docs:
        docs.append(x['doc'])
stories = {}
for l in open('/work/wt/j95d/data/heldout_news25/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
which = sys.argv[1:] or docs
for d in which:
    s = stories[d]
    print('=' * 100)
    print(d, s['date'], s['title'])
    print(s['text'])
    for it in items:
        if it['doc'] == d:
            print(f"  ITEM #{it['n']} {it['event_id']} trig={it['trigger']!r} {it['type']}/{it['mode']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']}")
