# Print each sampled doc's story text and the dateline events in it (for context and duplicate checks).
import json, sys
items=[json.loads(l) for l in open('events-d-items.jsonl')]
docs=[]
for it in items:
    if it['doc'] not in docs: docs.append(it['doc'])
sampled={}
for it in items: sampled.setdefault(it['doc'],[]).append((it['n'],it['event_id']))
stories={}
for l in open('/work/wt/j72d/data/heldout_news13/stories.jsonl'):
    s=json.loads(l)
    if s['id'] in docs: stories[s['id']]=s
out={}
for l in open('/tmp/r71/heldout_news13.judge.jsonl'):
    r=json.loads(l)
    if r['id'] in docs: out[r['id']]=r['record']
sel=sys.argv[1:] or docs
for d in sel:
    s=stories[d]
    print('=====',d,s['date'],s['title'], 'SAMPLED:',sampled[d])
    print(s['text'])
    rec=out.get(d,{})
    actors={a['id']:a for a in rec.get('actors',[])}
    def nm(ids):
        return [actors[i].get('name') or actors[i].get('text') if i in actors else i for i in ids]
    for e in rec.get('events',[]):
        print('  EV',e['id'],repr(e['trigger']['text']),e['type'],e.get('mode'),nm(e['source']),'->',nm(e['target']),e['date'].get('value'),e['date'].get('basis'),e['modality'],'|',e['sentence']['text'][:80].strip())
    print()
