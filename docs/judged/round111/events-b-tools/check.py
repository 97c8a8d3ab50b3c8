"""Check events-b.jsonl and paragraphs-b-verdicts.jsonl; print per-field counts.
usage (from docs/judged/round111): python events-b-tools/check.py"""
import json
F = ["event", "type", "source", "target", "date", "modality", "all"]
items = [json.loads(l) for l in open("events-b-items.jsonl")]
out = [json.loads(l) for l in open("events-b.jsonl")]
assert len(out) == 50
for i, o in zip(items, out):
    assert (i["n"], i["doc"], i["trigger"]) == (o["n"], o["doc"], o["trigger"])
    assert {k: v for k, v in o.items() if k not in ("verdict", "reasons")} == i
    v = o["verdict"]
    assert v["all"] == all(v[k] for k in F[:-1])
    if not v["event"]:
        assert not any(v.values())
counts = {k: sum(o["verdict"][k] for o in out) for k in F}
print("per-field right (of 50):", counts)
par = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(par) == 6
print("paragraphs: coded", sum(len(p["coder_events"]) for p in par), "found", sum(p["found"] for p in par),
      "dateline", sum(p["dateline_events"] for p in par), "spurious", sum(p["spurious"] for p in par))
from collections import Counter
c = Counter()
for o in out:
    for k in F[:-1]:
        if not o["verdict"][k]:
            c[k] += 1
print("wrong:", dict(c))
