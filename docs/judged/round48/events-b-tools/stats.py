"""Per-field counts for events-b.jsonl and paragraph totals."""
import json, os, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ev = [json.loads(l) for l in open(os.path.join(ROOT, "events-b.jsonl"))]
F = ["event", "type", "source", "target", "date", "modality", "all"]
n = len(ev); real = [e for e in ev if e["verdict"]["event"]]
print("| field | right of %d | %% | right of %d real | %% |" % (n, len(real)))
print("|---|---|---|---|---|")
for f in F:
    a = sum(e["verdict"][f] for e in ev); b = sum(e["verdict"][f] for e in real)
    print("| %s | %d | %.0f%% | %d | %.0f%% |" % (f, a, 100*a/n, b, 100*b/len(real)))
ps = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-b-verdicts.jsonl"))]
ce = sum(len(p["coder_events"]) for p in ps); fo = sum(p["found"] for p in ps)
de = sum(p["dateline_events"] for p in ps); sp = sum(p["spurious"] for p in ps)
print("paragraphs: coder events %d, found %d (%.0f%%), dateline events %d, spurious %d" % (ce, fo, 100*fo/ce, de, sp))
print(collections.Counter(e["type"] for e in ev if not e["verdict"]["event"]))
