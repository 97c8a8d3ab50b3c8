# print a story's text and dateline's events (id, trigger, type, src->tgt, date, modality, sentence start) for one doc
import json, sys
doc = sys.argv[1]
for l in open('/work/wt/j166b/data/heldout_news61/stories.jsonl'):
    s = json.loads(l)
    if s['id'] == doc:
        print(s['id'], s['date'], s['title']); print(s['text']); break
for l in open('/tmp/r166/heldout_news61.judge.jsonl'):
    r = json.loads(l)
    if r['id'] == doc:
        rec = r['record']
        act = {a['id']: a for a in rec.get('actors', [])}
        nm = lambda ids: [act.get(i, {}).get('name', i) if isinstance(act.get(i), dict) else i for i in ids]
        for e in rec.get('events', []):
            print('--', e['id'], e['trigger']['text'], e['type'], e.get('mode'), nm(e['source']), '->', nm(e['target']),
                  e['date'].get('value'), e['date'].get('basis'), e['modality'], '| S@', e['sentence']['start'], e['sentence']['text'][:70].strip())
