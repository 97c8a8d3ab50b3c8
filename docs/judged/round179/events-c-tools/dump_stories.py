# Print the full stories of the docs sampled for judge c (items + paragraphs), with their dates.
import json
items=[json.loads(l) for l in open('events-c-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-c.jsonl')]
docs=set(i['doc'] for i in items)|set(p['doc'] for p in paras)
for l in open('/work/wt/j179c/data/heldout_news66/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs:
        ns=[i['n'] for i in items if i['doc']==s['id']]
        print('=====',s['id'],s['date'],'items',ns,'|',s['title'])
        print(s['text']); print()
