"""Print a story's full text and dateline's events (id, trigger, type, source, target) for reading."""
import json, sys
ids = set(sys.argv[1:])
for line in open('/tmp/r16/new.jsonl'):
    r = json.loads(line)
    if r['id'] not in ids: continue
    rec = r['record']; t = rec['text']
    print('#####', r['id']); print(t)
    names = {a['id']: f"{a['name']}[{a['country']}]" for a in rec['actors']}
    for e in rec['events']:
        print(' ', e['id'], repr(t[e['trigger']['start']:e['trigger']['end']]), e['type'], [names[a] for a in e['source']], '->', [names[a] for a in e['target']], e['date'].get('value'), e['modality'])
