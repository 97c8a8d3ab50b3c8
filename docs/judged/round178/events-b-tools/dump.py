"""Print each sampled story with all of dateline's events (compact), for reading."""
import json, sys
items = [json.loads(l) for l in open('events-b-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
docs = {}
for it in items: docs.setdefault(it['doc'], []).append(it['n'])
for p in paras: docs.setdefault(p['doc'], []).append('P')
stories = {}
for l in open('/work/wt/j178b/data/heldout_news67/stories.jsonl'):
    r = json.loads(l)
    if r['id'] in docs: stories[r['id']] = r
recs = {}
for l in open('/tmp/r178/heldout_news67.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs: recs[r['id']] = r['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a.get('name')}[{a.get('country')}/{a.get('sector') if 'sector' in a else a.get('agent')}]"
    return aid
for d in sorted(docs):
    s = stories[d]; rec = recs[d]
    print('=' * 100); print(d, s['date'], s['title'], 'ITEMS', docs[d]); print(s['text'])
    print('--- dateline events')
    for e in rec['events']:
        src = [actor(rec, a) for a in e['source']]; tgt = [actor(rec, a) for a in e['target']]
        print(f"  {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={src} tgt={tgt} date={e['date']['value']}({e['date']['basis']}) {e['modality']} | {e['sentence']['text'][:90]}")
