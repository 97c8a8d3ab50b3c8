# print, for items a..b, the story (once per doc) and dateline's events in that story (brief form)
import json, sys
items=[json.loads(l) for l in open('events-d-items.jsonl')]
stories={}
for l in open('/work/wt/j159d/data/heldout_news56/stories.jsonl'):
    s=json.loads(l); stories[s['id']]=s
out={}
for l in open('/tmp/r157/heldout_news56.judge.jsonl'):
    r=json.loads(l); out[r['id']]=r['record']
a,b=int(sys.argv[1]),int(sys.argv[2])
seen=set()
for it in items:
    if not a<=it['n']<=b: continue
    d=it['doc']
    if d in seen: continue
    seen.add(d)
    s=stories[d]
    print('='*100); print(d, s['date'], s['title']); print(s['text'])
    r=out.get(d)
    print('--- dateline events:')
    acts={a['id']:a for a in r.get('actors',[])}
    def nm(ids): return [acts[i].get('name', acts[i].get('text','?'))+'['+str(acts[i].get('country'))+']' if i in acts else i for i in ids]
    for e in r.get('events',[]):
        its=[i['n'] for i in items if i['doc']==d and i['event_id']==e['id']]
        mark=('#'+str(its[0])) if its else '   '
        print(mark, e['id'], repr(e['trigger']['text']), e['type'], e.get('mode'), nm(e['source']), '->', nm(e['target']), e['date']['value'], e['date']['basis'], e['modality'], '|', e['sentence']['text'].strip()[:80])
