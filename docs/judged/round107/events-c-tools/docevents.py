"""List all dateline events of the given docs (for the duplicate check)."""
import json,sys
want=set(sys.argv[1:])
for l in open('/tmp/r107/heldout_news31.judge.jsonl'):
    d=json.loads(l)
    if d['id'] not in want: continue
    r=d['record']; A={a['id']:a for a in r['actors']}
    def nm(ids): return [f"{A[i]['name']}[{A[i]['country']}/{A[i]['sector']}]" if i in A else i for i in ids]
    print('=====',d['id'],r['document_date'])
    for e in r['events']:
        print(f" {e['id']} [{e['sentence']['start']}] {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']}")
        print('     S:', e['sentence']['text'][:160].replace('\n',' '))
