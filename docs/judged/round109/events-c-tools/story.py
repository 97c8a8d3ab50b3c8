"""Print a story's text (with its document date) and all of dateline's events in it, compactly.
usage: story.py DOC [DOC...]"""
import json, sys
REC = '/tmp/r109/heldout_news32.judge.jsonl'
recs = {}
for l in open(REC):
    d = json.loads(l); recs[d['id']] = d['record']
for doc in sys.argv[1:]:
    r = recs[doc]
    acts = {a['id']: a for a in r['actors']}
    def nm(ids):
        return [f"{acts[i]['name']}[{acts[i].get('country')}/{acts[i].get('sector')}]" for i in ids]
    print('=' * 100); print(doc, r['document_date']); print(r['text'])
    print('-- events:')
    for e in r['events']:
        print(f"  {e['id']} [{e['sentence']['start']}] {e['trigger']['text']!r} {e['type']}/{e['mode']} {nm(e['source'])} -> {nm(e['target'])} {e['date']['value']}({e['date']['basis']}) {e['modality']}")
