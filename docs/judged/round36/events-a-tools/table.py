"""Per-field counts of events-a.jsonl (of 60 and of the real events) and paragraph totals."""
import json
FIELDS = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open("events-a.jsonl")]
real = [i for i in items if i["verdict"]["event"]]
print("| field | right of %d | %% | right of %d real events | %% |" % (len(items), len(real)))
print("|---|---|---|---|---|")
for f in FIELDS:
    a = sum(i["verdict"][f] for i in items); b = sum(i["verdict"][f] for i in real)
    print("| %s | %d | %.0f%% | %d | %.0f%% |" % (f, a, 100 * a / len(items), b, 100 * b / len(real)))
ps = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
ce = sum(len(p["coder_events"]) for p in ps); fd = sum(p["found"] for p in ps)
de = sum(p["dateline_events"] for p in ps); sp = sum(p["spurious"] for p in ps)
print("\nparagraphs: %d; coder events %d, found %d (%.0f%%); dateline events %d, spurious %d" % (
    len(ps), ce, fd, 100 * fd / ce if ce else 0, de, sp))
