# checks the brief asks for, and prints the per-field counts and paragraph totals
import json
items=[json.loads(l) for l in open('events-c-items.jsonl')]
outs=[json.loads(l) for l in open('events-c.jsonl')]
assert len(outs)==50
F=["event","type","source","target","date","modality"]
for a,b in zip(items,outs):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    assert {k:v for k,v in b.items() if k not in ('verdict','reasons')}==a
    v=b['verdict']; assert v['all']==all(v[k] for k in F)
    if not v['event']: assert not any(v.values())
    assert b['reasons']
cnt={k:sum(o['verdict'][k] for o in outs) for k in F+['all']}
print(cnt)
ps=[json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(ps)==6
print('coded',sum(len(p['coder_events']) for p in ps),'found',sum(p['found'] for p in ps),'dateline',sum(p['dateline_events'] for p in ps),'spurious',sum(p['spurious'] for p in ps))
