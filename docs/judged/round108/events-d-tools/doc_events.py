"""List all dateline events of a doc grouped by sentence (for the duplicate check)."""
import json,sys
want=set(sys.argv[1:])
for l in open('/tmp/r108/heldout_news31.judge.jsonl'):
    d=json.loads(l)
    if d['id'] not in want: continue
    r=d['record']; A={a['id']:f"{a['name']}[{a.get('country')}]" for a in r['actors']}
    print('=====',d['id'],r['document_date'])
    last=None
    for e in sorted(r['events'],key=lambda e:(e['sentence']['start'],e['trigger']['start'])):
        if e['sentence']['start']!=last:
            print('  S:',e['sentence']['text'].strip()[:300]); last=e['sentence']['start']
        print('     ',e['id'],repr(e['trigger']['text']),e['type'],e['mode'],[A.get(x,x) for x in e['source']],'->',[A.get(x,x) for x in e['target']],e['date']['value'],e['date']['basis'],e['modality'])
