# for each item, list dateline's other events from the same sentence (duplicate check)
import json
recs = {}
for l in open('/tmp/r113/heldout_news34.judge.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r['record']
for l in open('events-d-items.jsonl'):
    it = json.loads(l)
    r = recs[it['doc']]
    actors = {a['id']: a for a in r.get('actors', [])}
    def nm(ids):
        return [actors.get(i, {}).get('name', i) if isinstance(i, str) else i for i in ids]
    same = [e for e in r['events'] if e['sentence']['text'].strip() == it['sentence'].strip() and e['id'] != it['event_id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}")
    for e in same:
        print(f"    also {e['id']} trig={e['trigger']['text']} {e['type']} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']} mod={e['modality']}")
