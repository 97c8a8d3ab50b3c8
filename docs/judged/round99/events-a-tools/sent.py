# print all dateline events for a doc (for the duplicate check)
import json,sys
doc=sys.argv[1]
for l in open('/tmp/r99/heldout_news27.judge.jsonl'):
    d=json.loads(l)
    if d['id']==doc:
        r=d['record']; A={a['id']:f"{a['name']}[{a['country']}/{a['sector']}]" for a in r['actors']}
        for e in r['events']:
            print(e['id'],repr(e['trigger']['text']),e['type'],e.get('mode'),[A.get(x,x) for x in e['source']],'->',[A.get(x,x) for x in e['target']],e['date']['value'],e['date']['basis'],e['modality'],'|',e['sentence']['text'][:80].strip())
