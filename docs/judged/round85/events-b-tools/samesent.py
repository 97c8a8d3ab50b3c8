"""For each item, list dateline's other events in the same sentence (duplicate check).
usage: python samesent.py RECORDS.jsonl ITEMS.jsonl"""
import json, sys
recs = {}
for l in open(sys.argv[1]):
    r = json.loads(l); recs[r['id']] = r['record']
for l in open(sys.argv[2]):
    it = json.loads(l)
    rec = recs[it['doc']]
    A = {a['id']: a for a in rec['actors']}
    me = next(e for e in rec['events'] if e['id'] == it['event_id'])
    others = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} {me['type']} '{me['trigger']['text']}'")
    for e in others:
        nm = lambda ids: [A[i].get('name', i) if i in A else i for i in ids]
        print(f"    other {e['id']} {e['type']}/{e['mode']} '{e['trigger']['text']}' src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']} mod={e['modality']}")
