"""Print each sampled story (document date, text) and dateline's events per sentence, for judging."""
import json, sys
items = [json.loads(l) for l in open('events-b-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
want = sys.argv[1:] or sorted({i['doc'] for i in items} | {p['doc'] for p in paras})
stories = {}
for l in open('/work/wt/j98b/data/heldout_news26/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in want: stories[d['id']] = d
recs = {}
for l in open('/tmp/r98/heldout_news26.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in want: recs[d['id']] = d['record']
for doc in want:
    s = stories[doc]; r = recs[doc]
    actors = {a['id']: a for a in r.get('actors', [])}
    def name(x):
        a = actors.get(x, {})
        return f"{a.get('name', a.get('text', x))}[{a.get('country')}]"
    sampled = {i['event_id']: i['n'] for i in items if i['doc'] == doc}
    print('=' * 100); print(doc, s['date'], s.get('title')); print(s['text']); print('--- events')
    for e in r['events']:
        tag = f"  <== #{sampled[e['id']]}" if e['id'] in sampled else ''
        print(f"{e['id']} [{e['sentence']['start']}] {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={[name(x) for x in e['source']]} tgt={[name(x) for x in e['target']]} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']}{tag}")
        print('     S:', e['sentence']['text'].strip()[:300])
