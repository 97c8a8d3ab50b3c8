import json, collections
exec(open('verdicts.py').read())
items = json.load(open('sample.json'))
F = ["type","source","target","date","modality"]
rows = []
for it in items:
    v = V[it["n"]]
    if v[0] == "noevent":
        verdict = {"event": "wrong", **{f: "n/a" for f in F}, "all": "wrong"}; reasons = v[1]
    else:
        verdict = dict(zip(["event"] + F, v[:6])); reasons = v[6]
        verdict["all"] = "ok" if all(x == "ok" for x in verdict.values()) else "wrong"
    rows.append({"n": it["n"], "corpus": it["corpus"], "doc": it["doc"], "document_date": it["document_date"],
                 "sentence": it["sentence"].strip(), "predicted": it["pred"], "verdict": verdict, "reasons": reasons})
with open('/work/wt/j8b-events/docs/judged/round7/events-b.jsonl', 'w') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
def tab(rs):
    out = {}
    n = len(rs); ev = [r for r in rs if r["verdict"]["event"] == "ok"]
    out["event (an event at all)"] = (len(ev), n)
    for f in F:
        out[f + " (of real events)"] = (sum(r["verdict"][f] == "ok" for r in ev), len(ev))
    for f in F:
        out[f + " (of all predicted)"] = (sum(r["verdict"][f] == "ok" for r in rs), n)
    out["all fields right"] = (sum(r["verdict"]["all"] == "ok" for r in rs), n)
    return out
res = {c: tab([r for r in rows if r["corpus"] == c]) for c in ("meantime", "stories")}
res["all"] = tab(rows)
print("| field | MEANTIME | stories | all |\n| --- | --- | --- | --- |")
for k in res["all"]:
    print("| " + k + " | " + " | ".join(f"{res[c][k][0]}/{res[c][k][1]} ({100*res[c][k][0]/res[c][k][1]:.0f}%)" for c in ("meantime","stories","all")) + " |")
