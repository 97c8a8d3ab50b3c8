"""For each sampled item (and each paragraph doc), list all dateline events in the same sentence / story (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r110/heldout_news32.judge.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r['record']

def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a['country']}/{a['sector']}]"
    return aid

def fmt(rec, e):
    return (f"{e['id']} '{e['trigger']['text']}' {e['type']}/{e.get('mode')} "
            f"src={[actor(rec,x) for x in e['source']]} tgt={[actor(rec,x) for x in e['target']]} "
            f"date={e['date'].get('value')} mod={e['modality']}")

mode = sys.argv[1] if len(sys.argv) > 1 else 'items'
if mode == 'items':
    for l in open('events-d-items.jsonl'):
        it = json.loads(l)
        rec = recs[it['doc']]
        same = [e for e in rec['events'] if e['sentence']['text'].strip() == it['sentence'].strip() and e['id'] != it['event_id']]
        print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}")
        for e in same:
            print('    other', fmt(rec, e))
else:
    for d in sys.argv[2:]:
        rec = recs[d]
        print('==', d)
        for e in rec['events']:
            print('  ', fmt(rec, e), '|', e['sentence']['text'][:90].strip())
