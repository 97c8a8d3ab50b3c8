"""List every dateline event of the given docs, one line each, grouped by sentence (for the duplicate check)."""
import json,sys
want=set(sys.argv[1:])
for l in open('/tmp/r101/heldout_news28.judge.jsonl'):
    d=json.loads(l)
    if d['id'] not in want: continue
    r=d['record']; A={a['id']:a for a in r['actors']}
    def nm(ids): return [f"{A[i]['name']}[{A[i]['country']}/{A[i]['sector']}]" for i in ids]
    print('=====',d['id'],r['document_date'])
    last=None
    for e in r['events']:
        s=e['sentence']['text'].strip()
        if s!=last: print('  S:',s); last=s
        print(f"    {e['id']} '{e['trigger']['text']}' {e['type']}/{e['mode']} {nm(e['source'])} -> {nm(e['target'])} date={e['date']['value']}({e['date']['basis']}) {e['modality']}")
