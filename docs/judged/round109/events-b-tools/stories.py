import json,sys
docs=[]
for f in ['events-b-items.jsonl','paragraphs-b.jsonl']:
    for l in open(f):
        d=json.loads(l)['doc']
        if d not in docs: docs.append(d)
want=set(sys.argv[1:]) or set(docs)
for l in open('/work/wt/j109b/data/heldout_news32/stories.jsonl'):
    s=json.loads(l)
    k=s.get('doc') or s.get('id') or s.get('doc_id')
    if k in want:
        print('=====',k,{x:v for x,v in s.items() if x not in ('text','body')})
        print(s.get('text') or s.get('body'))
