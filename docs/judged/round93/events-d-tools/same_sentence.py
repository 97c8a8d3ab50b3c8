"""For each item, list dateline's other events in the same sentence (duplicate check).
usage: python3 same_sentence.py RECORDS.jsonl ITEMS.jsonl"""
import json, sys
recs = {}
for l in open(sys.argv[1]):
    r = json.loads(l)
    recs[r['id']] = r['record']
for l in open(sys.argv[2]):
    it = json.loads(l)
    rec = recs[it['doc']]
    names = {a['id']: a['name'] for a in rec['actors']}
    evs = rec.get('events', [])
    others = [e for e in evs if e['sentence']['text'] == it['sentence'] and e['id'] != it['event_id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}")
    for e in others:
        print(f"    other {e['id']} {e['trigger']['text']} {e['type']}/{e['mode']} src={[names.get(a,a) for a in e['source']]} tgt={[names.get(a,a) for a in e['target']]} date={e['date']['value']} mod={e['modality']}")
