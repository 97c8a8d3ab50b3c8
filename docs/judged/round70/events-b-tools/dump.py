"""Print each sampled story (items and paragraphs of judge b) with dateline's events, per sentence."""
import json, sys
items = [json.loads(l) for l in open('events-b-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
docs = []
for x in items + paras:
    if x['doc'] not in docs:
        docs.append(x['doc'])
want = sys.argv[1:] or docs
stories = {}
for l in open('/work/wt/j70b/data/heldout_news12/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in want:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r69/heldout_news12.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in want:
        recs[r['id']] = r['record']
for d in want:
    s = stories[d]; rec = recs[d]
    actors = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in rec['actors']}
    print('=' * 100); print(d, s['date'], s['title'])
    samp = [f"#{x['n']}:{x['event_id']}" for x in items if x['doc'] == d]
    print('sampled:', samp, 'para' if any(p['doc'] == d for p in paras) else '')
    print(s['text'])
    print('--- events')
    for e in rec['events']:
        print(f"  {e['id']} [{e['sentence']['text'][:60]!r}] trig={e['trigger']['text']} {e['type']}/{e['mode']} {e['cameo']} "
              f"src={[actors.get(a, a) for a in e['source']]} tgt={[actors.get(a, a) for a in e['target']]} "
              f"date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} rep={actors.get(e['reported_by'])}")
