"""Build pairs-p18.jsonl and the counts for pairs-p18.md from judgments.py (judge p18)."""
import json, os, sys, collections
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from judgments import J
root = os.path.dirname(here)
items = {json.loads(l)["n"]: json.loads(l) for l in open(os.path.join(root, "items.jsonl"))}
F = ["event", "type", "source", "target", "date", "modality"]

def side(spec, ev):
    if isinstance(spec, tuple):
        assert ev is None, "omit spec on non-null side"
        return {"omit_right": spec[1]}
    assert ev is not None, "field spec on null side"
    d = {f: c == "1" for f, c in zip(F, spec)}
    if not d["event"]:
        d = {f: False for f in F}
    d["all"] = all(d[f] for f in F)
    return d

out, cnt, allr, kinds = [], collections.Counter(), collections.Counter(), collections.defaultdict(list)
for n in range(1, 74):
    xs, ys, better, kind, reason = J[n]
    X, Y = side(xs, items[n]["X"]), side(ys, items[n]["Y"])
    out.append({"n": n, "X": X, "Y": Y, "better": better, "kind": kind, "reasons": reason})
    cnt[better] += 1
    for k, s in (("X", X), ("Y", Y)):
        if s.get("all") or s.get("omit_right"):
            allr[k] += 1
    kinds[kind].append((n, better))
with open(os.path.join(root, "pairs-p18.jsonl"), "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print("better:", dict(cnt))
print("all-right (incl. right omissions):", dict(allr))
for k in ("X", "Y"):
    ev = [o[k] for o in out if "all" in o[k]]
    print(k, "events", len(ev), "all right", sum(e["all"] for e in ev),
          "omissions", sum(1 for o in out if "omit_right" in o[k]),
          "right omissions", sum(1 for o in out if o[k].get("omit_right")),
          {f: sum(e[f] for e in ev) for f in F})
for k, v in kinds.items():
    print(k, len(v), v)
