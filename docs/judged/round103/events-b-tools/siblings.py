"""Print, for each item, every dateline event in the same sentence (duplicate check)."""
import json, sys
R = {}
for l in open('/tmp/r103/heldout_news29.judge.jsonl'):
    r = json.loads(l); R[r['id']] = r['record']
items = [json.loads(l) for l in open(sys.argv[1])]
for it in items:
    rec = R[it['doc']]
    A = {a['id']: f"{a['name']}[{a['country']}]" for a in rec['actors']}
    me = next(e for e in rec['events'] if e['id'] == it['event_id'])
    sib = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} ({len(sib)} in sentence)")
    for e in sib:
        mark = '*' if e['id'] == me['id'] else ' '
        print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']} {[A.get(x,x) for x in e['source']]} -> {[A.get(x,x) for x in e['target']]} {e['date'].get('value')} {e['modality']}")
