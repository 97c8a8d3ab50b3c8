"""For each item, list dateline's other events in the same sentence (duplicate check)."""
import json
recs = {}
for l in open('/tmp/r77/heldout_news16.judge.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r['record']
items = [json.loads(l) for l in open('events-d-items.jsonl')]
for it in items:
    rec = recs[it['doc']]
    acts = {a['id']: a for a in rec['actors']}
    nm = lambda ids: [acts[i]['name'] + '[' + str(acts[i]['country']) + ']' for i in ids]
    this = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    same = [e for e in rec['events'] if e['sentence']['start'] == this['sentence']['start'] and e['id'] != it['event_id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}")
    for e in same:
        print(f"    other {e['id']} trig={e['trigger']['text']} {e['type']}/{e.get('mode')} src={nm(e['source'])} tgt={nm(e['target'])} mod={e['modality']}")
