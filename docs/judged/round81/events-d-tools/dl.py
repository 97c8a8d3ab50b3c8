"""Print all dateline events of the given docs (for the duplicate check)."""
import json, sys
want = sys.argv[1:]
for l in open('/tmp/r81/heldout_news18.judge.jsonl'):
    d = json.loads(l)
    if d['id'] not in want:
        continue
    r = d['record']
    act = {a['id']: f"{a['name']}[{a['country']}/{a['sector']}]" for a in r['actors']}
    for e in r['events']:
        print(d['id'], e['id'], repr(e['trigger']['text']), e['type'], e['mode'],
              [act.get(x, x) for x in e['source']], '->', [act.get(x, x) for x in e['target']],
              e['date'].get('value'), e['date'].get('basis'), e['modality'], '|', e['sentence']['text'].strip()[:100])
