# print, for each item, the full story (once per doc) and dateline's other events in the same sentence
import json, sys
items=[json.loads(l) for l in open('events-a-items.jsonl')]
stories={}
for l in open('/work/wt/j112a/data/heldout_news33/stories.jsonl'):
    s=json.loads(l); stories[s['id']]=s
out={}
for l in open('/tmp/r112/heldout_news33.judge.jsonl'):
    r=json.loads(l); out[r['id']]=r['record']
lo,hi=int(sys.argv[1]),int(sys.argv[2])
seen=set()
for it in items:
    if not lo<=it['n']<=hi: continue
    s=stories[it['doc']]
    print('='*30, '#%d'%it['n'], it['doc'], s['date'], s['title'], 'trig=',it['trigger'],it['event_id'])
    if it['doc'] not in seen:
        print(s['text']); seen.add(it['doc'])
    rec=out[it['doc']]
    acts={a['id']:a for a in rec['actors']} if isinstance(rec['actors'],list) else rec['actors']
    def nm(ids): return [acts[i].get('name') or acts[i].get('text') for i in ids] if ids else ids
    same=[e for e in rec['events'] if e['sentence']['text'].strip()==it['sentence'].strip()]
    print('--- events in same sentence:')
    for e in same:
        print('  ',e['id'],e['trigger']['text'],e['type'],e.get('mode'),nm(e['source']),'->',nm(e['target']),e['date'].get('value'),e['modality'])
