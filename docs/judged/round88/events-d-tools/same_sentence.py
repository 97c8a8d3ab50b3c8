"""For each item, list all dateline events in the same sentence (duplicate check)."""
import json, sys
items = [json.loads(l) for l in open(sys.argv[2])]
docs = {i['doc'] for i in items}
recs = {}
for l in open(sys.argv[1]):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
for it in items:
    rec = recs[it['doc']]
    acts = {a['id']: a['name'] for a in rec['actors']}
    me = next(e for e in rec['events'] if e['id'] == it['event_id'])
    same = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']}")
    for e in same:
        mark = '*' if e['id'] == it['event_id'] else ' '
        print(f"  {mark}{e['id']} {e['type']} trig={e['trigger']['text']!r} src={[acts.get(a,a) for a in e['source']]} tgt={[acts.get(a,a) for a in e['target']]} date={e['date']['value']} mod={e['modality']}")
