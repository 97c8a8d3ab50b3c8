"""Print dateline's events for a doc (all, or only those inside the first paragraph) with actors resolved.
usage: dump.py DOC [first]"""
import json, sys
doc = sys.argv[1]; first = len(sys.argv) > 2
for l in open('/tmp/r89/heldout_news22.judge.jsonl'):
    d = json.loads(l)
    if d['id'] != doc: continue
    r = d['record']; A = {a['id']: a for a in r['actors']}
    fmt = lambda ids: [f"{A[i]['name']}[{A[i]['country']}/{A[i]['sector']}]" for i in ids]
    end = r['text'].find('\n') if first else 10**9
    print(doc, r['document_date'])
    for e in r['events']:
        if e['sentence']['start'] >= end: continue
        print(f" {e['id']} s@{e['sentence']['start']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} {fmt(e['source'])} -> {fmt(e['target'])} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} rule={e['rule']}")
        if not first: print('    ', e['sentence']['text'][:200])
