"""Per-field counts of events-b.jsonl: of 60 and of real events."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = [json.loads(l) for l in open(os.path.join(ROOT, "events-b.jsonl"))]
n = len(rows)
real = [r for r in rows if r["verdict"]["event"]]
print("| field | right of %d | %% | right of %d real events | %% |" % (n, len(real)))
print("|---|---|---|---|---|")
for k in ["event", "type", "source", "target", "date", "modality", "all"]:
    a = sum(r["verdict"][k] for r in rows)
    b = sum(r["verdict"][k] for r in real)
    print("| %s | %d | %.1f%% | %s | %s |" % (k, a, 100 * a / n,
          "-" if k == "event" else b, "-" if k == "event" else "%.1f%%" % (100 * b / len(real))))
pr = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-b-verdicts.jsonl"))]
ce = sum(len(p["coder_events"]) for p in pr); fo = sum(p["found"] for p in pr)
de = sum(p["dateline_events"] for p in pr); sp = sum(p["spurious"] for p in pr)
print("\nparagraphs: coder events %d, found %d (%.1f%%), dateline events %d, spurious %d" % (ce, fo, 100 * fo / ce, de, sp))
