"""Print, for each item, all dateline events in the same sentence (for the duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r106/heldout_news30.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
def name(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a['country']}/{a['sector']}]"
    return aid
items = [json.loads(l) for l in open(sys.argv[1])]
for it in items:
    rec = recs[it['doc']]
    ev = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    s = ev['sentence']['start']
    same = [e for e in rec['events'] if e['sentence']['start'] == s]
    print(f"#{it['n']} {it['doc']} {it['event_id']}")
    for e in same:
        mark = '*' if e['id'] == it['event_id'] else ' '
        print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={[name(rec,x) for x in e['source']]} tgt={[name(rec,x) for x in e['target']]} date={e['date']['value']} {e['modality']}")
