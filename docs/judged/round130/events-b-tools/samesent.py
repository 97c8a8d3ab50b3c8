"""For each sampled item, list all dateline events in the same sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r129/heldout_news42.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return a.get('text') or a.get('name') or aid
    return aid
items = [json.loads(l) for l in open('events-b-items.jsonl')]
for it in items:
    rec = recs[it['doc']]
    me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    same = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']!r} {it['type']}")
    for e in same:
        print(f"    other {e['id']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} mod={e['modality']}")
