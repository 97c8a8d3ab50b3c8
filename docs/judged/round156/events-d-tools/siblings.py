"""Print, for each item of events-d-items.jsonl, every dateline event in the same sentence (duplicate check)."""
import json, sys
recs = {}
for line in open('/tmp/r154/heldout_news55.judge.jsonl'):
    r = json.loads(line); recs[r['id']] = r['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a['country']}/{a['sector']}]"
    return aid
items = [json.loads(l) for l in open(sys.argv[1])]
lo, hi = int(sys.argv[2]), int(sys.argv[3])
for it in items:
    if not lo <= it['n'] <= hi: continue
    rec = recs[it['doc']]
    me = next(e for e in rec['events'] if e['id'] == it['event_id'])
    sibs = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} docdate={it['document_date']}")
    for e in sibs:
        mark = '*' if e['id'] == me['id'] else ' '
        print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} {[actor(rec,a) for a in e['source']]} -> {[actor(rec,a) for a in e['target']]} {e['date']['value']} {e['modality']}")
