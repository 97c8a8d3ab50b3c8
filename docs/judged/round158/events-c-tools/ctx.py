"""Print, for items a..b, the item plus every dateline event in the same sentence (duplicate check)."""
import json, sys
J = '/tmp/r158/heldout_news57.judge.jsonl'
items = [json.loads(l) for l in open('events-c-items.jsonl')]
recs = {}
for l in open(J):
    r = json.loads(l); recs[r['id']] = r['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]"
    return aid
a, b = int(sys.argv[1]), int(sys.argv[2])
for it in items:
    if not a <= it['n'] <= b: continue
    rec = recs[it['doc']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']!r} {it['type']}/{it['mode']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']} rule={it['rule']}")
    s = it['sentence'].strip()
    for e in rec['events']:
        if e['sentence']['text'].strip() == s and e['id'] != it['event_id']:
            print(f"   same-sent {e['id']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={[actor(rec,x) for x in e['source']]} tgt={[actor(rec,x) for x in e['target']]} date={e['date']['value']}/{e['date']['basis']} mod={e['modality']}")
