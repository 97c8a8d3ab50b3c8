"""Sample 40 actors per corpus (seed 20261204) from run_sample.py's output; print for judging."""
import json
import random
import sys

rng = random.Random(20261204 + 1)
out = json.load(open(sys.argv[1]))
items = []
for corpus in ("mt", "st"):
    pool = [(corpus, i, a) for i, r in enumerate(out[corpus]) if "actors" in r for a in r["actors"]]
    print(corpus, "pool", len(pool), file=sys.stderr)
    items += rng.sample(pool, 40)
res = []
for n, (corpus, i, a) in enumerate(items):
    r = out[corpus][i]
    t = r["text"]
    m0 = a["mentions"][0]
    s = max(0, m0["start"] - 90)
    ctx = t[s:m0["end"] + 60].replace("\n", " ")
    res.append({"n": n, "corpus": corpus, "doc": r["source"]["id"], "date": r["document_date"],
                "actor": a, "context": ctx})
    print(f"#{n} {corpus} {r['source']['id']} {r['document_date']} | {a['name']!r} kind={a['kind']} "
          f"c={a['country']} s={a['sector']} role={a.get('role')} src={a.get('source')} "
          f"aff={a.get('affiliation')} al={a.get('aliases')}")
    print("   mentions:", [m["text"] for m in a["mentions"]])
    print("   ctx:", ctx)
json.dump(res, open(sys.argv[2], "w"))
