"""For each item, list dateline's other events in the same sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r146/heldout_news51.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for l in open('events-d-items.jsonl'):
    it = json.loads(l)
    if not lo <= it['n'] <= hi: continue
    r = recs[it['doc']]
    names = {a['id']: f"{a['name']}[{a.get('country')}]" for a in r['actors']}
    me = [e for e in r['events'] if e['id'] == it['event_id']][0]
    others = [e for e in r['events'] if e['sentence']['start'] == me['sentence']['start'] and e['id'] != me['id']]
    print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']}: {len(others)} other(s)")
    for e in others:
        print(f"    {e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} src={[names.get(x,x) for x in e['source']]} tgt={[names.get(x,x) for x in e['target']]} {e['date']['value']} {e['modality']}")
