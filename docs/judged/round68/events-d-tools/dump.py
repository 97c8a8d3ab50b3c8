"""Print each sampled doc's story with all dateline events (for context and the duplicate check)."""
import json, sys
items = [json.loads(l) for l in open('events-d-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
docs = []
for d in [i['doc'] for i in items] + [p['doc'] for p in paras]:
    if d not in docs: docs.append(d)
stories = {}
for l in open('/work/wt/j68d/data/heldout_news11/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs: stories[s['id']] = s
recs = {}
for l in open('/tmp/r67/heldout_news11.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs: recs[r['id']] = r['record']
def actor(rec, a):
    for x in rec['actors']:
        if x['id'] == a:
            return f"{x.get('name')}[{x.get('country')}/{x.get('sector')}]"
    return a
for d in docs:
    s = stories[d]; rec = recs[d]
    print('=' * 100); print(d, s['date'], s['title']); print(s['text'])
    sampled = {i['event_id']: i['n'] for i in items if i['doc'] == d}
    print('--- events')
    for e in rec['events']:
        mark = f"  <== #{sampled[e['id']]}" if e['id'] in sampled else ''
        print(f"{e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} date={e['date']['value']} mod={e['modality']}{mark}\n     S: {e['sentence']['text'].strip()[:160]}")
