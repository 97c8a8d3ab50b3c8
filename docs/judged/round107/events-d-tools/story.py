"""Print a story (title, date, text) and all of dateline's events in it, marking sampled items."""
import json, sys
docs = sys.argv[1:]
items = [json.loads(l) for l in open('events-d-items.jsonl')]
stories = {}
for l in open('/work/wt/j107d/data/heldout_news31/stories.jsonl'):
    d = json.loads(l); stories[d['id']] = d
recs = {}
for l in open('/tmp/r107/heldout_news31.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in docs: recs[d['id']] = d['record']
for doc in docs:
    s = stories[doc]
    print('=' * 100); print(doc, s['date'], s['title']); print(s['text'])
    r = recs[doc]
    acts = {a['id']: a for a in r['actors']}
    def nm(ids):
        out = []
        for i in ids:
            a = acts.get(i, {})
            out.append(f"{a.get('name') or a.get('text')}[{a.get('country')}]")
        return out
    print('--- events')
    mine = {(it['doc'], it['event_id']): it['n'] for it in items}
    for e in r['events']:
        tag = f"#{mine[(doc, e['id'])]}" if (doc, e['id']) in mine else '  '
        print(tag, e['id'], e['type'], e['mode'], repr(e['trigger']['text']), 'S', nm(e['source']), 'T', nm(e['target']), e['date']['value'], e['date']['basis'], e['modality'], '| ', e['sentence']['text'][:110])
