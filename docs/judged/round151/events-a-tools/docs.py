"""Print each sampled doc's story with all dateline events (compact), marking sampled items.
usage: docs.py > out.txt
"""
import json, sys
ITEMS = [json.loads(l) for l in open('events-a-items.jsonl')]
PARAS = [json.loads(l) for l in open('paragraphs-a.jsonl')]
docs = []
for x in ITEMS + PARAS:
    if x['doc'] not in docs:
        docs.append(x['doc'])
stories = {}
for l in open('/work/wt/j151a/data/heldout_news52/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r149/heldout_news52.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]"
    return aid
for d in docs:
    s = stories[d]; rec = recs[d]
    sampled = {i['event_id']: i['n'] for i in ITEMS if i['doc'] == d}
    print('=' * 100)
    print(d, s['date'], '|', s['title'])
    print(s['text'])
    print('--- dateline events')
    for e in rec['events']:
        mark = f"#{sampled[e['id']]}" if e['id'] in sampled else '  '
        print(f" {mark:4} {e['id']} [{e['sentence']['start']}] trig={e['trigger']['text']!r} {e['type']}/{e['mode']} {e['cameo']} "
              f"src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} "
              f"date={e['date'].get('value')}({e['date'].get('basis')}) mod={e['modality']} rep={actor(rec,e['reported_by']) if e['reported_by'] else None}")
        print(f"        S: {e['sentence']['text'][:300].strip()}")
