"""Per-field table for events-a.jsonl."""
import json
F = ["event", "type", "source", "target", "date", "modality", "all"]
rows = [json.loads(l) for l in open("events-a.jsonl")]
n = len(rows); real = [r for r in rows if r["verdict"]["event"]]
print(f"| field | right of {n} | % of {n} | right of {len(real)} real events | % of real |")
print("|---|---|---|---|---|")
for k in F:
    a = sum(r["verdict"][k] for r in rows); b = sum(r["verdict"][k] for r in real)
    print(f"| {k} | {a} | {100*a/n:.0f}% | {b} | {100*b/len(real):.0f}% |")
