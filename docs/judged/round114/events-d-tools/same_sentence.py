"""For each item, list dateline's other events from the same sentence (duplicate check)."""
import json
recs = {}
for l in open('/tmp/r114/heldout_news34.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
def actor(rec, aid):
    for a in rec.get('actors', []):
        if a.get('id') == aid:
            return a.get('name') or a.get('text') or aid
    return aid
for l in open('events-d-items.jsonl'):
    it = json.loads(l)
    rec = recs[it['doc']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}")
    for e in rec.get('events', []):
        if e['sentence']['text'].strip() == it['sentence'].strip() and e['id'] != it['event_id']:
            print(f"    other {e['id']} trig={e['trigger']['text']} {e['type']} src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} date={e['date']['value']} mod={e['modality']}")
