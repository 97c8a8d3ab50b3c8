import json,sys
docs=sys.argv[1:]
for l in open('/tmp/r105/heldout_news30.judge.jsonl'):
    d=json.loads(l)
    if d['id'] not in docs: continue
    r=d['record']; A={a['id']:a for a in r['actors']}
    nm=lambda ids:[f"{A[i]['name']}[{A[i]['country']}/{A[i]['sector']}]" for i in ids]
    print('=====',d['id'])
    last=None
    for e in r['events']:
        s=e['sentence']['start']
        if s!=last: print('  S@%d: %s'%(s,e['sentence']['text'].strip()[:200])); last=s
        print('    %s %s/%s trig=%r src=%s tgt=%s date=%s/%s mod=%s'%(e['id'],e['type'],e['mode'],e['trigger']['text'],nm(e['source']),nm(e['target']),e['date']['value'],e['date']['basis'],e['modality']))
