"""Print the story text and all dateline events (compact) for the docs in the sample and paragraphs.
usage: dump.py RECORDS ITEMS PARAGRAPHS [DOC]"""
import json, sys
recs = {}
for l in open(sys.argv[1]):
    r = json.loads(l); recs[r['id']] = r['record']
docs = []
for f in sys.argv[2:4]:
    for l in open(f):
        d = json.loads(l)['doc']
        if d not in docs: docs.append(d)
if len(sys.argv) > 4: docs = [sys.argv[4]]
def actor(rec, aid):
    for a in rec['actors']:
        if a['id'] == aid:
            return f"{a.get('name')}[{a.get('country')}/{a.get('sector')}]"
    return aid
for d in docs:
    rec = recs[d]
    print('=' * 30, d, rec['document_date'])
    print(rec['text'])
    for e in rec['events']:
        print(f"  {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r}@{e['sentence']['start']} "
              f"src={[actor(rec,a) for a in e['source']]} tgt={[actor(rec,a) for a in e['target']]} "
              f"date={e['date']['value']}/{e['date']['basis']} mod={e['modality']}")
