"""Per-field table for events-d.jsonl and paragraph totals."""
import json, os
ROUND = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ev = [json.loads(l) for l in open(os.path.join(ROUND, "events-d.jsonl"))]
real = [e for e in ev if e["verdict"]["event"]]
print("| field | right of 60 | %% of 60 | right of real (%d) | %% of real |" % len(real))
print("|---|---|---|---|---|")
for f in ["event", "type", "source", "target", "date", "modality", "all"]:
    a = sum(e["verdict"][f] for e in ev); b = sum(e["verdict"][f] for e in real)
    print(f"| {f} | {a} | {100*a/60:.0f}% | {b} | {100*b/len(real):.0f}% |")
ps = [json.loads(l) for l in open(os.path.join(ROUND, "paragraphs-d-verdicts.jsonl"))]
c = sum(len(p["coder_events"]) for p in ps); fo = sum(p["found"] for p in ps)
d = sum(p["dateline_events"] for p in ps); s = sum(p["spurious"] for p in ps)
print(f"paragraphs: coder events {c}, found {fo} ({100*fo/c:.0f}%), dateline events {d}, spurious {s}")
