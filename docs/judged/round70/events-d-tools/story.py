"""Print a story's text, its date and dateline's events (compact) for the given doc ids."""
import json, sys
stories = {}
for l in open('/work/wt/j70d/data/heldout_news12/stories.jsonl'):
    s = json.loads(l); stories[s['id']] = s
recs = {}
for l in open('/tmp/r69/heldout_news12.judge.jsonl'):
    r = json.loads(l); recs[r['id']] = r['record']
for d in sys.argv[1:]:
    s = stories[d]; r = recs[d]
    acts = {a['id']: a['name'] for a in r['actors']}
    print('=' * 20, d, s['date'], s.get('title'))
    print(s['text'])
    print('-- dateline events:')
    for e in r['events']:
        print(' ', e['id'], e['trigger']['text'], e['type'], e.get('mode'), [acts.get(x, x) for x in e['source']], '->',
              [acts.get(x, x) for x in e['target']], e['date']['value'], e['modality'], '| sent@', e['sentence']['start'])
    print()
