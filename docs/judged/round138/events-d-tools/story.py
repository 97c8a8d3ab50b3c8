"""Print a story (numbered paragraphs) and dateline's events in it: python story.py DOC"""
import json, sys
doc = sys.argv[1]
for l in open('/work/wt/j138d/data/heldout_news46/stories.jsonl'):
    d = json.loads(l)
    if d['id'] == doc:
        print(d['id'], d['date'], d['title'])
        for i, p in enumerate(d['text'].split('\n\n')):
            print(f'[{i}] {p}')
for l in open('/tmp/r137/heldout_news46.judge.jsonl'):
    d = json.loads(l)
    if d['id'] == doc:
        r = d['record']
        actors = {a['id']: f"{a['name']}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]" for a in r['actors']}
        evs = r.get('events', [])
        print('--- dateline events:', len(evs))
        for e in evs:
            print(f"{e['id']} s@{e['sentence']['start']} '{e['trigger']['text']}' {e['type']}/{e['mode']}",
                  'S=', [actors.get(x, x) for x in e['source']], 'T=', [actors.get(x, x) for x in e['target']],
                  e['date'].get('value'), e['date'].get('basis'), e['modality'], 'rep=', actors.get(e.get('reported_by'), e.get('reported_by')))
