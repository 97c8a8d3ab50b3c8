"""Print a story's text and every dateline event in it (trigger/type/args), for context and duplicate checks."""
import json, sys
docs = sys.argv[1:]
stories = {}
for l in open('/work/wt/j119b/data/heldout_news37/stories.jsonl'):
    r = json.loads(l)
    if r['id'] in docs: stories[r['id']] = r
recs = {}
for l in open('/tmp/r119/heldout_news37.judge.jsonl'):
    r = json.loads(l)
    if r['id'] in docs: recs[r['id']] = r['record']
mine = {}
for l in open('events-b-items.jsonl'):
    r = json.loads(l); mine[(r['doc'], r['event_id'])] = r['n']
for d in docs:
    s = stories[d]; rec = recs[d]
    actors = {a['id']: a for a in rec.get('actors', [])}
    def nm(ids):
        return [actors[i].get('name', i) if i in actors else i for i in ids]
    print('=' * 100); print(d, s['date'], s['title']); print(s['text'])
    for e in rec.get('events', []):
        n = mine.get((d, e['id']))
        print('  EV %s%s | %s | %s/%s | %s -> %s | %s %s | %s' % (e['id'], ' (ITEM %s)' % n if n else '', e['trigger']['text'], e['type'], e['mode'],
              nm(e['source']), nm(e['target']), e['date']['value'], e['date']['basis'], e['modality']))
        print('        S:', e['sentence']['text'][:160].strip())
