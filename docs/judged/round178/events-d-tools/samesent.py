"""For each item, list every dateline event found in the item's sentence (duplicate check).
usage: samesent.py RECORDS.jsonl ITEMS.jsonl [FIRST LAST]"""
import json, sys
recs = {}
for l in open(sys.argv[1]):
    r = json.loads(l); recs[r['id']] = r['record']
items = [json.loads(l) for l in open(sys.argv[2])]
a, b = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (1, len(items))
def actor(rec, aid):
    for x in rec['actors']:
        if x['id'] == aid: return f"{x['name']}[{x['country']}]"
    return aid
for it in items:
    if not a <= it['n'] <= b: continue
    rec = recs[it['doc']]
    me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    same = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']}: {len(same)} events in sentence")
    for e in same:
        print(f"   {'*' if e['id']==me['id'] else ' '}{e['id']} {e['trigger']['text']!r} {e['type']} "
              f"{[actor(rec,s) for s in e['source']]} -> {[actor(rec,t) for t in e['target']]} "
              f"{e['date']['value']} {e['modality']}")
