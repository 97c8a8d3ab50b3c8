import json
key=json.load(open('docs/judged/pairs52/key.json'))
items={d['n']:d for d in map(json.loads,open('docs/judged/pairs52/items.jsonl'))}
p1={d["n"]:d["better"] for d in map(json.loads,open("docs/judged/pairs52/pairs-p1.jsonl"))}
p2={d['n']:d['better'] for d in map(json.loads,open('docs/judged/pairs52/pairs-p2.jsonl'))}
docs={d['doc'] for d in items.values()}
def load(p):
    out={}
    for l in open(p):
        r=json.loads(l)
        if r['id'] in docs: out[r['id']]=r['record']
    return out
A=load('/tmp/integ52/test.jsonl'); B=load('/tmp/integ51b/test.jsonl')
def find(rec,sent,trig):
    t=rec['text']; s0=t.find(sent)
    for e in rec['events']:
        tr=e.get('trigger') or {}
        st=tr.get('start')
        if st is not None and s0<=st<s0+len(sent) and tr.get('text')==trig:
            return e.get('rule')
    return None
def res(b,n):
    xa=key[str(n)].startswith('X=after')
    if b=='same': return '='
    return 'A' if (b=='X')==xa else 'B'
for n in sorted(items):
    d=items[n]; xa=key[str(n)].startswith('X=after')
    after=d['X'] if xa else d['Y']; before=d['Y'] if xa else d['X']
    trig=(after or before)['trigger']
    ra=find(A[d['doc']],d['sentence'],trig) if after else None
    rb=find(B[d['doc']],d['sentence'],trig) if before else None
    print(n,res(p1[n],n),res(p2[n],n),trig,'| A:',ra,'| B:',rb)
