"""Per-field counts for events-d.jsonl and paragraph totals."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = ["event", "type", "source", "target", "date", "modality", "all"]
ev = [json.loads(l) for l in open(os.path.join(ROOT, "events-d.jsonl"))]
n = len(ev); real = sum(e["verdict"]["event"] for e in ev)
print("| field | right of %d | %% | right of %d real events | %% |" % (n, real))
print("|---|---|---|---|---|")
for f in F:
    c = sum(e["verdict"][f] for e in ev)
    cr = sum(e["verdict"][f] for e in ev if e["verdict"]["event"])
    print("| %s | %d | %.1f%% | %d | %.1f%% |" % (f, c, 100 * c / n, cr, 100 * cr / real))
ps = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-d-verdicts.jsonl"))]
ce = sum(len(p["coder_events"]) for p in ps); fo = sum(p["found"] for p in ps)
de = sum(p["dateline_events"] for p in ps); sp = sum(p["spurious"] for p in ps)
print("paragraphs: coder events %d, found %d (%.1f%%), dateline events %d, spurious %d" % (ce, fo, 100 * fo / ce, de, sp))
