"""Sample 40 paragraphs (20 MEANTIME, 20 stories; seed 20261204) and list their source actors."""
import json
import random
import sys

rng = random.Random(20261204 + 2)
out = json.load(open(sys.argv[1]))
res = []
for corpus in ("mt", "st"):
    paras = []
    for i, r in enumerate(out[corpus]):
        if "text" not in r:
            continue
        pos = 0
        for p in r["text"].split("\n"):
            if len(p.split()) >= 12:
                paras.append((i, pos, pos + len(p)))
            pos += len(p) + 1
    for i, s, e in rng.sample(paras, 20):
        r = out[corpus][i]
        acts = {a["id"]: a for a in r["actors"]}
        srcs = []
        for ev in r["events"]:
            if s <= ev["trigger"]["start"] < e:
                srcs += [("event " + ev["type"] + " '" + ev["trigger"]["text"] + "'", x) for x in ev["source"]]
        for q in r["quotes"]:
            sp = q.get("speaker")
            if sp and s <= q["content"]["start"] < e:
                srcs.append(("quote speaker '" + sp["text"] + "'", sp.get("actor")))
        items = [{"via": v, "actor": ({k: acts[x][k] for k in ("name", "kind", "country", "sector")}
                                      if x in acts else None)} for v, x in srcs]
        res.append({"corpus": corpus, "doc": r["source"]["id"], "start": s, "end": e,
                    "text": r["text"][s:e], "sources": items})
json.dump(res, open(sys.argv[2], "w"), ensure_ascii=False, indent=1)
for k, p in enumerate(res):
    print(f"P{k} {p['doc']} :: {p['text'][:600]}")
    for it in p["sources"]:
        print("     ->", it["via"], it["actor"])
