"""Print, per sampled doc, the full story and all dateline events (sentence, trigger, type, args)."""
import json, sys
items=[json.loads(l) for l in open('events-d-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-d.jsonl')]
docs=[]
for it in items+paras:
    if it['doc'] not in docs: docs.append(it['doc'])
want=set(sys.argv[1:]) or set(docs)
stories={}
for l in open('/work/wt/j64d/data/heldout_news9/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in want: stories[s['id']]=s
recs={}
for l in open('/tmp/r64/heldout_news9.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in want: recs[r['id']]=r
for d in docs:
    if d not in want: continue
    s=stories[d]; rec=recs[d]['record']
    A={a['id']:a for a in rec['actors']}
    def act(ids): return [f"{A[i]['name']}[{A[i]['country']}/{A[i]['sector']}]" if i in A else i for i in ids]
    print('='*100); print(d, s['date'], s['title']); print(s['text'])
    sampled={it['event_id']:it['n'] for it in items if it['doc']==d}
    print('--- events:')
    last=None
    for e in rec['events']:
        st=e['sentence']['start']
        if st!=last:
            print('  S@%d: %s'%(st, e['sentence']['text'].strip()[:160])); last=st
        mark=('#%d'%sampled[e['id']]) if e['id'] in sampled else ''
        print('   %4s %s "%s" %s/%s %s -> %s date=%s/%s %s'%(mark, e['id'], e['trigger']['text'], e['type'], e['mode'], act(e['source']), act(e['target']), e['date']['value'], e['date']['basis'], e['modality']))
