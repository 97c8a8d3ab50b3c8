"""Print the text before each sampled event's sentence (context for pronouns/dates)."""
import json, sys
recs = {}
for l in open(sys.argv[1]):
    r = json.loads(l); recs[r["id"]] = r["record"]
want = [int(x) for x in sys.argv[3:]]
for l in open(sys.argv[2]):
    d = json.loads(l)
    if want and d["n"] not in want: continue
    rec = recs[d["doc"]]
    ev = next(e for e in rec["events"] if e["id"] == d["event_id"])
    s = ev["sentence"]
    print(f'== {d["n"]} {d["doc"]}')
    print(rec["text"][max(0, s["start"]-700):s["start"]].replace("\n", " / "), ' >>>', rec["text"][s["start"]:s["end"]+200].replace("\n"," / "))
