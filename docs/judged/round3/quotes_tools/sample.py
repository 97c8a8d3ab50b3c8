"""Sample 30 quotes from MEANTIME and 30 from the stories (seed 20261201); print them with context."""
import json
import random

SEED = 20261201


def load(path):
    out = []
    for line in open(path):
        r = json.loads(line)
        if "error" in r:
            continue
        for q in r["quotes"]:
            out.append((r, q))
    return out


def sentence(r, q):
    t = r["text"]
    s, e = q["content"]["start"], q["content"]["end"]
    if q.get("cue"):
        s, e = min(s, q["cue"]["start"]), max(e, q["cue"]["end"])
    if q.get("speaker"):
        s, e = min(s, q["speaker"]["start"]), max(e, q["speaker"]["end"])
    a = max(t.rfind("\n", 0, s), t.rfind(". ", 0, s) + 1, 0)
    ends = [x for x in (t.find(". ", e), t.find("\n", e)) if x >= 0]
    b = min(ends) + 1 if ends else len(t)
    return t[a:b].strip()


rng = random.Random(SEED)
mt, st = load("/tmp/j3q/mt.out.jsonl"), load("/tmp/j3q/st.out.jsonl")
print("pool", len(mt), len(st))
picked = [("meantime", x) for x in rng.sample(mt, 30)] + [("stories", x) for x in rng.sample(st, 30)]
with open("/tmp/j3q/sample.jsonl", "w") as f:
    for i, (corpus, (r, q)) in enumerate(picked):
        actors = {a["id"]: a for a in r["actors"]}
        spk = q.get("speaker")
        act = actors.get(spk["actor"]) if spk and spk.get("actor") else None
        item = {"n": i + 1, "corpus": corpus, "doc": r["source"]["id"], "sentence": sentence(r, q),
                "quote": q, "speaker_actor": {k: act.get(k) for k in ("id", "name", "country", "kind")} if act else None}
        f.write(json.dumps(item) + "\n")
        print(f"#{i+1} [{corpus} {r['source']['id']}] {q['kind']}/{q['cue_class']} rule={q['rule']}")
        print("  SENT:", item["sentence"])
        print("  SPK:", spk and spk["text"], "->", item["speaker_actor"] and (act.get("name"), act.get("country")))
        print("  CUE:", q["cue"] and q["cue"]["text"])
        print("  CONTENT:", q["content"]["text"])
        if len(q.get("parts", [])) > 1:
            print("  PARTS:", [p["text"] for p in q["parts"]])
