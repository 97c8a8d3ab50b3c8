"""Print the full stories of the sampled docs (items and paragraphs), with all of dateline's events.

usage (from docs/judged/round71): python events-a-tools/stories.py [DOC ...]
"""
import json, sys
items = [json.loads(l) for l in open('events-a-items.jsonl')]
paras = [json.loads(l) for l in open('paragraphs-a.jsonl')]
docs = []
for x in [i['doc'] for i in items] + [p['doc'] for p in paras]:
    if x not in docs:
        docs.append(x)
want = set(sys.argv[1:]) or set(docs)
stories, recs = {}, {}
for l in open('/work/wt/j71a/data/heldout_news13/stories.jsonl'):
    r = json.loads(l)
    if r['id'] in want:
        stories[r['id']] = r
for l in open('/tmp/r71/heldout_news13.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in want:
        recs[r['id']] = r['record']


def actor(a):
    return f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]"


for d in docs:
    if d not in want:
        continue
    s = stories[d]
    print('=' * 100)
    print(d, s['date'], s.get('title'))
    print(s['text'])
    r = recs[d]
    acts = {a['id']: a for a in r['actors']}
    mine = {i['event_id']: i['n'] for i in items if i['doc'] == d}
    print('--- dateline events:', len(r['events']))
    for e in r['events']:
        tag = f"  <== ITEM #{mine[e['id']]}" if e['id'] in mine else ''
        src = [actor(acts[x]) if x in acts else x for x in e['source']]
        tgt = [actor(acts[x]) if x in acts else x for x in e['target']]
        print(f" {e['id']} [{e['trigger']['text']}] {e['type']}/{e['mode']} src={src} tgt={tgt} "
              f"date={e['date']['value']}({e['date']['basis']}) mod={e['modality']}{tag}")
        print('      S:', e['sentence']['text'].strip()[:200])
