"""Per-field table for events-b.jsonl (counts of 59 and of real events)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = [json.loads(l) for l in open(os.path.join(ROOT, "events-b.jsonl"))]
n = len(rows); ev = [r for r in rows if r["verdict"]["event"]]
print("| field | right of %d | %% | right of %d real events | %% |" % (n, len(ev)))
print("|---|---|---|---|---|")
for f in ["event", "type", "source", "target", "date", "modality", "all"]:
    a = sum(r["verdict"][f] for r in rows); b = sum(r["verdict"][f] for r in ev)
    print("| %s | %d | %.1f%% | %d | %.1f%% |" % (f, a, 100 * a / n, b, 100 * b / len(ev)))
