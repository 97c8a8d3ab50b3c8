"""Per-field counts of events-b.jsonl (of 60 and of real events) and a markdown table."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
rows = [json.loads(line) for line in open(HERE / "events-b.jsonl")]
real = [r for r in rows if r["verdict"]["event"]]
print(f"| field | right of 60 | % | right of real events ({len(real)}) | % |")
print("|---|---|---|---|---|")
for f in ("event", "type", "source", "target", "date", "modality", "all"):
    a = sum(r["verdict"][f] for r in rows)
    b = sum(r["verdict"][f] for r in real)
    print(f"| {f} | {a} | {100 * a / len(rows):.0f}% | {b} | {100 * b / len(real):.0f}% |")
