"""Print full stories (once) for docs in my items and paragraphs, with dateline's events grouped by sentence."""
import json, sys
items=[json.loads(l) for l in open('events-a-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-a.jsonl')]
docs=[]
for x in items+paras:
    if x['doc'] not in docs: docs.append(x['doc'])
stories={}
for l in open('/work/wt/j125a/data/heldout_news40/stories.jsonl'):
    d=json.loads(l)
    if d['id'] in docs: stories[d['id']]=d
recs={}
for l in open('/tmp/r125/heldout_news40.judge.jsonl'):
    d=json.loads(l)
    if d['id'] in docs: recs[d['id']]=d['record']
which=sys.argv[1:] or docs
for doc in which:
    s=stories[doc]; r=recs[doc]
    A={a['id']:f"{a['name']}[{a.get('country')}/{a.get('sector')}]" for a in r['actors']}
    print('='*100); print(doc, 'docdate', s['date'], '|', s['title']); print(s['text']); print('--- dateline events:')
    for e in r.get('events',[]):
        mine=[x['n'] for x in items if x['doc']==doc and x['event_id']==e['id']]
        print(f"  {e['id']} {'<<ITEM #'+str(mine[0])+'>>' if mine else ''} trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={[A.get(a,a) for a in e['source']]} tgt={[A.get(a,a) for a in e['target']]} date={e['date']['value']}/{e['date']['basis']} mod={e['modality']}")
        print('     SENT:', e['sentence']['text'][:160])
