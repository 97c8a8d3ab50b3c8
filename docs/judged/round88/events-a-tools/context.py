"""Print, for each sampled doc, the story and all dateline events (for the duplicate check)."""
import json, sys
items = [json.loads(l) for l in open('events-a-items.jsonl')]
docs = []
for it in items:
    if it['doc'] not in docs: docs.append(it['doc'])
stories = {}
for l in open('/work/wt/j88a/data/heldout_news21/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in docs: stories[d['id']] = d
recs = {}
for l in open('/tmp/r87/heldout_news21.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in docs: recs[d['id']] = d['record']
sel = sys.argv[1:] or docs
for doc in sel:
    s = stories[doc]; r = recs[doc]
    acts = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}]" for a in r['actors']}
    mine = [str(it['n']) + ':' + it['event_id'] for it in items if it['doc'] == doc]
    print('=' * 100); print(doc, s['date'], s['title'], ' SAMPLED:', mine)
    print(s['text'])
    print('-- dateline events:')
    for e in r['events']:
        print(f"  {e['id']} [{e['sentence']['start']}] {e['trigger']['text']!r} {e['type']}/{e['mode']} "
              f"{[acts.get(a, a) for a in e['source']]} -> {[acts.get(a, a) for a in e['target']]} "
              f"{e['date']['value']}/{e['date']['basis']} {e['modality']}")
