import json,sys
S={}
for l in open('/work/wt/j101b/data/heldout_news28/stories.jsonl'):
    d=json.loads(l); S[d['id']]=d
for doc in sys.argv[1:]:
    d=S[doc]
    print('=====',doc,d['date'],'|',d['title'])
    print(d['text']); print()
