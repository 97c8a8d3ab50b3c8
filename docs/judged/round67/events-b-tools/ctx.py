"""Print, per item, the full story (once per doc) and all dateline events in the item's sentence."""
import json, sys
items = [json.loads(l) for l in open('events-b-items.jsonl')]
stories = {}
for l in open('/work/wt/j67b/data/heldout_news11/stories.jsonl'):
    s = json.loads(l); stories[s['id']] = s
recs = {}
for l in open('/tmp/r67/heldout_news11.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
lo, hi = int(sys.argv[1]), int(sys.argv[2])
shown = set()
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a.get('text') or a.get('name')}[{a.get('country')}]"
    return aid
for it in items:
    if not lo <= it['n'] <= hi: continue
    d = it['doc']; rec = recs[d]
    if d not in shown:
        shown.add(d)
        s = stories[d]
        print('=' * 100); print(d, s['date'], s['title']); print(s['text']); print('-' * 100)
        print('ALL EVENTS of doc:')
        for e in rec['events']:
            print(f"  {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r} src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} date={e['date'].get('value')} {e['modality']} | {e['sentence']['text'][:90]!r}")
    print(f"\n#{it['n']} {d} {it['event_id']} trig={it['trigger']!r} {it['type']}/{it['mode']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']}")
    print('   SENT:', it['sentence'].strip())
