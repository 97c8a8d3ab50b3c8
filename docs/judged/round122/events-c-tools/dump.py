# Print each sampled doc's story text and all of dateline's events (for context / duplicate check).
import json, sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-c.jsonl')]
docs=[]
for d in items+paras:
    if d['doc'] not in docs: docs.append(d['doc'])
want=set(sys.argv[1:]) if len(sys.argv)>1 else set(docs)
recs={}
for l in open('/tmp/r122/heldout_news38.judge.jsonl'):
    d=json.loads(l)
    if d['id'] in want: recs[d['id']]=d['record']
for doc in docs:
    if doc not in want: continue
    r=recs[doc]
    acts={a['id']:a for a in r['actors']}
    def nm(ids):
        out=[]
        for i in ids:
            a=acts.get(i)
            out.append(f"{a.get('name')}[{a.get('country')}/{a.get('sector')}]" if a else i)
        return out
    print('='*100); print(doc, r['document_date'])
    print(r['text'])
    print('-- events:')
    for e in r['events']:
        print(f"  {e['id']} s@{e['sentence']['start']} '{e['trigger']['text']}' {e['type']}/{e['mode']} src={nm(e['source'])} tgt={nm(e['target'])} date={e['date']['value']}({e['date']['basis']}) mod={e['modality']}")
    sampled=[i['n'] for i in items if i['doc']==doc]
    print('-- sampled items:', sampled)
