# Checks the output files and prints the per-field counts and paragraph totals.
import json
items=[json.loads(l) for l in open('events-c-items.jsonl')]
ver=[json.loads(l) for l in open('events-c.jsonl')]
assert len(ver)==50
F=["event","type","source","target","date","modality"]
for i,v in zip(items,ver):
    assert (i['n'],i['doc'],i['trigger'])==(v['n'],v['doc'],v['trigger'])
    assert {k:v[k] for k in i}==i
    vd=v['verdict']; assert vd['all']==all(vd[f] for f in F)
    if not vd['event']: assert not any(vd.values())
    assert v['reasons']
for f in F+['all']:
    print(f, sum(v['verdict'][f] for v in ver))
P=[json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(P)==6
print('paragraphs: coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
