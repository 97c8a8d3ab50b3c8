"""Print, for each sampled doc, the story and all dateline events (compact), marking sampled items."""
import json, sys
here = '/work/wt/j146a/docs/judged/round146/'
items = [json.loads(l) for l in open(here + 'events-a-items.jsonl')]
paras = [json.loads(l) for l in open(here + 'paragraphs-a.jsonl')]
stories = {}
for l in open('/work/wt/j146a/data/heldout_news51/stories.jsonl'):
    s = json.loads(l); stories[s['id']] = s
recs = {}
for l in open('/tmp/r146/heldout_news51.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
docs = []
for it in items:
    if it['doc'] not in docs: docs.append(it['doc'])
if len(sys.argv) > 1 and sys.argv[1] == 'paras':
    docs = [p['doc'] for p in paras]
for d in docs:
    s = stories[d]; r = recs[d]
    act = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}]" for a in r['actors']}
    mine = {it['event_id']: it['n'] for it in items if it['doc'] == d}
    print('=' * 100); print(d, s['date'], s['title']); print(s['text']); print('-- events:')
    for e in r['events']:
        mark = f"  <== #{mine[e['id']]}" if e['id'] in mine else ''
        print(f"  {e['id']} [{e['sentence']['start']}] {e['trigger']['text']!r} {e['type']}/{e['mode']} "
              f"src={[act.get(x,x) for x in e['source']]} tgt={[act.get(x,x) for x in e['target']]} "
              f"date={e['date']['value']}({e['date']['basis']}) {e['modality']}{mark}")
