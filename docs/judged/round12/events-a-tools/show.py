"""Print sampled events with the preceding sentence context for judging."""
import json, sys
recs = {}
for l in open(sys.argv[1]):
    r = json.loads(l); recs[r["id"]] = r["record"]
for l in open(sys.argv[2]):
    s = json.loads(l)
    if len(sys.argv) > 3 and not (int(sys.argv[3]) <= s["n"] <= int(sys.argv[4])):
        continue
    rec = recs[s["doc"]]
    t = rec["text"]
    ev = next(e for e in rec["events"] if e["id"] == s["event_id"])
    st = ev["sentence"]["start"]
    ctx = t[max(0, st - 400):st].replace("\n", " / ")
    print(f'#{s["n"]} {s["doc"]} dct={s["document_date"]} rule={s["rule"]}')
    print(f'  CTX: ...{ctx}')
    print(f'  SENT: {s["sentence"]}')
    print(f'  trig={s["trigger"]!r} type={s["type"]} mode={s["mode"]} src={s["source"]} tgt={s["target"]} date={s["date"]} mod={s["modality"]} rep={s["reported_by"]}')
    print()
