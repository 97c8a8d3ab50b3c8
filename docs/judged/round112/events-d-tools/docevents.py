"""List all of dateline's events in a story, grouped by sentence: for the duplicate check and paragraph recall.
usage: docevents.py DOC [DOC...]"""
import json,sys
want=set(sys.argv[1:])
for l in open('/tmp/r112/heldout_news33.judge.jsonl'):
    d=json.loads(l)
    if d['id'] not in want: continue
    r=d['record']
    acts={a['id']:a for a in r['actors']}
    def nm(ids):
        out=[]
        for i in ids:
            a=acts.get(i,{})
            out.append(f"{a.get('name') or a.get('text')}[{a.get('country')}]")
        return out
    print('=====',d['id'],r['document_date'])
    last=None
    for e in r['events']:
        s=e['sentence']
        if s['start']!=last:
            print('  S@%d: %s'%(s['start'],s['text'][:160].replace('\n',' ')))
            last=s['start']
        print('    %s %s/%s trig=%r src=%s tgt=%s date=%s mod=%s'%(e['id'],e['type'],e['mode'],e['trigger']['text'],nm(e['source']),nm(e['target']),e['date'].get('value'),e['modality']))
