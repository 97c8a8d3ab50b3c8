"""Print, per sampled doc, the story text, the sampled items and dateline's other events in the same sentences.
usage: bydoc.py ITEMS.jsonl STORIES.jsonl JUDGE.jsonl [doc ...]"""
import json, sys
items=[json.loads(l) for l in open(sys.argv[1])]
stories={json.loads(l)['id']:json.loads(l) for l in open(sys.argv[2])}
recs={}
for l in open(sys.argv[3]):
    r=json.loads(l); recs[r['id']]=r['record']
only=sys.argv[4:]
docs=[]
for it in items:
    if it['doc'] not in docs: docs.append(it['doc'])
for doc in docs:
    if only and doc not in only: continue
    s=stories[doc]; rec=recs[doc]
    actors={a['id']:f"{a['name']}[{a['country']}/{a['sector']}/{a['kind']}]" for a in rec['actors']}
    print('='*100); print(doc, s['date'], s['title']); print(s['text']); print('-'*50)
    for it in [i for i in items if i['doc']==doc]:
        print(f"#{it['n']} {it['event_id']} trig={it['trigger']!r} {it['type']}/{it['mode']} cameo={it['cameo']} src={it['source']} tgt={it['target']} date={it['date']} mod={it['modality']} rep={it['reported_by']}")
        print('   SENT:', it['sentence'].strip())
        for e in rec['events']:
            if e['sentence']['text'].strip()==it['sentence'].strip() and e['id']!=it['event_id']:
                print(f"   other {e['id']}: trig={e['trigger']['text']!r} {e['type']}/{e['mode']} src={[actors.get(a,a) for a in e['source']]} tgt={[actors.get(a,a) for a in e['target']]} date={e['date']['value']}/{e['date']['basis']} mod={e['modality']}")
