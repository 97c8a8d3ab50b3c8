"""Judge a, round 46: per-field table and paragraph totals for events-a.md."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIELDS = ["event", "type", "source", "target", "date", "modality", "all"]

rows = [json.loads(l) for l in open(os.path.join(ROOT, "events-a.jsonl"))]
n = len(rows)
real = [r for r in rows if r["verdict"]["event"]]
print("| field | right of %d | %% | right of %d real events | %% |" % (n, len(real)))
print("|---|---|---|---|---|")
for f in FIELDS:
    a = sum(r["verdict"][f] for r in rows)
    b = sum(r["verdict"][f] for r in real)
    print("| %s | %d | %.1f%% | %d | %.1f%% |" % (f, a, 100 * a / n, b, 100 * b / len(real)))
ps = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-a-verdicts.jsonl"))]
c = sum(len(p["coder_events"]) for p in ps)
fo = sum(p["found"] for p in ps)
d = sum(p["dateline_events"] for p in ps)
s = sum(p["spurious"] for p in ps)
print("paragraphs: coder events %d, found %d (%.1f%%), dateline events %d, spurious %d" % (c, fo, 100 * fo / c, d, s))
