"""Print the full story of each doc given, with dateline's events (for duplicate checks)."""
import json, sys
stories = {}
for l in open('/work/wt/j171a/data/heldout_news62/stories.jsonl'):
    d = json.loads(l); stories[d['id']] = d
out = {}
for l in open('/tmp/r169/heldout_news62.judge.jsonl'):
    d = json.loads(l); out[d['id']] = d['record']
for doc in sys.argv[1:]:
    s = stories[doc]
    print('=' * 20, doc, s['date'], s['title'])
    print(s['text'])
    rec = out.get(doc)
    acts = {a['id']: a['name'] + '[%s/%s]' % (a.get('country'), a.get('sector')) for a in rec['actors']}
    for e in rec['events']:
        print('  EV', e['id'], repr(e['trigger']['text']), e['type'], e['mode'], [acts.get(x, x) for x in e['source']], '->',
              [acts.get(x, x) for x in e['target']], e['date'].get('value'), e['date'].get('basis'), e['modality'], '|', e['sentence']['text'][:70].strip())
