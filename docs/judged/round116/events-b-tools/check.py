"""Check events-b.jsonl against the items and print per-field right counts and the error tally."""
import json
from collections import Counter
F = ("event", "type", "source", "target", "date", "modality", "all")
items = [json.loads(l) for l in open("events-b-items.jsonl")]
out = [json.loads(l) for l in open("events-b.jsonl")]
assert len(out) == 49 == len(items)
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F[:-1])
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"].strip()
paras = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(paras) == 6
c = Counter()
for b in out:
    for f in F: c[f] += b["verdict"][f]
print("right of 49:", {f: c[f] for f in F})
wrong = Counter()
for b in out:
    if b["verdict"]["event"]:
        for f in F[1:-1]:
            if not b["verdict"][f]: wrong[f] += 1
print("wrong among real events:", dict(wrong))
for f in F[1:-1]:
    print(f, [b["n"] for b in out if b["verdict"]["event"] and not b["verdict"][f]])
print("spurious:", [b["n"] for b in out if not b["verdict"]["event"]])
print("paragraphs: acts", sum(len(p["coder_events"]) for p in paras), "found", sum(p["found"] for p in paras),
      "dateline", sum(p["dateline_events"] for p in paras), "spurious", sum(p["spurious"] for p in paras))
