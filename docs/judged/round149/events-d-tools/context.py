"""Print, for each sampled item, the full story (once per doc) and every dateline event
found in the item's sentence (for the duplicate check)."""
import json, sys
ITEMS = 'events-d-items.jsonl'
STORIES = '/work/wt/j149d/data/heldout_news52/stories.jsonl'
JUDGE = '/tmp/r149/heldout_news52.judge.jsonl'
lo, hi = int(sys.argv[1]), int(sys.argv[2])
items = [json.loads(l) for l in open(ITEMS)]
docs = {i['doc'] for i in items}
stories = {}
for l in open(STORIES):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
recs = {}
for l in open(JUDGE):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]"
    return aid
for it in items[lo - 1:hi]:
    d = it['doc']
    s = stories[d]
    print('=' * 100)
    print(f"#{it['n']} {d} {it['event_id']} date={s['date']} title={s.get('title')}")
    for k, p in enumerate(s['text'].split('\n')):
        if p.strip():
            print(f"  [{k}] {p}")
    rec = recs[d]
    print('  -- dateline events in the same sentence:')
    for e in rec['events']:
        if e['sentence']['text'] == it['sentence']:
            print(f"    {e['id']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} "
                  f"src={[actor(rec, a) for a in e['source']]} tgt={[actor(rec, a) for a in e['target']]} "
                  f"date={e['date'].get('value')} mod={e['modality']}")
