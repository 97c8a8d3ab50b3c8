"""List, for each sampled item, all dateline events in the same sentence (duplicate check)."""
import json, sys
recs = {}
for line in open('/tmp/r118/heldout_news36.judge.jsonl'):
    r = json.loads(line); recs[r['id']] = r['record']
def fmt(rec, e):
    names = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}]" for a in rec['actors']}
    return f"{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={[names.get(x,x) for x in e['source']]} tgt={[names.get(x,x) for x in e['target']]} date={e['date']['value']} {e['modality']}"
items = [json.loads(l) for l in open(sys.argv[1])]
for it in items:
    rec = recs[it['doc']]
    me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    same = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} docdate={rec['document_date']}")
    for e in same:
        print("   ", "*" if e['id']==me['id'] else " ", fmt(rec, e))
