"""Tally events-b.jsonl and paragraphs-b-verdicts.jsonl into the figures of events-b.md.

usage (from docs/judged/round37): python events-b-tools/tally.py
"""
import json

FIELDS = ("event", "type", "source", "target", "date", "modality", "all")
ev = [json.loads(l) for l in open("events-b.jsonl")]
real = [e for e in ev if e["verdict"]["event"]]
print(f"| field | right of 60 | % of 60 | right of {len(real)} real | % of real |")
print("|---|---|---|---|---|")
for f in FIELDS:
    a = sum(e["verdict"][f] for e in ev)
    b = sum(e["verdict"][f] for e in real)
    print(f"| {f} | {a} | {100*a/len(ev):.0f}% | {b} | {100*b/len(real):.0f}% |")
par = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
coder = sum(len(p["coder_events"]) for p in par)
found = sum(p["found"] for p in par)
dl = sum(p["dateline_events"] for p in par)
sp = sum(p["spurious"] for p in par)
print(f"\nparagraphs: coder events {coder}, found {found} ({100*found/coder:.0f}%), dateline events {dl}, spurious {sp}")
