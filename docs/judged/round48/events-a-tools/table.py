"""Per-field table of events-a.jsonl."""
import json, os
R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = [json.loads(l) for l in open(os.path.join(R, "events-a.jsonl"))]
n = len(rows); ev = sum(r["verdict"]["event"] for r in rows)
print("| field | right (of %d) | %% of 60 | right of real events (%d) |" % (n, ev))
print("|---|---|---|---|")
for f in ["event", "type", "source", "target", "date", "modality", "all"]:
    k = sum(r["verdict"][f] for r in rows)
    print("| %s | %d | %.1f%% | %s |" % (f, k, 100 * k / n, "-" if f == "event" else "%d/%d = %.1f%%" % (k, ev, 100 * k / ev)))
