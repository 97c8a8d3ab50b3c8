"""For each item of events-b-items.jsonl, list every dateline event in the same sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r158/heldout_news57.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
def name(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid: return f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]"
    return aid
for l in open('events-b-items.jsonl'):
    it = json.loads(l); rec = recs[it['doc']]
    me = next(e for e in rec['events'] if e['id'] == it['event_id'])
    others = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {it['trigger']} {it['type']}")
    for e in others:
        print(f"    other {e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={[name(rec,a) for a in e['source']]} tgt={[name(rec,a) for a in e['target']]} {e['date']['value']} {e['modality']}")
