"""Print each sampled story (full text) with dateline's events in it, marking the sampled items."""
import json, sys
R = '/work/wt/j166d/docs/judged/round166/'
items = [json.loads(l) for l in open(R + 'events-d-items.jsonl')]
paras = [json.loads(l) for l in open(R + 'paragraphs-d.jsonl')]
want = {}
for it in items:
    want.setdefault(it['doc'], []).append((it['n'], it['event_id']))
for p in paras:
    want.setdefault(p['doc'], []).append(('P', None))
stories = {}
for l in open('/work/wt/j166d/data/heldout_news61/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in want:
        stories[d['id']] = d
recs = {}
for l in open('/tmp/r166/heldout_news61.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in want:
        recs[d['id']] = d['record']
sel = sys.argv[1:] or sorted(want)
for doc in sel:
    s = stories[doc]; r = recs[doc]
    act = {a['id']: f"{a['name']}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]" for a in r['actors']}
    print('=' * 100); print(doc, s['date'], s['title'], '| sampled:', want[doc]); print(s['text'])
    print('--- dateline events')
    for e in r['events']:
        mark = [n for n, eid in want[doc] if eid == e['id']]
        print(f"  {e['id']}{' *#'+str(mark[0]) if mark else ''} [{e['trigger']['text']}] {e['type']}/{e['mode']} "
              f"{[act.get(x,x) for x in e['source']]} -> {[act.get(x,x) for x in e['target']]} "
              f"date={e['date']['value']}({e['date']['basis']}) {e['modality']} rep={e.get('reported_by')} :: {e['sentence']['text'].strip()[:110]}")
