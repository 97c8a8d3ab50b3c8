"""Per-field counts for events-b.jsonl (of 60 and of real events)."""
import json
rows = [json.loads(l) for l in open("events-b.jsonl")]
n = len(rows)
real = [r for r in rows if r["verdict"]["event"]]
print("| field | right of %d | %% | right of %d real events | %% |" % (n, len(real)))
print("|---|---|---|---|---|")
for f in ["event", "type", "source", "target", "date", "modality", "all"]:
    a = sum(r["verdict"][f] for r in rows)
    b = sum(r["verdict"][f] for r in real)
    print("| %s | %d | %.0f%% | %s | %s |" % (f, a, 100 * a / n,
          "-" if f == "event" else b, "-" if f == "event" else "%.0f%%" % (100 * b / len(real))))
