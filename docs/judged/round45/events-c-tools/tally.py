"""Per-field table of events-c.jsonl (counts of 60 and of real events)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = [json.loads(l) for l in open(os.path.join(ROOT, "events-c.jsonl"))]
F = ["event", "type", "source", "target", "date", "modality", "all"]
n = len(rows); real = [r for r in rows if r["verdict"]["event"]]
print("| field | right / %d | %% | right / %d real events | %% of real |" % (n, len(real)))
print("|---|---|---|---|---|")
for f in F:
    a = sum(r["verdict"][f] for r in rows); b = sum(r["verdict"][f] for r in real)
    print(f"| {f} | {a} | {100*a/n:.0f}% | {b} | {100*b/len(real):.0f}% |")
