"""Pick 20 random MEANTIME paragraphs (seed 20261201) and show dateline's quotes in each."""
import json
import random

rng = random.Random(20261201)
recs = [json.loads(line) for line in open("/tmp/j3q/mt.out.jsonl")]
paras = []
for r in recs:
    pos = 0
    for i, para in enumerate(r["text"].split("\n")):
        if i > 0 and len(para.split()) >= 6:
            paras.append((r, pos, pos + len(para)))
        pos += len(para) + 1
out = []
for k, (r, a, b) in enumerate(rng.sample(paras, 20)):
    qs = [q for q in r["quotes"] if a <= q["content"]["start"] < b or (q["cue"] and a <= q["cue"]["start"] < b)]
    print(f"P{k+1} [{r['source']['id']} {a}-{b}] {r['text'][a:b]}")
    for q in qs:
        print("   Q:", q["speaker"] and q["speaker"]["text"], "|", q["cue"] and q["cue"]["text"], "|", q["content"]["text"][:90], "|", q["kind"], q["cue_class"])
    out.append({"p": k + 1, "doc": r["source"]["id"], "start": a, "end": b, "text": r["text"][a:b],
                "predicted": [{k2: q[k2] for k2 in ("id", "kind", "cue_class", "speaker", "cue", "content", "rule")} for q in qs]})
json.dump(out, open("/tmp/j3q/paras.json", "w"))
