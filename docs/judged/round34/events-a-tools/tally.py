"""Per-field counts of events-a.jsonl: of 60 and of real events (event true)."""
import json
rows = [json.loads(l) for l in open("events-a.jsonl")]
n = len(rows)
real = [r for r in rows if r["verdict"]["event"]]
print(f"| field | right of {n} | % | right of {len(real)} real | % |")
print("|---|---|---|---|---|")
for f in ["event", "type", "source", "target", "date", "modality", "all"]:
    a = sum(r["verdict"][f] for r in rows)
    b = sum(r["verdict"][f] for r in real)
    print(f"| {f} | {a} | {100*a/n:.0f}% | {b} | {100*b/len(real):.0f}% |")
