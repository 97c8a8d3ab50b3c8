"""Check events-c.jsonl and paragraphs-c-verdicts.jsonl and print the counts. Run from round69/."""
import json
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open("events-c-items.jsonl")]
ver = [json.loads(l) for l in open("events-c.jsonl")]
assert len(ver) == 50
for a, b in zip(items, ver):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F[:-1])
    if not v["event"]:
        assert not any(v.values())
    assert b["reasons"]
print({f: sum(b["verdict"][f] for b in ver) for f in F}, "of", len(ver))
par = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
assert len(par) == 6
print("paragraphs: coded", sum(len(p["coder_events"]) for p in par), "found", sum(p["found"] for p in par),
      "dateline", sum(p["dateline_events"] for p in par), "spurious", sum(p["spurious"] for p in par))
from collections import Counter
c = Counter()
for b in ver:
    for f in F[:-1]:
        if not b["verdict"][f]:
            c[f] += 1
print("wrong per field:", dict(c))
print("wrong items:", [b["n"] for b in ver if not b["verdict"]["all"]])
