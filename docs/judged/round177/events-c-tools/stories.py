# print the full stories of the docs sampled for judge c (items + paragraphs)
import json, sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-c.jsonl')]
docs=[]
for x in items+paras:
    if x['doc'] not in docs: docs.append(x['doc'])
want=set(sys.argv[1:]) or set(docs)
for l in open('/work/wt/j177c/data/heldout_news66/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in want:
        print('=====',s['id'],s['date'],s['title']); print(s['text']); print()
