"""Print items FIRST..LAST of events-c-items.jsonl with the full story (once per doc) and
dateline's other events in the same sentence (for the duplicate check).
usage: ctx.py FIRST LAST"""
import json, sys
stories = {}
for l in open('/work/wt/j168c/data/heldout_news61/stories.jsonl'):
    s = json.loads(l); stories[s['id']] = s
recs = {}
for l in open('/tmp/r166/heldout_news61.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
items = [json.loads(l) for l in open('events-c-items.jsonl')]
a, b = int(sys.argv[1]), int(sys.argv[2])
shown = set()
for it in items:
    if not a <= it['n'] <= b: continue
    s = stories[it['doc']]
    print('=' * 100)
    print(f"#{it['n']} {it['doc']} {it['event_id']} docdate={it['document_date']} title={s['title']}")
    if it['doc'] not in shown:
        print('STORY:', s['text']); shown.add(it['doc'])
    else:
        print('STORY: (shown above)')
    print('-' * 40)
    print('SENT:', it['sentence'].strip())
    for k in ('trigger', 'type', 'mode', 'cameo', 'source', 'target', 'date', 'modality', 'reported_by', 'rule'):
        print(f'  {k}: {it[k]}')
    r = recs.get(it['doc'])
    if r:
        evs = r.get('events', [])
        acts = {a['id']: a for a in r.get('actors', [])}
        nm = lambda ids: [acts.get(i, {}).get('name', i) if isinstance(acts.get(i), dict) else i for i in ids]
        same = [e for e in evs if e['sentence']['text'].strip() == it['sentence'].strip() and e['id'] != it['event_id']]
        for e in same:
            print(f"  SAME-SENT {e['id']}: {e['trigger']['text']} {e['type']} {nm(e['source'])} -> {nm(e['target'])} {e['date'].get('value')} {e['modality']}")
