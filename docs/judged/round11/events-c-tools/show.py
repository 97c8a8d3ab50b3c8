"""Print sampled events with the preceding text (pronoun antecedents) for judging."""
import json, sys
recs = {}
for l in open(sys.argv[1]):
    r = json.loads(l); recs[r["id"]] = r["record"]
for l in open(sys.argv[2]):
    s = json.loads(l)
    rec = recs[s["doc"]]
    t = rec["text"]
    ev = next(e for e in rec["events"] if e["id"] == s["event_id"])
    st = ev["sentence"]["start"]
    before = t[max(0, st - 350):st].replace("\n", " / ")
    print(f'== #{s["n"]} {s["doc"]} dct={s["document_date"]} ev={s["event_id"]}')
    print(f'  PREV: ...{before}')
    print(f'  SENT: {s["sentence"]}')
    print(f'  trig={s["trigger"]!r} type={s["type"]} mode={s["mode"]} cameo={s["cameo"]}')
    print(f'  src={s["source"]} tgt={s["target"]}')
    print(f'  date={s["date"]} modality={s["modality"]} rep={s["reported_by"]} rule={s["rule"]}')
