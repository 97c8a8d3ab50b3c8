# list every dateline event in each sampled doc (for duplicate checks and paragraph recall)
import json,sys
docs=[]
for f in ['events-a-items.jsonl','paragraphs-a.jsonl']:
    for l in open(f):
        d=json.loads(l)
        if d['doc'] not in docs: docs.append(d['doc'])
for l in open('/tmp/r133/heldout_news44.judge.jsonl'):
    d=json.loads(l)
    if d['id'] not in docs: continue
    r=d['record']; A={a['id']:a for a in r['actors']}
    nm=lambda ids:[f"{A[i]['name']}[{A[i]['country']}]" for i in ids]
    print('=====',d['id'])
    for e in r['events']:
        print(f"  {e['id']} s@{e['sentence']['start']} {e['trigger']['text']!r} {e['type']}/{e['mode']} {nm(e['source'])}->{nm(e['target'])} {e['date']['value']} {e['modality']}")
