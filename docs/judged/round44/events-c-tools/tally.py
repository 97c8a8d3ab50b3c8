"""Per-field table of events-c.jsonl: counts of 60 and of real events."""
import json, os
R44 = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = [json.loads(l) for l in open(os.path.join(R44, "events-c.jsonl"))]
n = len(rows)
real = [r for r in rows if r["verdict"]["event"]]
print("| field | right of %d | %% | right of %d real events | %% |" % (n, len(real)))
print("|---|---|---|---|---|")
for f in ["event", "type", "source", "target", "date", "modality", "all"]:
    a = sum(r["verdict"][f] for r in rows)
    b = sum(r["verdict"][f] for r in real)
    print(f"| {f} | {a} | {a/n:.0%} | {b if f!='event' else len(real)} | {(b/len(real) if f!='event' else 1):.0%} |")
