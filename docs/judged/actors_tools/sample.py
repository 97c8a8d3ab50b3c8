import json, random
SEED = 20261130
rng = random.Random(SEED + 1)
out = []
for fn, n in (('/tmp/ja/mt.out.jsonl', 40), ('/tmp/ja/st.out.jsonl', 40)):
    pool = []
    for l in open(fn):
        r = json.loads(l)
        for a in r.get('actors', []):
            pool.append((r, a))
    print(fn, 'actors', len(pool), 'docs', sum(1 for _ in open(fn)))
    for r, a in rng.sample(pool, n):
        t = r['text']
        m0 = a['mentions'][0]
        s = t.rfind('.', 0, m0['start']) + 1
        e = t.find('. ', m0['end']); e = len(t) if e < 0 else e + 1
        out.append({"doc": r['source']['id'], "document_date": r['document_date'], "sentence": t[s:e].strip(),
                    "predicted": a, "mention_texts": [t[m['start']:m['end']] for m in a['mentions']]})
json.dump(out, open('/tmp/ja/sample.json', 'w'), indent=0)
for i, o in enumerate(out):
    a = o['predicted']
    print(f"#{i} [{o['doc']} {o['document_date']}] {a['name']!r} kind={a['kind']} c={a['country']} sec={a['sector']} role={a.get('role')} src={a.get('source')} aff={a.get('affiliation')} al={a.get('aliases')}")
    print("   M:", o['mention_texts'])
    print("   S:", o['sentence'][:300])
