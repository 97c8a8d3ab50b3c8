"""For each item, list all dateline events in the same sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r100/heldout_news27.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
items = [json.loads(l) for l in open('events-a-items.jsonl')]
lo, hi = int(sys.argv[1]), int(sys.argv[2])
def an(r, ids):
    A = {a['id']: a for a in r['actors']}
    return [f"{A[i]['name']}[{A[i]['country']}]" if i in A else i for i in ids]
for it in items:
    if not lo <= it['n'] <= hi: continue
    r = recs[it['doc']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
    for e in r['events']:
        if e['sentence']['text'].strip() == it['sentence'].strip():
            mark = '*' if e['id'] == it['event_id'] else ' '
            print(f"   {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} {an(r,e['source'])} -> {an(r,e['target'])} {e['date'].get('value')} {e['modality']}")
