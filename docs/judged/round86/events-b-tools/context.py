"""Print, per sampled doc, the story text and all dateline events grouped by sentence,
marking the sampled items. usage: python context.py ITEMS.jsonl JUDGE.jsonl STORIES.jsonl [doc...]"""
import json, sys
items=[json.loads(l) for l in open(sys.argv[1])]
docs=[]
for it in items:
    if it['doc'] not in docs: docs.append(it['doc'])
want=set(sys.argv[4:]) or set(docs)
recs={}
for l in open(sys.argv[2]):
    r=json.loads(l)
    if r['id'] in want: recs[r['id']]=r['record']
stories={}
for l in open(sys.argv[3]):
    s=json.loads(l)
    if s['id'] in want: stories[s['id']]=s
for d in docs:
    if d not in want: continue
    s=stories[d]; rec=recs[d]
    print('='*100); print(d, s['date'], s.get('title')); print(s['text']); print('-'*60)
    act={a['id']:a for a in rec['actors']}
    def nm(ids): return [f"{act[i]['name']}[{act[i]['country']}/{act[i]['sector']}/{act[i]['kind']}]" for i in ids]
    mine={it['event_id']:it['n'] for it in items if it['doc']==d}
    last=None
    for e in rec['events']:
        if e['sentence']['text']!=last:
            last=e['sentence']['text']; print('  S:',last.strip()[:300])
        mark=f"<<#{mine[e['id']]}>>" if e['id'] in mine else ''
        print(f"    {e['id']}{mark} {e['trigger']['text']!r} {e['type']}/{e['mode']} {e['cameo']} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} rep={e['reported_by']}")
