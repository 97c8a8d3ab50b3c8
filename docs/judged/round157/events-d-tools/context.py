"""Print full stories of sampled docs and the dateline events per sentence (compact)."""
import json, sys
items=[json.loads(l) for l in open('events-d-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-d.jsonl')]
docs=sorted({i['doc'] for i in items}|{p['doc'] for p in paras})
stories={}
for l in open('/work/wt/j157d/data/heldout_news56/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
recs={}
for l in open('/tmp/r157/heldout_news56.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: recs[r['id']]=r
mode=sys.argv[1]
if mode=='stories':
    for d in docs:
        s=stories[d]; print('=====',d,s['date'],s['title']); print(s['text']); print()
elif mode=='keys':
    r=recs[docs[0]]['record']; print(list(r.keys())); print(json.dumps(r['events'][0])[:2000])
if mode=='events':
    # for each doc, list all dateline events compactly, grouped by sentence
    for d in docs:
        r=recs[d]['record']; acts={a['id']:a for a in r['actors']}
        def nm(ids): return [f"{acts[i]['name']}[{acts[i]['country']}/{acts[i]['sector']}]" for i in ids]
        print('=====',d, r['document_date'])
        last=None
        for e in r['events']:
            st=e['sentence']['text'].strip()
            if st!=last: print('  S:',st[:300]); last=st
            print(f"    {e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} {nm(e['source'])} -> {nm(e['target'])} {e['date']['value']}({e['date']['basis']}) {e['modality']}")
