"""Print, for items a..b, the story (once per doc) and dateline's events in the same sentence."""
import json, sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
stories={}
for l in open('/work/wt/j119c/data/heldout_news37/stories.jsonl'):
    s=json.loads(l); stories[s['id']]=s
need=set(i['doc'] for i in items)
recs={}
for l in open('/tmp/r119/heldout_news37.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in need: recs[r['id']]=r['record']
a,b=int(sys.argv[1]),int(sys.argv[2])
for it in items[a-1:b]:
    s=stories[it['doc']]
    print('='*100); print('#%d'%it['n'], it['doc'], 'docdate', s['date'], '|', s['title'])
    print(s['text'])
    rec=recs[it['doc']]
    evs=rec.get('events',[])
    acts={a['id']:a.get('name',a.get('text')) for a in rec.get('actors',[])}
    same=[e for e in evs if e['sentence']['text'].strip()==it['sentence'].strip()]
    print('-- ITEM:', it['event_id'], it['trigger'], it['type'], it['mode'], it['source'], it['target'], it['date'], it['modality'], 'rep=',it['reported_by'])
    print('-- same-sentence dateline events:')
    for e in same: print('   ', e['id'], e['trigger']['text'], e['type'], e['mode'], [acts.get(x,x) for x in e['source']], [acts.get(x,x) for x in e['target']], e['date'].get('value'), e['modality'])
