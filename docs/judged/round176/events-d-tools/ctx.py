"""Print, for each sampled doc, the story text and every dateline event (for context and duplicate check).
usage: ctx.py ITEMS.jsonl > out.txt"""
import json, sys
items=[json.loads(l) for l in open(sys.argv[1])]
recs={}
for l in open('/tmp/r174/heldout_news65.judge.jsonl'):
    r=json.loads(l); recs[r['id']]=r['record']
stories={}
for l in open('/work/wt/j176d/data/heldout_news65/stories.jsonl'):
    s=json.loads(l); stories[s['id']]=s
def actor(rec,aid):
    for a in rec['actors']:
        if a['id']==aid:
            return f"{a.get('name')}[{a.get('country')}/{a.get('sector')}]"
    return aid
seen=[]
for it in items:
    d=it['doc']
    if d in seen: continue
    seen.append(d)
    rec=recs[d]; s=stories[d]
    ns=[i['n'] for i in items if i['doc']==d]
    print('='*100); print(d, s['date'], s['title'], 'items', ns)
    print(s['text'])
    print('-- events:')
    for e in rec['events']:
        mark=' <<' if any(i['event_id']==e['id'] for i in items if i['doc']==d) else ''
        print(f"  {e['id']} {e['type']} trig={e['trigger']['text']!r} src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} date={e['date']['value']} {e['date']['basis']} mod={e['modality']} sent@{e['sentence']['start']}{mark}")
