"""Checks the brief asks for."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-a-items.jsonl")]
out = [json.loads(l) for l in open("events-a.jsonl")]
assert len(out) == 50
for it, o in zip(items, out):
    assert (it["n"], it["doc"], it["trigger"]) == (o["n"], o["doc"], o["trigger"])
    assert {k: v for k, v in o.items() if k not in ("verdict", "reasons")} == it
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]: assert not any(v.values())
    assert o["reasons"]
pv = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
assert len(pv) == 6
print("ok")
