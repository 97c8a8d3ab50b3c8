"""Print each sampled story followed by its sampled items (compact), for reading."""
import json, sys
items=[json.loads(l) for l in open('events-b-items.jsonl')]
stories={}
for l in open('/work/wt/j161b/data/heldout_news58/stories.jsonl'):
    r=json.loads(l); stories[r['id']]=r
order=[]
for it in items:
    if it['doc'] not in order: order.append(it['doc'])
for d in order:
    s=stories[d]
    print(f"===== {d} date={s['date']} ({__import__('datetime').date.fromisoformat(s['date']).strftime('%a')}) title={s['title']}")
    print(s['text'])
    for it in items:
        if it['doc']!=d: continue
        print(f"  #{it['n']} {it['event_id']} trig={it['trigger']!r} {it['type']}/{it['mode']} cameo={it['cameo']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']} rule={it['rule']}")
        print(f"     SENT: {it['sentence'].strip()}")
    print()
