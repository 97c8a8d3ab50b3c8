"""Print each sampled doc's story with all dateline events per sentence, marking sampled items.

usage: story.py ITEMS.jsonl PARAGRAPHS.jsonl RECORDS.jsonl STORIES.jsonl > out.txt
"""
import json, sys

items = [json.loads(l) for l in open(sys.argv[1])]
paras = [json.loads(l) for l in open(sys.argv[2])]
recs = {}
for l in open(sys.argv[3]):
    d = json.loads(l); recs[d['id']] = d['record']
stories = {}
for l in open(sys.argv[4]):
    d = json.loads(l); stories[d['id']] = d

docs = []
for it in items + paras:
    if it['doc'] not in docs:
        docs.append(it['doc'])
sampled = {}
for it in items:
    sampled[(it['doc'], it['event_id'])] = it['n']
pdocs = {p['doc'] for p in paras}

def actor(r, aid):
    for a in r['actors']:
        if a['id'] == aid:
            return f"{a.get('name')}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]"
    return aid

for doc in docs:
    r = recs[doc]; s = stories[doc]
    print('=' * 100)
    print(doc, s['date'], s['title'], '(PARAGRAPH DOC)' if doc in pdocs else '')
    print('-' * 100)
    print(s['text'])
    print('-' * 100)
    for e in r['events']:
        mark = f"**#{sampled[(doc, e['id'])]}**" if (doc, e['id']) in sampled else ''
        src = [actor(r, a) for a in e['source']]; tgt = [actor(r, a) for a in e['target']]
        rep = actor(r, e['reported_by']) if e.get('reported_by') else None
        print(f"{mark} {e['id']} sent@{e['sentence']['start']} trig='{e['trigger']['text']}' {e['type']}/{e['mode']} src={src} tgt={tgt} date={e['date'].get('value')}({e['date'].get('basis')}) mod={e['modality']} rep={rep}")
        print(f"      SENT: {e['sentence']['text'].strip()[:300]}")
