"""Print, for each sampled doc, the full story and all dateline events (compact), marking sampled items."""
import json, sys
items = [json.loads(l) for l in open('events-c-items.jsonl')]
stories = {}
for l in open('/work/wt/j149c/data/heldout_news52/stories.jsonl'):
    d = json.loads(l); stories[d['id']] = d
recs = {}
for l in open('/tmp/r149/heldout_news52.judge.jsonl'):
    d = json.loads(l); recs[d['id']] = d['record']
docs = []
for it in items:
    if it['doc'] not in docs: docs.append(it['doc'])
sel = sys.argv[1:] 
for doc in docs:
    if sel and doc not in sel: continue
    s = stories[doc]; r = recs[doc]
    acts = {a['id']: a for a in r['actors']}
    mine = {it['event_id']: it['n'] for it in items if it['doc'] == doc}
    print('=' * 100); print(doc, s['date'], s['title']); print(s['text'])
    print('--- events')
    for e in r['events']:
        def nm(ids): return [acts[i].get('name') or acts[i].get('text') for i in ids]
        mark = ('  <<< #%d' % mine[e['id']]) if e['id'] in mine else ''
        print(f"{e['id']} [{e['sentence']['start']}] {e['trigger']['text']!r} {e['type']}/{e['mode']} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date'].get('value')}({e['date'].get('basis')}) {e['modality']}{mark}")
