"""List all dateline events of the given docs: id, trigger, type, source/target names, date, sentence start."""
import json, sys
want = set(sys.argv[1:])
for l in open('/tmp/integ73/h2_final.jsonl'):
    d = json.loads(l)
    if d['id'] not in want:
        continue
    r = d['record']
    acts = {a['id']: a for a in r['actors']}
    name = lambda ids: [acts[i].get('name', acts[i].get('text', i)) if i in acts else i for i in ids]
    print('=====', d['id'])
    for e in r['events']:
        print(e['id'], e['trigger']['text'], e['type'], e.get('mode'), name(e['source']), '->', name(e['target']),
              e['date'].get('value'), e['modality'], '|', e['sentence']['text'][:90].replace('\n', ' '))
