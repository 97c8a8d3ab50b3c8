import json
docs=set()
for f in ['events-c-items.jsonl','paragraphs-c.jsonl']:
    for l in open(f): docs.add(json.loads(l)['doc'])
for l in open('/work/wt/j138c/data/heldout_news46/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs:
        print('=====',s['id'],s['date'],s['title']); print(s['text']); print()
