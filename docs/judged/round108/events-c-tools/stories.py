"""Print each sampled story (date, title, text) and all dateline events per sentence, compactly."""
import json, sys
items=[json.loads(l) for l in open('events-c-items.jsonl')]
paras=[json.loads(l) for l in open('paragraphs-c.jsonl')]
docs=[]
for d in items+paras:
    if d['doc'] not in docs: docs.append(d['doc'])
sel = sys.argv[1:] or docs
stories={}
for l in open('/work/wt/j108c/data/heldout_news31/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in sel: stories[s['id']]=s
recs={}
for l in open('/tmp/r108/heldout_news31.judge.jsonl'):
    d=json.loads(l)
    if d['id'] in sel: recs[d['id']]=d['record']
for doc in sel:
    s=stories[doc]; r=recs[doc]
    actors={a['id']:a for a in r['actors']}
    def nm(ids):
        out=[]
        for i in ids:
            a=actors.get(i,{})
            out.append(f"{a.get('name') or a.get('text')}[{a.get('country')}]")
        return out
    mine=[it['event_id'] for it in items if it['doc']==doc]
    print('='*100); print(doc, s['date'], s.get('title')); print('sampled:',mine)
    print(s['text']); print('--- dateline events')
    for e in r['events']:
        print(f"  {e['id']}{'*' if e['id'] in mine else ''} {e['trigger']['text']!r} {e['type']}/{e['mode']} {nm(e['source'])}->{nm(e['target'])} {e['date']['value']}/{e['date']['basis']} {e['modality']} | {e['sentence']['text'][:90]!r}")
