"""Unblind paired verdicts. usage: unblind.py KEY.json VERDICTS.jsonl [ITEMS.jsonl]"""
import json, sys, collections
key = {int(k): v for k, v in json.load(open(sys.argv[1])).items()}
c = collections.Counter(); allr = collections.Counter(); kinds = collections.defaultdict(collections.Counter)
items = {}
if len(sys.argv) > 3:
    for l in open(sys.argv[3]):
        d = json.loads(l); items[d["n"]] = d
for line in open(sys.argv[2]):
    v = json.loads(line); n = v["n"]
    after_is_x = key[n] == "X=after"
    name = {"X": "after" if after_is_x else "before", "Y": "before" if after_is_x else "after", "same": "same"}
    b = name[v["better"]]; c[b] += 1
    for side in ("X", "Y"):
        vv = v[side] or {}
        ok = vv.get("all", vv.get("omit_right", False))
        allr[name[side]] += bool(ok)
    if items:
        it = items[n]
        kind = "added/removed" if (it["X"] is None or it["Y"] is None) else ",".join(
            f for f in ("type", "source", "target", "date", "modality") if it["X"][f] != it["Y"][f])
        kinds[kind][b] += 1
print(dict(c), "all-right (incl. right omissions):", dict(allr))
for k, cc in sorted(kinds.items(), key=lambda x: -sum(x[1].values())): print(f"  {k}: {dict(cc)}")
