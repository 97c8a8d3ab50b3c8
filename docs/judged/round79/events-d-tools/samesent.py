"""For each item, list all dateline events in the item's sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r79/heldout_news17.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
def actors(rec, ids):
    A = {a['id']: a for a in rec['actors']}
    out = []
    for i in ids:
        a = A.get(i, {})
        out.append(a.get('name') or a.get('text') or i)
    return out
for l in open('events-d-items.jsonl'):
    it = json.loads(l)
    rec = recs[it['doc']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} [{it['trigger']}]")
    for e in rec['events']:
        if e['sentence']['text'].strip() == it['sentence'].strip():
            mark = '*' if e['id'] == it['event_id'] else ' '
            print(f"   {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} {actors(rec,e['source'])} -> {actors(rec,e['target'])} {e['date']['value']} {e['modality']}")
