"""Dump, for each doc among the items/paragraphs of judge c, the story text and all dateline events."""
import json, sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-c.jsonl')]
docs=[]
for x in items+paras:
    if x['doc'] not in docs: docs.append(x['doc'])
if len(sys.argv)>1: docs=sys.argv[1:]
recs={}
for l in open('/tmp/r89/heldout_news22.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r['record']
for d in docs:
    rec=recs[d]
    act={a['id']:a for a in rec['actors']}
    def nm(ids): return [f"{act[i]['name']}[{act[i]['country']}/{act[i]['sector']}]" for i in ids]
    print('='*30, d, rec['document_date'])
    print(rec['text'])
    print('-- events')
    for e in rec['events']:
        print(f"  {e['id']} s{e['sentence']['start']} '{e['trigger']['text']}' {e['type']}/{e['mode']} {nm(e['source'])} -> {nm(e['target'])} {e['date']['value']}({e['date']['basis']}) {e['modality']}")
