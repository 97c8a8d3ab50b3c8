"""Print full story text and dateline's events (compact) for given docs."""
import json, sys
docs = sys.argv[1:]
stories = {}
for l in open('/work/wt/j101d/data/heldout_news28/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in docs: stories[d['id']] = d
recs = {}
for l in open('/tmp/r101/heldout_news28.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in docs: recs[d['id']] = d['record']
for doc in docs:
    s = stories[doc]
    print('=' * 30, doc, s['date'], s.get('title'))
    print(s['text'])
    r = recs.get(doc, {})
    acts = {a['id']: a for a in r.get('actors', [])}
    def nm(ids):
        return [acts[i].get('name') if i in acts else i for i in (ids or [])]
    for e in r.get('events', []):
        print('  EV', e['id'], e['type'], e.get('mode'), repr(e['trigger']['text']), 'S', nm(e['source']), 'T', nm(e['target']), e['date']['value'], e['date']['basis'], e['modality'], '| sent@', e['sentence']['start'])
