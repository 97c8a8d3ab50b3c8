"""Sample 40 actors per corpus (seed 20261205) and print a judging sheet."""
import json
import random
import re

SEED = 20261205
rng = random.Random(SEED + 1)
out = []
for corpus, fn in (("meantime", "/tmp/j8actors/mt.out.jsonl"), ("stories", "/tmp/j8actors/st.out.jsonl")):
    recs = [json.loads(l) for l in open(fn)]
    pool = [(r, a) for r in recs for a in r.get("actors", [])]
    for r, a in rng.sample(pool, 40):
        t = r["text"]
        m = a["mentions"][0] if a["mentions"] else None
        sent = ""
        if m:
            s = max(t.rfind(". ", 0, m["start"]), t.rfind("\n", 0, m["start"])) + 1
            e = t.find(". ", m["end"])
            e = len(t) if e < 0 else e + 1
            sent = t[s:e].strip()
        out.append({"corpus": corpus, "doc": r["source"]["id"], "date": r["document_date"],
                    "sentence": sent, "actor": a})
with open("/tmp/j8actors/sample.json", "w") as f:
    json.dump(out, f, indent=1)
for i, o in enumerate(out):
    a = o["actor"]
    aff = a.get("affiliation")
    print(f"#{i} [{o['corpus']} {o['doc']} {o['date']}] NAME={a['name']!r} kind={a['kind']} c={a['country']} sec={a['sector']} role={a['role']!r} aff={aff} src={a.get('source')} al={a.get('aliases')}")
    print("   mentions:", [x["text"] for x in a["mentions"]])
    print("   S:", o["sentence"][:400].replace("\n", " "))
