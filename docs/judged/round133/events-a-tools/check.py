import json
items=[json.loads(l) for l in open('events-a-items.jsonl')]
ev=[json.loads(l) for l in open('events-a.jsonl')]
assert len(ev)==50
f=["event","type","source","target","date","modality"]
for a,b in zip(items,ev):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    assert {k:v for k,v in b.items() if k not in ('verdict','reasons')}==a
    v=b['verdict']; assert v['all']==all(v[k] for k in f)
    if not v['event']: assert not any(v.values())
c={k:sum(e['verdict'][k] for e in ev) for k in f+['all']}
print(c)
p=[json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
assert len(p)==6 and [x['doc'] for x in p]==[json.loads(l)['doc'] for l in open('paragraphs-a.jsonl')]
print({k:sum(len(x['coder_events']) if k=='coder_events' else x[k] for x in p) for k in ['coder_events','found','dateline_events','spurious']})
