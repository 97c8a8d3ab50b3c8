"""Build events-b.jsonl from the sample and verdicts.py, and print the precision table."""
import json, sys
sys.path.insert(0, ".")
from verdicts import V
KEYS = ["event", "type", "source", "target", "date", "modality"]
rows = []
for l in open("sample-events.jsonl"):
    it = json.loads(l)
    f, reason = V[it["n"]]
    v = {k: c == "y" for k, c in zip(KEYS, f)}
    if not v["event"]:
        v = {k: False for k in KEYS}
    v["all"] = all(v.values())
    it["verdict"] = v
    it["reasons"] = reason
    rows.append(it)
with open("../events-b.jsonl", "w") as out:
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
real = [r for r in rows if r["verdict"]["event"]]
print(f"| field | all {len(rows)} | real events ({len(real)}) |\n| --- | --- | --- |")
for k in KEYS + ["all"]:
    a = sum(r["verdict"][k] for r in rows); b = sum(r["verdict"][k] for r in real)
    print(f"| {k} | {a}/{len(rows)} = {a/len(rows):.0%} | {b}/{len(real)} = {b/len(real):.0%} |")
