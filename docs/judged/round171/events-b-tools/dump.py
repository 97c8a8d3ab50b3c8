"""Print each sampled doc's full story once, then each item with all dateline events in its sentence."""
import json, sys
items = [json.loads(l) for l in open('events-b-items.jsonl')]
stories = {}
for l in open('/work/wt/j171b/data/heldout_news62/stories.jsonl'):
    s = json.loads(l); stories[s['id']] = s
recs = {}
for l in open('/tmp/r169/heldout_news62.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
lo, hi = int(sys.argv[1]), int(sys.argv[2])
seen = set()
for it in items:
    if not (lo <= it['n'] <= hi): continue
    d = it['doc']
    if d not in seen:
        seen.add(d); s = stories[d]
        print('=' * 100); print(d, s['date'], s['title']); print(s['text']); print('-' * 100)
    rec = recs[d]; actors = {a['id']: a for a in rec['actors']}
    print(f"## #{it['n']} {d} {it['event_id']} trig={it['trigger']!r} {it['type']}/{it['mode']} cameo={it['cameo']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']} rule={it['rule']}")
    print('   SENT:', it['sentence'].strip())
    for e in rec['events']:
        if e['sentence']['text'].strip() == it['sentence'].strip() and e['id'] != it['event_id']:
            nm = lambda ids: [actors[i].get('name', i) if i in actors else i for i in ids]
            print(f"   other {e['id']} trig={e['trigger']['text']!r} {e['type']} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date'].get('value')} mod={e['modality']}")
