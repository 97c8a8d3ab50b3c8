import json, sys
stories = {}
for l in open('/work/wt/j85a/data/heldout_news20/stories.jsonl'):
    d = json.loads(l); stories[d['id']] = d
items = [json.loads(l) for l in open('events-a-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-a.jsonl')]
order = []
for it in items:
    if it['doc'] not in order: order.append(it['doc'])
for p in paras:
    if p['doc'] not in order: order.append(p['doc'])
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for doc in order[lo:hi]:
    s = stories[doc]
    print('=' * 100); print(doc, s['date'], s['title']); print(s['text']); print('-' * 40)
    for it in items:
        if it['doc'] == doc:
            print(f"#{it['n']} {it['event_id']} trig={it['trigger']!r} {it['type']}/{it['mode']} cameo={it['cameo']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']}")
            print('   SENT:', it['sentence'].strip())
    for p in paras:
        if p['doc'] == doc:
            print('PARAGRAPH item; dateline events:', len(p['events']))
            for e in p['events']:
                print(f"   P {e['event_id']} trig={e['trigger']!r} {e['type']} src={e['source']} tgt={e['target']} date={e['date']} mod={e['modality']}")
