"""Sample 20 MEANTIME + 20 story quotes from the before run (seed 7332); show before and after."""
import json, random, re
rng = random.Random(7332)
before = [r for r in (json.loads(l) for l in open("/tmp/quo4/beforeB.jsonl")) if "quotes" in r]
after = {r["source"]["id"]: r for r in (json.loads(l) for l in open("/tmp/quo4/afterB.jsonl")) if "quotes" in r}
def span(q):
    pts = [q["content"]["start"], q["content"]["end"]]
    for k in ("speaker", "cue"):
        if q.get(k): pts += [q[k]["start"], q[k]["end"]]
    return min(pts), max(pts)
def sentence(text, a, b):
    s = max(text.rfind("\n", 0, a), max((m.end() for m in re.finditer(r"[.!?][\"”]?\s+(?=[A-Z\"“])", text[:a])), default=0) - 1)
    m = re.search(r"[.!?][\"”]?(\s|$)", text[b:])
    e = b + (m.end() if m else 0)
    return s + 1, e
def show(q, r):
    acts = {a["id"]: a for a in r["actors"]}
    sp = q.get("speaker")
    a = acts.get(sp["actor"]) if sp and sp.get("actor") else None
    return (f'{q["kind"]}/{q["cue_class"]} SPK=[{sp["text"] if sp else None}]->{(a["name"], a["kind"]) if a else None} '
            f'CUE=[{q["cue"]["text"] if q.get("cue") else None}] CONT=[{q["content"]["text"]}] {q["rule"]}')
pools = {"mt": [], "st": []}
for r in before:
    for q in r["quotes"]:
        pools["mt" if r["source"]["id"].startswith("mt-") else "st"].append((r, q))
print("pools", {k: len(v) for k, v in pools.items()})
n = 0
for key in ("mt", "st"):
    for r, q in rng.sample(pools[key], 20):
        n += 1
        text = r["text"]
        a, b = span(q)
        s, e = sentence(text, a, b)
        print(f"\n#{n} {r['source']['id']} [{s}:{e}] {text[s:e].strip()!r}")
        print("   BEFORE:", show(q, r))
        ra = after[r["source"]["id"]]
        same = [x for x in ra["quotes"] if s <= span(x)[0] < e or s < span(x)[1] <= e]
        for x in same:
            print("   AFTER: ", show(x, ra))
        if not same:
            print("   AFTER:  (none)")
