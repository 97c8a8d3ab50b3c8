"""List all dateline events of one story.  usage: docevents.py RECORDS.jsonl DOC"""
import json, sys
for l in open(sys.argv[1]):
    d = json.loads(l)
    if d['id'] != sys.argv[2]: continue
    r = d['record']; acts = {a['id']: a for a in r.get('actors', [])}
    nm = lambda ids: [acts.get(i, {}).get('name', i) for i in ids]
    for e in r['events']:
        print(e['id'], repr(e['trigger']['text']), e['type'], e['mode'], nm(e['source']), '->', nm(e['target']), e['date']['value'], e['modality'], '|', e['sentence']['text'][:90])
