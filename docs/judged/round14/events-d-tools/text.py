"""Print full text of a doc and its events (compact)."""
import json, sys
want = set(sys.argv[1:])
for line in open('/tmp/r14/new.jsonl'):
    d = json.loads(line)
    if d['id'] in want:
        r = d['record']
        print('#####', d['id'], r['document_date']); print(r['text'])
        for e in r['events']:
            t = r['text']
            print('  ', e['id'], e['type'], e.get('mode'), t[e['trigger']['start']:e['trigger']['end']], e['source'], e['target'], e['date'].get('value'), e['modality'])
        print('  actors:', [(a['id'], a['name'], a['country']) for a in r['actors']])
