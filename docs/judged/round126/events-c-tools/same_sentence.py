"""For each item, list every dateline event in the same sentence (duplicate check).
usage: same_sentence.py RECORDS.jsonl ITEMS.jsonl"""
import json, sys
recs = {}
for l in open(sys.argv[1]):
    d = json.loads(l); recs[d['id']] = d['record']
acts = lambda r: {a['id']: a for a in r['actors']}
def fmt(x, A):
    if isinstance(x, dict):
        a = A.get(x.get('actor') or x.get('id'), x)
        return f"{a.get('name', x.get('text'))}[{a.get('country')}]"
    a = A.get(x, {})
    return f"{a.get('name', x)}[{a.get('country')}]"
for l in open(sys.argv[2]):
    it = json.loads(l); r = recs[it['doc']]; A = acts(r)
    ev = {e['id']: e for e in r['events']}[it['event_id']]
    s = ev['sentence']['start']
    same = [e for e in r['events'] if e['sentence']['start'] == s]
    print(f"#{it['n']} {it['doc']} {it['event_id']} ({len(same)} in sentence)")
    for e in same:
        mark = '*' if e['id'] == it['event_id'] else ' '
        print(f"  {mark}{e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={[fmt(x,A) for x in e['source']]} tgt={[fmt(x,A) for x in e['target']]} mod={e['modality']} date={e['date']['value']}")
