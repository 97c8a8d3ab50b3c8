"""List all dateline events of the given docs (for the duplicate check)."""
import json,sys
want=set(sys.argv[1:])
for l in open('/tmp/r101/heldout_news28.judge.jsonl'):
    d=json.loads(l)
    if d['id'] not in want: continue
    r=d['record']; A={a['id']:a for a in r['actors']}
    nm=lambda ids:[f"{A[i]['name']}[{A[i]['country']}/{A[i]['sector']}]" for i in ids]
    print('=====',d['id'])
    for e in r['events']:
        print(f"  {e['id']} @{e['sentence']['start']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} {nm(e['source'])}->{nm(e['target'])} {e['date']['value']}({e['date']['basis']}) {e['modality']}")
