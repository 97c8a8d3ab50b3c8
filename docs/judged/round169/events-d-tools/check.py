"""Check judge d's output files and print the per-field counts and paragraph totals."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-d-items.jsonl")]
rows = [json.loads(l) for l in open("events-d.jsonl")]
assert len(rows) == 50
for it, r in zip(items, rows):
    assert (it["n"], it["doc"], it["trigger"]) == (r["n"], r["doc"], r["trigger"])
    assert {k: r[k] for k in it} == it, "item object changed"
    v = r["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert r["reasons"].strip()
counts = {f: sum(r["verdict"][f] for r in rows) for f in F + ["all"]}
print("per-field right of 50:", counts)
ps = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(ps) == 6
tot = {"coded acts": sum(len(p["coder_events"]) for p in ps), "found": sum(p["found"] for p in ps),
       "dateline events": sum(p["dateline_events"] for p in ps), "spurious": sum(p["spurious"] for p in ps)}
print("paragraphs:", tot)
for p in ps:
    print(" ", p["doc"], len(p["coder_events"]), p["found"], p["dateline_events"], p["spurious"])
# error table
from collections import Counter
c = Counter()
for r in rows:
    for f in F:
        if not r["verdict"][f] and r["verdict"]["event"]:
            c[f] += 1
print("wrong fields among real events:", dict(c))
