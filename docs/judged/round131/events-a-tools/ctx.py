"""Print, for each sampled doc (in item order), the story text and all dateline events of the doc,
marking the sampled items. usage: python ctx.py ITEMS.jsonl [n_from n_to]"""
import json, sys
items=[json.loads(l) for l in open(sys.argv[1])]
lo,hi=(int(sys.argv[2]),int(sys.argv[3])) if len(sys.argv)>3 else (1,len(items))
stories={}
for l in open('/work/wt/j131a/data/heldout_news43/stories.jsonl'):
    d=json.loads(l); stories[d['id']]=d
recs={}
for l in open('/tmp/r131/heldout_news43.judge.jsonl'):
    d=json.loads(l); recs[d['id']]=d['record']
done=set()
for it in items:
    if not lo<=it['n']<=hi: continue
    doc=it['doc']
    if doc in done: continue
    done.add(doc)
    s=stories[doc]; r=recs[doc]
    actors={a['id']:a for a in r['actors']}
    print('='*100); print(doc, s['date'], s['title'])
    for i,p in enumerate(s['text'].split('\n\n')): print(f'  [P{i}] {p}')
    mine={x['event_id']:x['n'] for x in items if x['doc']==doc}
    print('  -- dateline events:')
    for e in r['events']:
        def nm(ids): return [actors[a].get('name', a) if a in actors else a for a in ids]
        mark=f"**ITEM {mine[e['id']]}**" if e['id'] in mine else ''
        print(f"   {e['id']} {mark} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} {nm(e['source'])}->{nm(e['target'])} date={e['date']['value']}({e['date']['basis']}) {e['modality']} | sent: {e['sentence']['text'][:110]!r}")
