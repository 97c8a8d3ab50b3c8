"""For each item, list every dateline event in the same sentence (duplicate check).
usage: samesent.py RECORDS.jsonl ITEMS.jsonl"""
import json, sys
recs = {}
for l in open(sys.argv[1]):
    d = json.loads(l); recs[d['id']] = d['record']
for l in open(sys.argv[2]):
    it = json.loads(l)
    r = recs[it['doc']]
    acts = {a['id']: a for a in r.get('actors', [])}
    me = [e for e in r['events'] if e['id'] == it['event_id']][0]
    same = [e for e in r['events'] if e['sentence']['start'] == me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
    for e in same:
        nm = lambda ids: [acts.get(i, {}).get('name', i) if isinstance(acts.get(i), dict) else i for i in ids]
        mark = '*' if e['id'] == me['id'] else ' '
        print(f"   {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']} {e['modality']}")
