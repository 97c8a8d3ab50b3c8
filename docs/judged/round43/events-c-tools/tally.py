"""Per-field counts for events-c.jsonl and paragraph totals (run from docs/judged/round43)."""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality", "all"]
rows = [json.loads(l) for l in open("events-c.jsonl")]
n = len(rows)
ev = [r for r in rows if r["verdict"]["event"]]
print(f"| field | right of {n} | % | right of {len(ev)} real events | % |")
print("|---|---|---|---|---|")
for f in FIELDS:
    a = sum(r["verdict"][f] for r in rows)
    b = sum(r["verdict"][f] for r in ev)
    print(f"| {f} | {a} | {100*a/n:.1f}% | {b} | {100*b/len(ev):.1f}% |")
P = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
ce = sum(len(p["coder_events"]) for p in P)
fo = sum(p["found"] for p in P)
de = sum(p["dateline_events"] for p in P)
sp = sum(p["spurious"] for p in P)
print(f"paragraphs: {len(P)}; coder events {ce}; found {fo} ({100*fo/ce:.1f}%); dateline events {de}; spurious {sp}")
