"""Sample 40+40 actors and 20+20 paragraphs from dateline's output (seed 20261202)."""
import json
import random

SEED = 20261202
out = {}
for tag, path in (("mt", "/tmp/j4a_mt_out.jsonl"), ("st", "/tmp/j4a_st_out.jsonl")):
    recs = [json.loads(l) for l in open(path)]
    pool = [(r, a) for r in recs for a in r["actors"]]
    rng = random.Random(f"{SEED}-{tag}")
    picks = rng.sample(pool, 40)
    items = []
    for r, a in picks:
        text = r["text"]
        ctx = []
        for m in a["mentions"]:
            s = max(0, text.rfind(". ", 0, m["start"]) + 1)
            e = text.find(". ", m["end"]); e = len(text) if e < 0 else e + 1
            ctx.append(f"[{m['text']}] @{m['start']}: " + text[s:e].strip().replace("\n", " "))
        items.append({"doc": r["source"]["id"], "document_date": r["document_date"], "actor": a, "contexts": ctx})
    out[tag] = items
    paras = [(r, i, p) for r in recs for i, p in enumerate(r["text"].split("\n")) if len(p.split()) >= 8]
    out[tag + "_paras"] = [(r["source"]["id"], i) for r, i, p in random.Random(f"{SEED}-{tag}-para").sample(paras, 20)]
json.dump(out, open("/tmp/j4a_sample.json", "w"), indent=1)
