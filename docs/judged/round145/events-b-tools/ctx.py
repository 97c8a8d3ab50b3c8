"""Print, for items n1..n2 of events-b-items.jsonl, the full story (once per doc) and every
dateline event found in the same sentence (for the duplicate check)."""
import json, sys
items = [json.loads(l) for l in open('events-b-items.jsonl')]
recs = {}
for l in open('/tmp/r145/heldout_news50.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
stories = {}
for l in open('/work/wt/j145b/data/heldout_news50/stories.jsonl'):
    s = json.loads(l); stories[s['id']] = s
n1, n2 = int(sys.argv[1]), int(sys.argv[2])
shown = set()
for it in items:
    if not (n1 <= it['n'] <= n2): continue
    doc = it['doc']; rec = recs[doc]
    acts = {a['id']: a['name'] for a in rec['actors']}
    if doc not in shown and '-s' in sys.argv:
        shown.add(doc)
        s = stories[doc]
        print('=' * 30, doc, s['date'], s['title']); print(s['text']); print()
    ev = [e for e in rec['events'] if e['id'] == it['event_id']][0]
    print('--- #%d %s %s trig=%s' % (it['n'], doc, it['event_id'], it['trigger']))
    for e in rec['events']:
        if e['sentence']['start'] == ev['sentence']['start'] and e['id'] != ev['id']:
            print('   same-sentence:', e['id'], e['type'], e['mode'], e['trigger']['text'],
                  [acts.get(x, x) for x in e['source']], '->', [acts.get(x, x) for x in e['target']],
                  e['date']['value'], e['modality'])
