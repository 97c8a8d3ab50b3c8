"""Print, for each item, the full story (once per doc) and all dateline events in the item's sentence."""
import json, sys
items = [json.loads(l) for l in open('events-c-items.jsonl')]
recs = {}
for l in open('/tmp/r95/heldout_news25.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
stories = {}
for l in open('/work/wt/j96c/data/heldout_news25/stories.jsonl'):
    s = json.loads(l); stories[s['id']] = s
docs = {i['doc'] for i in items}
mode = sys.argv[1]
if mode == 'stories':
    for d in sorted(docs):
        s = stories[d]
        print('=' * 20, d, s['date'], s.get('title'))
        print(s['text']); print()
else:
    lo, hi = int(sys.argv[2]), int(sys.argv[3])
    for it in items:
        if not lo <= it['n'] <= hi: continue
        rec = recs[it['doc']]
        acts = {a['id']: a for a in rec['actors']} if isinstance(rec['actors'], list) else rec['actors']
        def nm(x):
            a = acts.get(x, {}); return a.get('text') or a.get('name') or x
        print(f"#{it['n']} {it['doc']} {it['event_id']} trig={it['trigger']} {it['type']}/{it['mode']}")
        for e in rec['events']:
            if e['sentence']['text'].strip() == it['sentence'].strip():
                print('   ', e['id'], e['trigger']['text'], e['type'], e['mode'], [nm(x) for x in e['source']], '->', [nm(x) for x in e['target']], e['date']['value'], e['modality'])
