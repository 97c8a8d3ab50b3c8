"""Print each sampled story (items + paragraphs docs) with all of dateline's events in it."""
import json, sys
items = [json.loads(l) for l in open('events-b-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
docs = []
for x in items + paras:
    if x['doc'] not in docs:
        docs.append(x['doc'])
stories = {}
for l in open('/work/wt/j180b/data/heldout_news67/stories.jsonl'):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
recs = {}
for l in open('/tmp/r178/heldout_news67.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
want = sys.argv[1:] or docs
for d in want:
    s = stories[d]; r = recs[d]
    actors = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in r['actors']}
    print('=' * 100)
    print(d, s['date'], s['title'])
    print(s['text'])
    print('--- dateline events')
    sampled = {x['event_id'] for x in items if x['doc'] == d}
    for e in r['events']:
        mark = '*' if e['id'] in sampled else ' '
        print(f"{mark}{e['id']} [{e['sentence']['text'][:60]}] trig={e['trigger']['text']} {e['type']}/{e['mode']} "
              f"src={[actors.get(a,a) for a in e['source']]} tgt={[actors.get(a,a) for a in e['target']]} "
              f"date={e['date']['value']}/{e['date']['basis']} mod={e['modality']}")
