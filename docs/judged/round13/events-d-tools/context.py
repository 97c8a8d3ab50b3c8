"""Print the text before each sampled event's sentence (for pronoun antecedents)."""
import json, sys
recs = {}
for l in open(sys.argv[1]):
    r = json.loads(l); recs[r["id"]] = r["record"]
want = set(int(x) for x in sys.argv[3].split(","))
for l in open(sys.argv[2]):
    d = json.loads(l)
    if d["n"] not in want: continue
    rec = recs[d["doc"]]; t = rec["text"]
    ev = next(e for e in rec["events"] if e["id"] == d["event_id"])
    s = ev["sentence"]
    print(f'== {d["n"]} {d["doc"]}\n', t[max(0, s["start"]-int(sys.argv[4])):s["start"]].replace("\n", " / "), " >>>", t[s["start"]:s["end"]], "<<<", t[s["end"]:s["end"]+150].replace("\n"," / "))
