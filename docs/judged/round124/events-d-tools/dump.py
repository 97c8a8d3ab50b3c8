"""Print the full story of each sampled doc (in item order) with all of dateline's events in it,
marking sampled items. usage: dump.py ITEMS.jsonl STORIES.jsonl RECORDS.jsonl"""
import json, sys
items = [json.loads(l) for l in open(sys.argv[1])]
docs = []
for i in items:
    if i['doc'] not in docs: docs.append(i['doc'])
for p in open('paragraphs-d.jsonl'):
    d = json.loads(p)['doc']
    if d not in docs: docs.append(d)
stories = {}
for l in open(sys.argv[2]):
    s = json.loads(l)
    if s['id'] in docs: stories[s['id']] = s
recs = {}
for l in open(sys.argv[3]):
    r = json.loads(l)
    if r['id'] in docs: recs[r['id']] = r['record']
for d in docs:
    s = stories[d]; r = recs[d]
    actors = {a['id']: a for a in r.get('actors', [])}
    def an(ids):
        out = []
        for x in ids:
            a = actors.get(x, {})
            out.append(f"{a.get('name', a.get('text', x))}[{a.get('country')}]")
        return out
    print('=' * 30, d, s['date'], s['title'])
    print(s['text'])
    mine = {i['event_id']: i['n'] for i in items if i['doc'] == d}
    print('-- dateline events:')
    for e in r['events']:
        mark = f"  <== #{mine[e['id']]}" if e['id'] in mine else ''
        print(f"  {e['id']} [{e['trigger']['text']}] {e['type']}/{e['mode']} {an(e['source'])} -> {an(e['target'])} {e['date'].get('value')} {e['modality']} | {e['sentence']['text'][:90]!r}{mark}")
