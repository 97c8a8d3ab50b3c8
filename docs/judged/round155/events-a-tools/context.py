"""Print, per sampled doc, the story (title, date, text) and all dateline events with actors, marking sampled items.

usage: context.py RECORDS.jsonl ITEMS.jsonl STORIES.jsonl [PARAGRAPHS.jsonl] > out.txt
"""
import json, sys

recs = {}
for line in open(sys.argv[1]):
    r = json.loads(line); recs[r['id']] = r['record']
items = [json.loads(l) for l in open(sys.argv[2])]
stories = {}
for line in open(sys.argv[3]):
    s = json.loads(line); stories[s['id']] = s
docs = []
for it in items:
    if it['doc'] not in docs: docs.append(it['doc'])
if len(sys.argv) > 4:
    for l in open(sys.argv[4]):
        d = json.loads(l)['doc']
        if d not in docs: docs.append(d)
mine = {(it['doc'], it['event_id']): it['n'] for it in items}

def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a.get('name')}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]"
    return aid

for d in docs:
    s = stories[d]; rec = recs[d]
    print('=' * 100); print(d, s['date'], s['title']); print(s['text']); print('-- events')
    for e in rec['events']:
        tag = f"  <<#{mine[(d, e['id'])]}" if (d, e['id']) in mine else ''
        print(f"{e['id']} [{e['sentence']['start']}] trig={e['trigger']['text']!r} {e['type']}/{e['mode']} "
              f"src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} "
              f"date={e['date']['value']}({e['date']['basis']}) mod={e['modality']}{tag}")
        print('     S:', e['sentence']['text'].strip()[:300])
