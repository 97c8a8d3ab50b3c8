"""Print each sampled story (items + paragraphs) with its dateline events, marking sampled items.
usage: python3 dump.py > /tmp/j151b_dump.txt"""
import json, datetime
items=[json.loads(l) for l in open('events-b-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-b.jsonl')]
docs=[]
for d in [i['doc'] for i in items]+[p['doc'] for p in paras]:
    if d not in docs: docs.append(d)
stories={}
for l in open('/work/wt/j151b/data/heldout_news52/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
recs={}
for l in open('/tmp/r149/heldout_news52.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
samp={(i['doc'],i['event_id']):i['n'] for i in items}
for d in docs:
    s=stories[d]; rec=recs[d]
    dd=datetime.date.fromisoformat(s['date'])
    print('='*100); print(d, s['date'], dd.strftime('%A'), '|', s['title'])
    print(s['text'])
    act={a['id']:a for a in rec['actors']}
    def nm(ids): return [f"{act[x]['name']}[{act[x]['country']}/{act[x]['sector']}/{act[x]['kind']}]" for x in ids]
    print('--- events')
    for e in rec['events']:
        mark = f"  <<< ITEM #{samp[(d,e['id'])]}" if (d,e['id']) in samp else ''
        print(f"{e['id']} @{e['sentence']['start']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} rep={nm([e['reported_by']]) if e['reported_by'] else None}{mark}")
        print('     S:', e['sentence']['text'].strip()[:400])
