"""Print sampled items with surrounding text for judging."""
import json, sys
recs = {}
want = set(json.loads(l)["doc"] for l in open(sys.argv[1]))
for l in open("/tmp/r23/base_all.jsonl"):
    r = json.loads(l)
    if r["id"] in want:
        recs[r["id"]] = r["record"]
lo, hi = int(sys.argv[2]), int(sys.argv[3])
for l in open(sys.argv[1]):
    it = json.loads(l)
    if not (lo <= it["n"] <= hi):
        continue
    t = recs[it["doc"]]["text"]
    ev = next(e for e in recs[it["doc"]]["events"] if e["id"] == it["event_id"])
    s = ev["sentence"]
    print(f'=== #{it["n"]} {it["doc"]} {it["event_id"]}')
    print("CTX:", " ".join(t[max(0, s["start"]-500):s["start"]].split()))
    print("SENT:", it["sentence"])
    print("AFTER:", " ".join(t[s["end"]:s["end"]+200].split()))
    print(f'TRIG={it["trigger"]!r} TYPE={it["type"]}/{it["mode"]} cameo={it["cameo"]}')
    print(f'SRC={it["source"]} TGT={it["target"]}')
    print(f'DATE={it["date"]} MOD={it["modality"]} REP={it["reported_by"]}')
    print()
