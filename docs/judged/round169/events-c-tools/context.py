"""Print, per sampled doc, the story and every item with all dateline events of its sentence."""
import json, sys
JUDGE = '/tmp/r169/heldout_news62.judge.jsonl'
STORIES = '/work/wt/j169c/data/heldout_news62/stories.jsonl'
items = [json.loads(l) for l in open('events-c-items.jsonl')]
lo, hi = int(sys.argv[1]), int(sys.argv[2])
items = [i for i in items if lo <= i['n'] <= hi]
docs = {i['doc'] for i in items}
recs = {}
for l in open(JUDGE):
    r = json.loads(l)
    if r['id'] in docs:
        recs[r['id']] = r['record']
stories = {}
for l in open(STORIES):
    s = json.loads(l)
    if s['id'] in docs:
        stories[s['id']] = s
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]"
    return aid
shown = set()
for it in items:
    d = it['doc']; rec = recs[d]
    if d not in shown and '--story' in sys.argv:
        shown.add(d)
        s = stories[d]
        print('=' * 100); print(d, s['date'], s['title']); print(s['text']); print('=' * 100)
    print(f"\n#{it['n']} {d} {it['event_id']} docdate={it['document_date']}")
    print('  SENT:', it['sentence'].strip())
    ev = next(e for e in rec['events'] if e['id'] == it['event_id'])
    for e in rec['events']:
        if e['sentence']['start'] == ev['sentence']['start']:
            mark = '>>' if e['id'] == ev['id'] else '  '
            print(f"  {mark}{e['id']} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} cameo={e['cameo']} "
                  f"src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} "
                  f"date={e['date'].get('value')}({e['date'].get('basis')}) mod={e['modality']} rep={e['reported_by']} rule={e['rule']}")
