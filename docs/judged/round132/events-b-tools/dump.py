"""Dump, per doc of judge b's items and paragraphs, the full story and all dateline events
(grouped by sentence), marking the sampled items. Output: events-b-tools/dump.txt"""
import json
items=[json.loads(l) for l in open('events-b-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-b.jsonl')]
docs=[]
for x in items+paras:
    if x['doc'] not in docs: docs.append(x['doc'])
stories={}
for l in open('../../../data/heldout_news43/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
recs={}
for l in open('/tmp/r131/heldout_news43.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
out=open('events-b-tools/dump.txt','w')
for d in docs:
    s=stories[d]; r=recs[d]
    acts={a['id']:a for a in r['actors']}
    def nm(ids): return [f"{acts[i]['name']}[{acts[i]['country']}/{acts[i]['sector']}/{acts[i]['kind']}]" for i in ids]
    mine={x['event_id']:x['n'] for x in items if x['doc']==d}
    print('='*100,file=out); print(d,s['date'],s['title'],file=out); print(s['text'],file=out)
    print('-- events',file=out)
    for e in r['events']:
        tag=f"  <<#{mine[e['id']]}" if e['id'] in mine else ''
        print(f"{e['id']}{tag} [{e['sentence']['start']}] trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} sent={e['sentence']['text'][:90]!r}",file=out)
