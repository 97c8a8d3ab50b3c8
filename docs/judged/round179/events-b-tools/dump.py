"""Print each sampled story (text) and all dateline events in it, for judge b."""
import json, sys
items = [json.loads(l) for l in open('events-b-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
docs = []
for x in items + paras:
    if x['doc'] not in docs:
        docs.append(x['doc'])
want = set(sys.argv[1:]) or set(docs)
recs = {}
for l in open('/tmp/r177/heldout_news66.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in want:
        recs[d['id']] = d['record']
stories = {}
for l in open('/work/wt/j179b/data/heldout_news66/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in want:
        stories[d['id']] = d
for doc in docs:
    if doc not in want: continue
    s = stories[doc]; r = recs[doc]
    acts = {a['id']: a for a in r['actors']}
    def nm(ids):
        out = []
        for i in ids:
            a = acts.get(i)
            out.append(f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" if a else i)
        return out
    mine = [x['n'] for x in items if x['doc'] == doc]
    print('=' * 100)
    print(doc, s['date'], s['title'], 'items', mine)
    print(s['text'])
    print('--- events')
    for e in r['events']:
        print(f"  {e['id']} [{e['sentence']['start']}] trig={e['trigger']['text']!r} {e['type']}/{e['mode']} {e['cameo']} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date'].get('value')}({e['date'].get('basis')}) mod={e['modality']} rep={nm([e['reported_by']]) if e['reported_by'] else None}")
        print(f"       S: {e['sentence']['text'].strip()[:300]}")
