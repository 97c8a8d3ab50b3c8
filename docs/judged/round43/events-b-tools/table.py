"""Per-field table and paragraph totals for judge b (round 43)."""
import json
ev = [json.loads(l) for l in open("events-b.jsonl")]
F = ["event", "type", "source", "target", "date", "modality", "all"]
real = [e for e in ev if e["verdict"]["event"]]
print(f"| field | right of 60 | % | right of {len(real)} real events | % |")
print("|---|---|---|---|---|")
for f in F:
    a = sum(e["verdict"][f] for e in ev); b = sum(e["verdict"][f] for e in real)
    print(f"| {f} | {a} | {100*a/len(ev):.0f}% | {b} | {100*b/len(real):.0f}% |")
ps = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
c = sum(len(p["coder_events"]) for p in ps); fd = sum(p["found"] for p in ps)
d = sum(p["dateline_events"] for p in ps); s = sum(p["spurious"] for p in ps)
print(f"\nparagraphs: coder events {c}, found {fd} ({100*fd/c:.0f}%), dateline events {d}, spurious {s}")
