"""Dump each sampled doc: title, date, full text, and dateline's events (by sentence), marking sampled items.
usage: dump.py > events-b-tools/docs.txt"""
import json
items=[json.loads(l) for l in open('events-b-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-b.jsonl')]
docs=[]
for d in [i['doc'] for i in items]+[p['doc'] for p in paras]:
    if d not in docs: docs.append(d)
stories={}
for l in open('/work/wt/j155b/data/heldout_news54/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
recs={}
for l in open('/tmp/r153/heldout_news54.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
def actor(rec,aid):
    for a in rec['actors']:
        if a['id']==aid:
            return f"{a['name']}[{a.get('country')}/{a.get('sector')}]"
    return aid
for d in docs:
    s=stories[d]; rec=recs[d]
    mark={i['event_id']:i['n'] for i in items if i['doc']==d}
    print('='*100); print(d, s['date'], s['title']); print(s['text']); print('-- events')
    for e in rec['events']:
        m=f"  <<#{mark[e['id']]}>>" if e['id'] in mark else ''
        print(f"{e['id']} [{e['trigger']['text']}] {e['type']}/{e['mode']} {[actor(rec,a) for a in e['source']]} -> {[actor(rec,a) for a in e['target']]} date={e['date']['value']}/{e['date']['basis']} {e['modality']}{m}")
        print('     S:', e['sentence']['text'].strip()[:160])
