"""For each sampled item, list dateline's other events in the same sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r117/heldout_news36.judge.jsonl'):
    r = json.loads(l)
    recs[r['id']] = r['record']
def name(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a['country']}]"
    return aid
for l in open('events-d-items.jsonl'):
    it = json.loads(l)
    rec = recs[it['doc']]
    same = [e for e in rec['events'] if e['sentence']['text'].strip() == it['sentence'].strip() and e['id'] != it['event_id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}")
    for e in same:
        print(f"    other {e['id']} trig={e['trigger']['text']} {e['type']} src={[name(rec,x) for x in e['source']]} tgt={[name(rec,x) for x in e['target']]} date={e['date']['value']} mod={e['modality']}")
