"""For each sampled item, list all dateline events in the same sentence (duplicate check). Read-only."""
import json, sys
items = [json.loads(l) for l in open('events-d-items.jsonl')]
recs = {}
for l in open('/tmp/r77/heldout_news16.judge.jsonl'):
    d = json.loads(l)
    recs[d['id']] = d['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a.get('name') or a.get('text')}[{a.get('country')}]"
    return aid
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for it in items[lo-1:hi]:
    rec = recs[it['doc']]
    same = [e for e in rec['events'] if e['sentence']['start'] == next(x for x in rec['events'] if x['id'] == it['event_id'])['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']}:")
    for e in same:
        mark = '*' if e['id'] == it['event_id'] else ' '
        print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} {[actor(rec,a) for a in e['source']]} -> {[actor(rec,a) for a in e['target']]} {e['date'].get('value')} {e['modality']}")
