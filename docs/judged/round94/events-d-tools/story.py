"""Print the full story text of given doc ids, and dateline's events for them (brief form)."""
import json, sys
ids = sys.argv[1:]
stories = {}
for l in open('/work/wt/j94d/data/heldout_news24/stories.jsonl'):
    d = json.loads(l)
    if d['id'] in ids:
        stories[d['id']] = d
out = {}
for l in open('/tmp/r93/heldout_news24.judge.jsonl'):
    d = json.loads(l)
    if d['id'] in ids:
        out[d['id']] = d['record']
def name(r, a):
    x = r['_actors'].get(a)
    return f"{x['name']}[{x['country']}/{x['sector']}]" if x else a
for i in ids:
    s = stories[i]
    print('=' * 20, i, s['date'], s['title'])
    print(s['text'])
    r = out.get(i)
    if r:
        r['_actors'] = {a['id']: a for a in r['actors']}
        for e in r.get('events', []):
            print('  EV', e['id'], repr(e['trigger']['text']), e['type'], e.get('mode'), [name(r, a) for a in e['source']], '->', [name(r, a) for a in e['target']], e['date'].get('value'), e['date'].get('basis'), e['modality'], '|', e['sentence']['text'][:70].strip())
    print()
