"""Check events-c.jsonl against the items and paragraphs-c-verdicts.jsonl."""
import json
items = [json.loads(l) for l in open("events-c-items.jsonl")]
out = [json.loads(l) for l in open("events-c.jsonl")]
F = ["event", "type", "source", "target", "date", "modality"]
assert len(out) == 50 == len(items)
for a, b in zip(items, out):
    assert all(b[k] == a[k] for k in a), a["n"]
    assert set(b) == set(a) | {"verdict", "reasons"}
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F), a["n"]
    if not v["event"]:
        assert not any(v.values()), a["n"]
    assert b["reasons"]
pars = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
pdocs = [json.loads(l)["doc"] for l in open("paragraphs-c.jsonl")]
assert [p["doc"] for p in pars] == pdocs and len(pars) == 6
print("ok")
