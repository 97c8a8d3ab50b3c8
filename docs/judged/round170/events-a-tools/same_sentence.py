"""For each sampled item, list every dateline event in the same sentence (duplicate check)."""
import json, sys
out = sys.argv[1]; items = sys.argv[2]
recs = {}
for l in open(out):
    d = json.loads(l); recs[d['id']] = d['record']
for l in open(items):
    it = json.loads(l)
    r = recs[it['doc']]
    acts = {a['id']: f"{a['name']}[{a['country']}]" for a in r['actors']}
    me = [e for e in r['events'] if e['id'] == it['event_id']][0]
    same = [e for e in r['events'] if e['sentence']['start'] == me['sentence']['start']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} ({len(same)} in sentence)")
    for e in same:
        mark = '*' if e['id'] == it['event_id'] else ' '
        print(f"  {mark}{e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} {[acts.get(a,a) for a in e['source']]} -> {[acts.get(a,a) for a in e['target']]} {e['date']['value']} {e['modality']}")
