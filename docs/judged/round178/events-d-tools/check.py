"""Check events-d.jsonl and paragraphs-d-verdicts.jsonl against the brief's rules."""
import json
items = [json.loads(l) for l in open("events-d-items.jsonl")]
out = [json.loads(l) for l in open("events-d.jsonl")]
assert len(out) == 50
K = ("event", "type", "source", "target", "date", "modality")
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: v for k, v in b.items() if k not in ("verdict", "reasons")} == a
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in K)
    if not v["event"]: assert not any(v[k] for k in K + ("all",))
    assert b["reasons"]
p = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(p) == 6
print("ok")
