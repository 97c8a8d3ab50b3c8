import json,sys
docs=[]
for f in ['events-a-items.jsonl','paragraphs-a.jsonl']:
    for l in open(f):
        d=json.loads(l)
        if d['doc'] not in docs: docs.append(d['doc'])
S={}
for l in open('/work/wt/j133a/data/heldout_news44/stories.jsonl'):
    d=json.loads(l)
    if d['id'] in docs: S[d['id']]=d
for k in docs[int(sys.argv[1]):int(sys.argv[2])]:
    d=S[k]; print('=====',k,d['date'],d['title']); print(d['text']); print()
