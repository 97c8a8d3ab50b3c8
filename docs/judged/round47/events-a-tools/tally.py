"""Print the per-field table and paragraph totals for judge a (round 47)."""
import json
F = ["event", "type", "source", "target", "date", "modality", "all"]
ev = [json.loads(l) for l in open("events-a.jsonl")]
real = [e for e in ev if e["verdict"]["event"]]
print(f"| field | right of {len(ev)} | % | right of {len(real)} real | % |")
print("|---|---|---|---|---|")
for f in F:
    a = sum(e["verdict"][f] for e in ev); b = sum(e["verdict"][f] for e in real)
    print(f"| {f} | {a} | {100*a/len(ev):.0f}% | {b} | {100*b/len(real):.0f}% |")
ps = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
c = sum(len(p["coder_events"]) for p in ps); fo = sum(p["found"] for p in ps)
d = sum(p["dateline_events"] for p in ps); s = sum(p["spurious"] for p in ps)
print(f"paragraphs: coder {c}, found {fo} ({100*fo/c:.0f}%), dateline {d}, spurious {s}")
