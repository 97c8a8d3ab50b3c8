import json, random
SEED = 20261130
rng = random.Random(SEED + 2)
out = []
for fn in ('/tmp/ja/mt.out.jsonl', '/tmp/ja/st.out.jsonl'):
    paras = []
    for l in open(fn):
        r = json.loads(l); t = r['text']; pos = 0
        for p in t.split('\n'):
            s, e = pos, pos + len(p); pos = e + 1
            evs = [ev for ev in r.get('events', []) if s <= ev['trigger']['start'] < e and ev['source']]
            if evs: paras.append((r, s, e, evs))
    print(fn, 'paragraphs with sourced events', len(paras))
    out += rng.sample(paras, 10)
res = []
for k, (r, s, e, evs) in enumerate(out):
    acts = {a['id']: a for a in r['actors']}
    print(f"\n=P{k} {r['source']['id']} {r['text'][s:e][:500]!r}")
    srcs = {}
    for ev in evs:
        for aid in ev['source']:
            srcs[aid] = acts[aid]
    for aid, a in srcs.items():
        print(f"   SRC {aid} {a['name']!r} kind={a['kind']} c={a['country']} sec={a['sector']}")
    res.append({"doc": r['source']['id'], "paragraph": r['text'][s:e], "source_actors": [{k2: a[k2] for k2 in ('id','name','kind','country','sector')} for a in srcs.values()]})
json.dump(res, open('/tmp/ja/paras.json', 'w'))
