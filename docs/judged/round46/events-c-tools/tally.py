"""Judge c, round 46: per-field counts of events-c.jsonl (of 60 and of real events)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
rows = [json.loads(l)["verdict"] for l in open(HERE / "events-c.jsonl")]
real = [r for r in rows if r["event"]]
print(f"| field | right of {len(rows)} | % | right of {len(real)} real | % |")
print("|---|---|---|---|---|")
for k in ("event", "type", "source", "target", "date", "modality", "all"):
    a, b = sum(r[k] for r in rows), sum(r[k] for r in real)
    print(f"| {k} | {a} | {100*a/len(rows):.1f} | {b} | {100*b/len(real):.1f} |")
