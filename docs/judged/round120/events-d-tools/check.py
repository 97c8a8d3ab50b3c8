"""Checks: 50 lines in order, all == and of six, spurious all false, 6 paragraph lines; print per-field counts."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-d-items.jsonl")]
rows = [json.loads(l) for l in open("events-d.jsonl")]
assert len(rows) == 50
for it, r in zip(items, rows):
    assert (it["n"], it["doc"], it["trigger"]) == (r["n"], r["doc"], r["trigger"])
    assert {k: r[k] for k in it} == it
    v = r["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
assert sum(1 for _ in open("paragraphs-d-verdicts.jsonl")) == 6
print({f: sum(r["verdict"][f] for r in rows) for f in F + ["all"]})
