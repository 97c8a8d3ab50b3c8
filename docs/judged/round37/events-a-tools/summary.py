"""Print the per-field table and paragraph figures for events-a.md."""
import json
rows = [json.loads(l) for l in open("events-a.jsonl")]
F = ["event", "type", "source", "target", "date", "modality", "all"]
real = [r for r in rows if r["verdict"]["event"]]
print(f"| field | right of 60 | % of 60 | right of {len(real)} real | % of real |")
print("|---|---|---|---|---|")
for f in F:
    a = sum(r["verdict"][f] for r in rows); b = sum(r["verdict"][f] for r in real)
    print(f"| {f} | {a} | {100*a/60:.0f}% | {b} | {100*b/len(real):.0f}% |")
ps = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
ce = sum(len(p["coder_events"]) for p in ps)
print("paragraphs: coder events", ce, "found", sum(p["found"] for p in ps),
      "dateline events", sum(p["dateline_events"] for p in ps), "spurious", sum(p["spurious"] for p in ps))
