"""Print each sampled story (item docs + paragraph docs) with dateline's events grouped by sentence."""
import json, sys
items = [json.loads(l) for l in open('events-a-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-a.jsonl')]
docs = sorted({i['doc'] for i in items} | {p['doc'] for p in paras})
if len(sys.argv) > 1:
    docs = [d for d in docs if d in sys.argv[1:]]
stories = {}
for l in open('/work/wt/j116a/data/heldout_news35/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r116/heldout_news35.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
for d in docs:
    s = stories[d]; r = recs[d]
    actors = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}]" for a in r['actors']}
    sampled = {i['event_id']: i['n'] for i in items if i['doc'] == d}
    print('=' * 100); print(d, s['date'], s.get('title')); print(s['text']); print('--- events')
    for e in r['events']:
        tag = f" <== #{sampled[e['id']]}" if e['id'] in sampled else ''
        print(f"  {e['id']} [{e['trigger']['text']}] {e['type']}/{e['mode']} {[actors.get(x,x) for x in e['source']]} -> {[actors.get(x,x) for x in e['target']]} {e['date']['value']}({e['date']['basis']}) {e['modality']}{tag}")
        print(f"      S: {e['sentence']['text'].strip()[:200]}")
