"""For each item, list dateline's other events in the same sentence (duplicate check)."""
import json
recs = {}
for line in open('/tmp/r117/heldout_news36.judge.jsonl'):
    r = json.loads(line); recs[r['id']] = r['record']
items = [json.loads(l) for l in open('events-b-items.jsonl')]
for it in items:
    rec = recs[it['doc']]
    actors = {a['id']: a for a in rec.get('actors', [])}
    def nm(ids):
        return [actors.get(i, {}).get('name', i) if isinstance(i, str) else i for i in ids]
    same = [e for e in rec['events'] if e['id'] != it['event_id'] and e['sentence']['text'] == it['sentence']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}")
    for e in same:
        print(f"    other {e['id']}: {e['trigger']['text']} {e['type']}/{e['mode']} {nm(e['source'])} -> {nm(e['target'])} {e['date']['value']} {e['modality']} conf={e.get('confidence')}")
