import json,sys
want=sys.argv[1:]
S={}
for l in open('/work/wt/j75d/data/heldout_news15/stories.jsonl'):
    d=json.loads(l)
    if d['id'] in want: S[d['id']]=d
for w in want:
    d=S[w]; print('=====',w,d['date'],d['title']); print(d['text']); print()
