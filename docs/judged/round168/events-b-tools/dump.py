"""Print each sampled doc's story with dateline's events (compact), for reading context.
usage: dump.py ITEMS PARAGRAPHS RECORDS STORIES OUT"""
import json, sys
items=[json.loads(l) for l in open(sys.argv[1])]
paras=[json.loads(l) for l in open(sys.argv[2])]
docs=[]
for i in items:
    if i['doc'] not in docs: docs.append(i['doc'])
for p in paras:
    if p['doc'] not in docs: docs.append(p['doc'])
recs={}
for l in open(sys.argv[3]):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
stories={}
for l in open(sys.argv[4]):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
out=open(sys.argv[5],'w')
for d in docs:
    s=stories[d]; rec=recs[d]
    acts={a['id']:f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in rec['actors']}
    samp=[i for i in items if i['doc']==d]
    out.write(f"\n=================== {d} date={s['date']} title={s['title']}\n  SAMPLED: {[ (i['n'],i['event_id']) for i in samp]}\n\n{s['text']}\n\n  -- dateline events --\n")
    for e in rec['events']:
        out.write(f"  {e['id']} [{e['trigger']['text']}] {e['type']}/{e['mode']} {[acts.get(x,x) for x in e['source']]} -> {[acts.get(x,x) for x in e['target']]} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} | {e['sentence']['text'][:140].strip()}\n")
