"""For each sampled item, list every dateline event in the same sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r89/heldout_news22.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]"
    return aid
items = [json.loads(l) for l in open(sys.argv[1])]
for it in items:
    rec = recs[it['doc']]
    me = next(e for e in rec['events'] if e['id'] == it['event_id'])
    same = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
    for e in same:
        mark = '*' if e['id'] == me['id'] else ' '
        print(f"   {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} date={e['date']['value']} mod={e['modality']}")
