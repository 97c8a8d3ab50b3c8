"""Print sampled events with the story text around the sentence (for judging)."""
import json, sys
recs = {}
need = {json.loads(l)["doc"] for l in open("sample-events.jsonl")}
for l in open("/tmp/r17/new.jsonl"):
    r = json.loads(l)
    if r["id"] in need:
        recs[r["id"]] = r["record"]
lo, hi = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (1, 60)
for l in open("sample-events.jsonl"):
    it = json.loads(l)
    if not lo <= it["n"] <= hi:
        continue
    rec = recs[it["doc"]]
    ev = next(e for e in rec["events"] if e["id"] == it["event_id"])
    t = rec["text"]
    s, e = ev["sentence"]["start"], ev["sentence"]["end"]
    print(f'=== #{it["n"]} {it["doc"]} {it["event_id"]} docdate={it["document_date"]}')
    print("CONTEXT-BEFORE:", t[max(0, s-400):s].replace("\n", " / "))
    print("SENTENCE:", it["sentence"])
    print("CONTEXT-AFTER:", t[e:e+200].replace("\n", " / "))
    print(f'TRIGGER={it["trigger"]!r} TYPE={it["type"]} MODE={it["mode"]} CAMEO={it["cameo"]}')
    print("SRC=", it["source"], " TGT=", it["target"])
    print("DATE=", it["date"], " MOD=", it["modality"], " REP=", it["reported_by"])
    print()
