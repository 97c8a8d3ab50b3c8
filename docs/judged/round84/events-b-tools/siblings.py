# For each sampled item, list every dateline event in the same sentence (duplicate check),
# and for each sampled paragraph doc, list dateline events in the first paragraph.
import json, sys
recs = {}
for l in open('/tmp/r83/heldout_news19.judge.jsonl'):
    d = json.loads(l)
    recs[d['id']] = d['record']
def name(r, aid):
    for a in r['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a['country']}/{a['sector']}]"
    return aid
def fmt(r, e):
    return (f"  {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} "
            f"src={[name(r,x) for x in e['source']]} tgt={[name(r,x) for x in e['target']]} "
            f"date={e['date']['value']}({e['date']['basis']}) mod={e['modality']}")
items = [json.loads(l) for l in open('events-b-items.jsonl')]
lo, hi = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (1, 50)
for it in items:
    if not lo <= it['n'] <= hi:
        continue
    r = recs[it['doc']]
    me = next(e for e in r['events'] if e['id'] == it['event_id'])
    sib = [e for e in r['events'] if e['sentence']['start'] == me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']}")
    for e in sib:
        print(('*' if e['id'] == it['event_id'] else ' ') + fmt(r, e))
