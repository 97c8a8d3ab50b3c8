"""For each item, list every dateline event in the same sentence (duplicate check)."""
import json, sys
judge = {}
for line in open('/tmp/r135/heldout_news45.judge.jsonl'):
    d = json.loads(line); judge[d['id']] = d['record']
def actors(rec, ids):
    amap = {a['id']: a for a in rec['actors']}
    out = []
    for i in ids:
        a = amap.get(i, {})
        out.append(f"{a.get('name', a.get('text', i))}[{a.get('country')}]")
    return out
items = [json.loads(l) for l in open(sys.argv[1])]
for it in items:
    rec = judge[it['doc']]
    me = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    same = [e for e in rec['events'] if e['sentence']['start'] == me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} ({len(same)} in sentence)")
    for e in same:
        mark = '*' if e['id'] == me['id'] else ' '
        print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={actors(rec, e['source'])} tgt={actors(rec, e['target'])} date={e['date']['value']} mod={e['modality']}")
