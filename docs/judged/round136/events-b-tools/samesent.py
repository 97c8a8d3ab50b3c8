"""For each item (range), list all dateline events in the same doc sentence (duplicate check)."""
import json, sys
items = [json.loads(l) for l in open('events-b-items.jsonl')]
lo, hi = int(sys.argv[1]), int(sys.argv[2])
R = {}
for l in open('/tmp/r135/heldout_news45.judge.jsonl'):
    d = json.loads(l)
    R[d['id']] = d['record']
for it in items:
    if not lo <= it['n'] <= hi:
        continue
    r = R[it['doc']]
    A = {a['id']: a for a in r['actors']}
    nm = lambda ids: [f"{A[i]['name']}[{A[i]['country']}]" for i in ids]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
    for e in r['events']:
        if e['sentence']['text'].strip() == it['sentence'].strip():
            mark = '*' if e['id'] == it['event_id'] else ' '
            print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} {nm(e['source'])} -> {nm(e['target'])} {e['date'].get('value')} {e['modality']}")
