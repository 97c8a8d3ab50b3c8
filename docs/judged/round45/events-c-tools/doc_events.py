"""List dateline's events for given docs (duplicate checks): doc_events.py OUT.jsonl DOC [DOC...]"""
import json, sys
want = set(sys.argv[2:])
for l in open(sys.argv[1]):
    d = json.loads(l)
    if d['id'] not in want:
        continue
    r = d['record']
    actors = {a['id']: a for a in r.get('actors', [])}
    def nm(ids):
        return [actors[i].get('name') or actors[i].get('text') for i in ids if i in actors]
    print('=====', d['id'])
    for e in r['events']:
        print(f"  {e['id']:4} s{e['sentence']['start']:<5} {e['type']:9} {e['trigger']['text']!r:14} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date'].get('value')} {e['modality']}")
