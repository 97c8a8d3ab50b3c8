"""Tally events-b.jsonl and paragraphs-b-verdicts.jsonl for events-b.md."""
import json, os
ROUND = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ev = [json.loads(l) for l in open(os.path.join(ROUND, "events-b.jsonl"))]
real = [e for e in ev if e["verdict"]["event"]]
print("| field | right of 60 | %% of 60 | right of %d real | %% of real |" % len(real))
print("|---|---|---|---|---|")
for f in ["event", "type", "source", "target", "date", "modality", "all"]:
    a = sum(e["verdict"][f] for e in ev); b = sum(e["verdict"][f] for e in real)
    print("| %s | %d | %.1f%% | %d | %.1f%% |" % (f, a, 100 * a / len(ev), b, 100 * b / len(real)))
ps = [json.loads(l) for l in open(os.path.join(ROUND, "paragraphs-b-verdicts.jsonl"))]
c = sum(len(p["coder_events"]) for p in ps); fd = sum(p["found"] for p in ps)
d = sum(p["dateline_events"] for p in ps); s = sum(p["spurious"] for p in ps)
print("paragraphs: coder events %d, found %d (%.1f%%), dateline events %d, spurious %d" % (c, fd, 100 * fd / c, d, s))
