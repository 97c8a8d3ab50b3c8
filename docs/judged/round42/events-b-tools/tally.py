"""Per-field counts for events-b.jsonl and paragraph totals for paragraphs-b-verdicts.jsonl."""
import json
F = ["event", "type", "source", "target", "date", "modality", "all"]
rows = [json.loads(l) for l in open("events-b.jsonl")]
n = len(rows); ev = sum(r["verdict"]["event"] for r in rows)
print("| field | of %d | %% | of %d real events | %% |" % (n, ev))
print("|---|---|---|---|---|")
for f in F:
    c = sum(r["verdict"][f] for r in rows)
    print("| %s | %d | %.0f%% | %d/%d | %.0f%% |" % (f, c, 100 * c / n, c, ev, 100 * c / ev))
P = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
ce = sum(len(p["coder_events"]) for p in P); fo = sum(p["found"] for p in P)
de = sum(p["dateline_events"] for p in P); sp = sum(p["spurious"] for p in P)
print("paragraphs %d: coder events %d, found %d (%.0f%%), dateline events %d, spurious %d (%.0f%%)"
      % (len(P), ce, fo, 100 * fo / ce, de, sp, 100 * sp / de))
