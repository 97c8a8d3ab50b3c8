"""Print, for each item, the story date and all dateline events in the same sentence (duplicate check)."""
import json, sys
recs = {}
for l in open('/tmp/r85/heldout_news20.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
items = [json.loads(l) for l in open('events-c-items.jsonl')]
lo, hi = int(sys.argv[1]), int(sys.argv[2])
for it in items:
    if not (lo <= it['n'] <= hi): continue
    rec = recs[it['doc']]
    acts = {a['id']: a for a in rec.get('actors', [])}
    name = lambda ids: [acts.get(i, {}).get('name', i) if isinstance(acts.get(i), dict) else i for i in ids]
    print(f"#{it['n']} {it['doc']} {it['event_id']} docdate={rec['document_date']}")
    for e in rec['events']:
        if e['sentence']['text'].strip() == it['sentence'].strip():
            mark = '*' if e['id'] == it['event_id'] else ' '
            print('  ', mark, e['id'], e['trigger']['text'], e['type'], e['mode'], name(e['source']), '->', name(e['target']), e['date']['value'], e['modality'])
