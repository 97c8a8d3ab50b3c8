"""Judge c, round 50: per-field counts of events-c.jsonl."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = [json.loads(l) for l in open(os.path.join(ROOT, "events-c.jsonl"))]
n = len(rows); real = [r for r in rows if r["verdict"]["event"]]
print("| field | right of 60 | %% | right of %d real events | %% of real |" % len(real))
print("|---|---|---|---|---|")
for f in ["event", "type", "source", "target", "date", "modality", "all"]:
    a = sum(r["verdict"][f] for r in rows); b = sum(r["verdict"][f] for r in real)
    print(f"| {f} | {a} | {100*a/n:.1f}% | {b} | {100*b/len(real):.1f}% |")
