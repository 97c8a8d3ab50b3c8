"""For each item, list every dateline event in the same sentence of the same story (duplicate check)."""
import json, sys
judge = sys.argv[1]; items = sys.argv[2]
recs = {}
for l in open(judge):
    d = json.loads(l); recs[d['id']] = d['record']
for l in open(items):
    it = json.loads(l)
    rec = recs[it['doc']]
    actors = {a['id']: a for a in rec.get('actors', [])}
    def nm(ids):
        return [actors[i].get('name', actors[i].get('text', i)) if i in actors else i for i in ids]
    me = next(e for e in rec['events'] if e['id'] == it['event_id'])
    s = me['sentence']['start']
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
    for e in rec['events']:
        if e['sentence']['start'] == s and e['id'] != it['event_id']:
            print(f"   other {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']} mod={e['modality']}")
