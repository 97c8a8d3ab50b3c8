"""For each item n in [lo, hi], list every dateline event of the same story whose sentence
overlaps the item's sentence (for the duplicate check). usage: siblings.py ITEMS lo hi"""
import json, sys
recs = {}
for l in open('/tmp/r154/heldout_news55.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
items = [json.loads(l) for l in open(sys.argv[1])]
lo, hi = int(sys.argv[2]), int(sys.argv[3])
for it in items:
    if not (lo <= it['n'] <= hi): continue
    rec = recs[it['doc']]
    am = {a['id']: a for a in rec['actors']}
    nm = lambda ids: [f"{am[i]['name']}[{am[i]['country']}]" for i in ids]
    me = next(e for e in rec['events'] if e['id'] == it['event_id'])
    s0, s1 = me['sentence']['start'], me['sentence']['end']
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}")
    for e in rec['events']:
        if e['sentence']['start'] < s1 and e['sentence']['end'] > s0:
            mark = '*' if e['id'] == it['event_id'] else ' '
            print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} {nm(e['source'])}->{nm(e['target'])} {e['date']['value']} {e['date']['basis']} {e['modality']}")
