"""Print each sampled doc's story and all of dateline's events in it (sampled ones marked with item n).
usage: dump.py RECORDS.jsonl ITEMS.jsonl PARAGRAPHS.jsonl > out.txt
"""
import json, sys
recs = {}
for l in open(sys.argv[1]):
    d = json.loads(l); recs[d['id']] = d['record']
items = [json.loads(l) for l in open(sys.argv[2])]
paras = [json.loads(l) for l in open(sys.argv[3])]
mark = {}
for it in items:
    mark[(it['doc'], it['event_id'])] = it['n']
docs = []
for it in items:
    if it['doc'] not in docs: docs.append(it['doc'])
for p in paras:
    if p['doc'] not in docs: docs.append(p['doc'])
for doc in docs:
    r = recs[doc]
    actors = {a['id']: f"{a['name']}[{a.get('country')}/{a.get('sector')}/{a.get('kind')}]" for a in r['actors']}
    print('=' * 100); print(doc, 'docdate', r['document_date'])
    for i, para in enumerate(r['text'].split('\n')):
        print(f'  P{i}: {para}')
    print('  --- events')
    for e in r['events']:
        n = mark.get((doc, e['id']))
        tag = f'#{n}' if n else '  '
        print(f"  {tag:4} {e['id']:4} [{e['trigger']['text']}] {e['type']}/{e.get('mode')} {e.get('cameo')} "
              f"src={[actors.get(a, a) for a in e['source']]} tgt={[actors.get(a, a) for a in e['target']]} "
              f"date={e['date'].get('value')}({e['date'].get('basis')}) mod={e['modality']} "
              f"rep={actors.get(e.get('reported_by'), e.get('reported_by'))} @{e['sentence']['start']}: {e['sentence']['text'][:90]!r}")
