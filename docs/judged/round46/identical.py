"""Which judged events of a round are identical in another run's output (same doc, sentence, trigger, type,
arguments with countries, date and modality). usage (from docs/judged): python round46/identical.py ROUND BASE.jsonl"""
import json,sys,glob
sys.path.insert(0,'round41'); import sample41; s18=sample41.sample18
rnd, base = sys.argv[1], sys.argv[2]
K=('doc','sentence','trigger','type','source','target','date','modality')
def key(v): return tuple(json.dumps(v.get(k),sort_keys=True) for k in K)
have=set()
for l in open(base):
    r=json.loads(l)
    if 'error' in r['record']: continue
    for e in r['record']['events']: have.add(key(s18.view(r['id'],r['record'],e)))
items=[json.loads(l) for f in sorted(glob.glob(f'round{rnd}/events-[a-z].jsonl')) for l in open(f)]
same=[d for d in items if key(d) in have]; diff=[d for d in items if key(d) not in have]
print(len(items),'identical',len(same),'changed',len(diff))
for d in diff: print('  ',d['doc'],d['trigger'],d['type'],d['verdict'].get('all'),d['verdict'].get('event'), d['rule'][:60])
