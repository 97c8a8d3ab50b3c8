"""Dump each sampled doc's story text and all of dateline's events (compact), for context and duplicate checks.
usage: dump_docs.py JUDGE.jsonl ITEMS.jsonl PARAGRAPHS.jsonl > out.txt
"""
import json, sys
recs = {}
for l in open(sys.argv[1]):
    d = json.loads(l); recs[d['id']] = d['record']
docs = []
for path in sys.argv[2:]:
    for l in open(path):
        d = json.loads(l)
        if d['doc'] not in docs: docs.append(d['doc'])
for doc in docs:
    r = recs[doc]
    acts = {a['id']: a for a in r['actors']}
    def nm(ids):
        return [f"{acts[i]['name']}[{acts[i]['country']}/{acts[i]['sector']}]" if i in acts else i for i in ids]
    print('=' * 100); print(doc, r['document_date']); print(r['text'])
    print('--- events')
    for e in r['events']:
        print(f"  {e['id']} {e['type']}/{e['mode']} trig={e['trigger']['text']!r}@{e['trigger']['start']} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']} rep={e['reported_by']} :: {e['sentence']['text'][:90]!r}")
