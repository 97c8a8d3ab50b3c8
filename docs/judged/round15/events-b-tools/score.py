"""Write events-b.jsonl and print the precision table and recall figures."""
import json
exec(open("verdicts.py").read())
exec(open("recall.py").read())
items = [json.loads(l) for l in open("sample-events.jsonl")]
keys = ["event", "type", "source", "target", "date", "modality"]
out = open("../events-b.jsonl", "w")
rows = []
for it in items:
    v = V[it["n"]]
    verdict = dict(zip(keys, v[:6]))
    verdict["all"] = all(v[:6])
    if not v[0]:
        assert not any(v[1:6]), it["n"]
    it["verdict"] = verdict
    it["reasons"] = v[6]
    out.write(json.dumps(it, ensure_ascii=False) + "\n")
    rows.append(verdict)
out.close()
real = [r for r in rows if r["event"]]
print(f"| field | all 60 | % | real events ({len(real)}) | % |")
print("|---|---|---|---|---|")
for k in keys + ["all"]:
    a = sum(r[k] for r in rows); b = sum(r[k] for r in real)
    print(f"| {k} | {a}/60 | {100*a/60:.0f}% | {b}/{len(real)} | {100*b/len(real):.0f}% |")
ce = sum(len(p[1]) for p in P); f = sum(p[2] for p in P); sp = sum(p[3] for p in P); wt = sum(p[4] for p in P)
print(f"\nrecall: {f}/{ce} coder events found with right type ({100*f/ce:.0f}%); dateline events in paragraphs: spurious {sp}, wrong type {wt}")
