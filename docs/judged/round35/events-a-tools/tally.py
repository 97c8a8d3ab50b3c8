"""Print the per-field table (of 60 and of real events) and the paragraph totals."""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality", "all"]
ev = [json.loads(l) for l in open("events-a.jsonl")]
real = [e for e in ev if e["verdict"]["event"]]
print(f"| field | right of {len(ev)} | % | right of {len(real)} real events | % |")
print("| --- | --- | --- | --- | --- |")
for f in FIELDS:
    a = sum(e["verdict"][f] for e in ev)
    b = sum(e["verdict"][f] for e in real)
    print(f"| {f} | {a} | {100*a/len(ev):.0f}% | {b} | {100*b/len(real):.0f}% |")
ps = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
c = sum(len(p["coder_events"]) for p in ps)
f = sum(p["found"] for p in ps)
d = sum(p["dateline_events"] for p in ps)
s = sum(p["spurious"] for p in ps)
print(f"\nparagraphs: coder events {c}, found {f} ({100*f/c:.0f}%), dateline events {d}, spurious {s}")
