import json,sys
items=[json.loads(l) for l in open('events-a-items.jsonl')]
recs={}
for l in open('/tmp/r71/heldout_news13.judge.jsonl'):
    r=json.loads(l); recs[r['id']]=r
stories={}
for l in open('/work/wt/j72a/data/heldout_news13/stories.jsonl'):
    s=json.loads(l); stories[s['id']]=s
mode=sys.argv[1]
if mode=='sib':
    for it in items:
        r=recs[it['doc']]['record']
        evs=r.get('events',[])
        s=stories[it['doc']]
        print(f"#{it['n']} {it['doc']} {it['event_id']} docdate={it['document_date']} title={s['title']}")
        for e in evs:
            if e['sentence']['text']==it['sentence']:
                print('   ', e['id'], e['trigger']['text'], e['type'], e['mode'], e['source'], e['target'])
elif mode=='keys':
    r=recs[items[0]['doc']]['record']; print(r.keys()); print(json.dumps(r['events'][0])[:2000] if 'events' in r else '')
elif mode=='story':
    for d in sys.argv[2:]:
        s=stories[d]; print('=====',d,s['date'],s['title']); print(s['text']); print()
