"""Dump the full stories of the sampled docs (items + paragraphs) with all of dateline's events.

usage: python3 events-d-tools/dump_stories.py > events-d-tools/stories.txt
Items in the sample are marked with '*' and their item number.
"""
import json
items = [json.loads(l) for l in open('events-d-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
docs = sorted({i['doc'] for i in items} | {p['doc'] for p in paras})
stories = {}
for l in open('/work/wt/j133d/data/heldout_news44/stories.jsonl'):
    r = json.loads(l)
    if r['id'] in docs: stories[r['id']] = r
recs = {}
for l in open('/tmp/r133/heldout_news44.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs: recs[r['id']] = r['record']
for d in docs:
    s = stories[d]
    print('=' * 100); print(d, s['date'], s['title']); print(s['text']); print()
    r = recs[d]
    act = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in r['actors']}
    for e in r['events']:
        n = [i['n'] for i in items if i['doc'] == d and i['event_id'] == e['id']]
        mark = f"*#{n[0]}" if n else '   '
        rep = e.get('reported_by')
        rep = act.get(rep, rep) if isinstance(rep, str) else rep
        print(f"  {mark} {e['id']} [{e['trigger']['text']}] {e['type']}/{e['mode']} src={[act.get(x,x) for x in e['source']]} "
              f"tgt={[act.get(x,x) for x in e['target']]} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} rep={rep}"
              f" | {e['sentence']['text'].strip()[:100]}")
    print()
