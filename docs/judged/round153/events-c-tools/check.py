"""Check events-c.jsonl and paragraphs-c-verdicts.jsonl against the brief's list."""
import json

items = [json.loads(l) for l in open("events-c-items.jsonl")]
out = [json.loads(l) for l in open("events-c.jsonl")]
assert len(out) == 50 == len(items)
F = ["event", "type", "source", "target", "date", "modality"]
for a, b in zip(items, out):
    assert all(b[k] == a[k] for k in a), a["n"]
    assert (b["n"], b["doc"], b["trigger"]) == (a["n"], a["doc"], a["trigger"])
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in F), a["n"]
    if not v["event"]:
        assert not any(v.values()), a["n"]
    assert b["reasons"]
par = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
assert len(par) == 6
print("ok")
