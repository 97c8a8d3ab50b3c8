import json,sys
items=[json.loads(l) for l in open('events-a-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-a.jsonl')]
docs=[]
for i in items+paras:
    if i['doc'] not in docs: docs.append(i['doc'])
want=set(sys.argv[1:]) or set(docs)
for l in open('/work/wt/j127a/data/heldout_news41/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in want:
        print('=====',s['id'],s['date'],s['title'])
        print(s['text'])
        print()
