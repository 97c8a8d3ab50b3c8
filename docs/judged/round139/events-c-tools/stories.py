# print the stories of the sampled docs (items + paragraphs), with document date weekday
import json, datetime, sys
docs=[]
for f in ('events-c-items.jsonl','paragraphs-c.jsonl'):
    for l in open(f):
        d=json.loads(l)['doc']
        if d not in docs: docs.append(d)
want=set(docs)
st={}
for l in open('/work/wt/j139c/data/heldout_news47/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in want: st[s['id']]=s
for d in (sys.argv[1:] or docs):
    s=st[d]
    dt=datetime.date.fromisoformat(s['date'])
    print('='*20, d, s['date'], dt.strftime('%A'))
    print('TITLE:', s['title'])
    print(s['text'])
    print()
