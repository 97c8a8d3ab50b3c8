import json,sys
want=sys.argv[1:]
for l in open('/tmp/r120/heldout_news37.judge.jsonl'):
    d=json.loads(l)
    if d['id'] in want:
        r=d['record']; A={a['id']:a for a in r['actors']}
        def nm(ids): return [f"{A[i]['name']}[{A[i]['country']}]" if i in A else i for i in ids]
        print('=====',d['id'],r['document_date'])
        for e in r['events']:
            print(' ',e['id'],repr(e['trigger']['text']),e['type'],e.get('mode'),nm(e['source']),'->',nm(e['target']),e['date']['value'],e['date']['basis'],e['modality'],'|',e['sentence']['text'].strip()[:100])
