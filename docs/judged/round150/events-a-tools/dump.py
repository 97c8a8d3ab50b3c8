"""Print each sampled story (items + paragraphs of judge a) with all of dateline's events in it.
usage: dump.py > /tmp/j150a_dump.txt"""
import json
items=[json.loads(l) for l in open('events-a-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-a.jsonl')]
docs=[]
for d in [i['doc'] for i in items]+[p['doc'] for p in paras]:
    if d not in docs: docs.append(d)
stories={}
for l in open('/work/wt/j150a/data/heldout_news53/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
recs={}
for l in open('/tmp/r150/heldout_news53.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
def an(rec,ids):
    A={a['id']:a for a in rec['actors']}
    return [f"{A[i]['name']}[{A[i]['country']}/{A[i]['sector']}/{A[i]['kind']}]" for i in ids]
for d in docs:
    s=stories[d]; rec=recs[d]
    samp={i['event_id']:i['n'] for i in items if i['doc']==d}
    print('='*100); print(d, s['date'], s['title']); print(s['text']); print('-- events')
    for e in rec['events']:
        mark=f"  <<ITEM #{samp[e['id']]}" if e['id'] in samp else ''
        print(f"{e['id']} [{e['trigger']['text']}] {e['type']}/{e['mode']} src={an(rec,e['source'])} tgt={an(rec,e['target'])} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} rep={e['reported_by']}{mark}")
        print('     S:', e['sentence']['text'].strip()[:300])
