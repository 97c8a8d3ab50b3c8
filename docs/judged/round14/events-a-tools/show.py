"""Print each sampled event with its sentence and ~300 chars of preceding context from the record text."""
import json, sys
recs = {}
need = {json.loads(l)["doc"] for l in open(sys.argv[1])}
for line in open("/tmp/r14/new.jsonl"):
    r = json.loads(line)
    if r["id"] in need:
        recs[r["id"]] = r["record"]
for l in open(sys.argv[1]):
    s = json.loads(l)
    rec = recs[s["doc"]]
    ev = next(e for e in rec["events"] if e["id"] == s["event_id"])
    st, en = ev["sentence"]["start"], ev["sentence"]["end"]
    ctx = rec["text"][max(0, st - 350):st].replace("\n", " / ")
    print(f'=== #{s["n"]} {s["doc"]} {s["event_id"]} docdate={s["document_date"]}')
    print(f'  CTX: ...{ctx}')
    print(f'  SENT: {s["sentence"]}')
    print(f'  trig="{s["trigger"]}" {s["type"]}/{s["mode"]} cameo={s["cameo"]} mod={s["modality"]} rep={s["reported_by"]}')
    print(f'  SRC={s["source"]} TGT={s["target"]} DATE={s["date"]} rule={s["rule"]}')
