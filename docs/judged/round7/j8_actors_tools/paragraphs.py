"""Sample 20 MEANTIME + 20 story paragraphs (seed 20261205) and list their source actors
(event sources and quote speakers) with kind, country and sector."""
import json
import random
import re

SEED = 20261205
rng = random.Random(SEED + 2)
D = "/tmp/j8actors/"
out = []
for corpus, fn in (("meantime", D + "mt.out.jsonl"), ("stories", D + "st.out.jsonl")):
    recs = [json.loads(l) for l in open(fn)]
    paras = []
    for r in recs:
        for m in re.finditer(r"[^\n]+", r["text"]):
            if len(m.group().split()) >= 12:
                paras.append((r, m.start(), m.end()))
    for r, s, e in rng.sample(paras, 20):
        acts = {a["id"]: a for a in r["actors"]}
        srcs = []
        for ev in r["events"]:
            if s <= ev["trigger"]["start"] < e:
                for aid in ev["source"]:
                    srcs.append(("event:" + ev["type"] + ":" + ev["trigger"]["text"], aid))
        for q in r["quotes"]:
            sp = q.get("speaker")
            if sp and s <= q["content"]["start"] < e:
                srcs.append(("quote:" + sp["text"], sp.get("actor")))
        items = []
        for how, aid in srcs:
            a = acts.get(aid) if aid else None
            items.append({"how": how, "actor": aid, "name": a and a["name"], "kind": a and a["kind"],
                          "country": a and a["country"], "sector": a and a["sector"]})
        out.append({"corpus": corpus, "doc": r["source"]["id"], "paragraph": r["text"][s:e], "sources": items})
json.dump(out, open(D + "paras.json", "w"), indent=1)
for i, o in enumerate(out):
    print(f"P{i} [{o['doc']}] {o['paragraph'][:700]}")
    for it in o["sources"]:
        print(f"    -> {it['how'][:60]!r} {it['actor']} {it['name']!r} {it['kind']} c={it['country']} s={it['sector']}")
