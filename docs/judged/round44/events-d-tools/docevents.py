"""List dateline's events for the given docs, one line each, to check duplicates / paragraph events."""
import json, sys
ids = set(sys.argv[1:])
for l in open('/tmp/integ73/h2_final.jsonl'):
    d = json.loads(l)
    if d['id'] not in ids:
        continue
    r = d['record']
    act = {a['id']: a for a in r['actors']}
    def nm(xs):
        out = []
        for x in xs:
            a = act.get(x, {})
            out.append(f"{a.get('name', a.get('text', x))}[{a.get('country')}]")
        return out
    print('=====', d['id'], r['document_date'])
    for e in r['events']:
        print(f"  {e['id']} {e['type']} trig={e['trigger']['text']!r} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']}/{e['date']['basis']} mod={e['modality']} | {e['sentence']['text'][:110]!r}")
