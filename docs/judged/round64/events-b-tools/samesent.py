import json, sys
recs = {}
for l in open('/tmp/r64/heldout_news9.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
def name(rec, aid):
    for a in rec['actors']:
        if a.get('id') == aid:
            return a.get('name') or a.get('text')
    return aid
items = [json.loads(l) for l in open('events-b-items.jsonl')]
for it in items:
    rec = recs[it['doc']]
    ev = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    same = [e for e in rec['events'] if e['sentence']['start'] == ev['sentence']['start'] and e['id'] != ev['id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['type']} '{it['trigger']}'")
    for e in same:
        print(f"    other {e['id']} {e['type']}/{e['mode']} trig='{e['trigger']['text']}' src={[name(rec,a) for a in e['source']]} tgt={[name(rec,a) for a in e['target']]} mod={e['modality']} date={e['date']['value']}")
