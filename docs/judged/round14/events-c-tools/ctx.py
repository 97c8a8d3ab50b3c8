"""Print the context of each sampled event: the text before its sentence (up to N chars) and after."""
import json, sys
recs = {}
want = set()
items = [json.loads(l) for l in open(sys.argv[1])]
for it in items: want.add(it["doc"])
for l in open("/tmp/r14/new.jsonl"):
    d = json.loads(l)
    if d["id"] in want: recs[d["id"]] = d["record"]
sel = set(int(x) for x in sys.argv[2].split(",")) if len(sys.argv) > 2 else None
for it in items:
    if sel and it["n"] not in sel: continue
    rec = recs[it["doc"]]
    ev = next(e for e in rec["events"] if e["id"] == it["event_id"])
    t = rec["text"]; s = ev["sentence"]
    print(f"===== #{it['n']} {it['doc']} {it['event_id']}")
    print(t[max(0, s['start']-700):s['start']].replace("\n", " / "), "<<<", t[s['start']:s['end']].strip(), ">>>", t[s['end']:s['end']+250].replace("\n"," / "))
